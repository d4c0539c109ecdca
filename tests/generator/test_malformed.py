"""Each malformed data file gives exactly the errors written at its end, through the real CLI."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent.parent / "data"
CASES = sorted((HERE / "malformed").glob("*.yaml"))


def expectations(case: Path) -> tuple[str, list[str]]:
    lines = case.read_text(encoding="utf-8").splitlines()
    target = next(ln.split(": ", 1)[1] for ln in lines if ln.startswith("# replaces: "))
    expected = [ln.split(": ", 1)[1] for ln in lines if ln.startswith("# expect: ")]
    return target, expected


def validate(data: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", "validate", "--data", str(data)],
                          capture_output=True, text=True)


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 20


def test_the_valid_fixture_passes(tmp_path):
    shutil.copytree(HERE / "valid", tmp_path / "data")
    result = validate(tmp_path / "data")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("data OK")


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_malformed_file_gives_exact_errors(case: Path, tmp_path):
    target, expected = expectations(case)
    assert expected, f"{case.name} states no expected error"
    data = tmp_path / "data"
    shutil.copytree(HERE / "valid", data)
    shutil.copy(case, data / target)
    result = validate(data)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stdout.splitlines() == expected
    assert f"{len(expected)} error(s)" in result.stderr


def test_hidden_and_other_files_are_left_alone_but_a_misplaced_notice_is_not(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(HERE / "valid", data)
    notices = data / "notices"
    demo = (notices / "demo" / "2026.yaml").read_text(encoding="utf-8")
    (notices / "demo" / ".2025.yaml").write_text(demo, encoding="utf-8")  # an editor's hidden copy
    (notices / ".old").mkdir()
    (notices / ".old" / "2020.yaml").write_text("broken: [", encoding="utf-8")
    (notices / "README.md").write_text("Notes for the team.", encoding="utf-8")
    kept = validate(data)
    assert kept.returncode == 0, kept.stdout + kept.stderr
    (notices / "demo" / "2027.yml").write_text(demo, encoding="utf-8")
    refused = validate(data)
    assert refused.returncode == 1
    assert refused.stdout.splitlines() == [
        "data/notices/demo/2027.yml:1:1: (file): not read: a notice session is data/notices/NOTICE/SESSION.yaml "
        "(for example data/notices/ast/2027.yaml)"
    ]


def test_a_route_offered_by_two_current_notices_is_refused_where_it_repeats(tmp_path):
    """A next session put in a new notice folder instead of the notice's own: the wizard could not tell the two
    routes apart, and validate says so at the newer session's route (its folder sorts first), naming the older."""
    data = tmp_path / "data"
    shutil.copytree(HERE / "valid", data)
    registry = data / "registry.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace("channels:", (
        '  - id: "005"\n    file: 005.txt\n    kind: notice\n    session: "2027"\n'
        '    title: {fr: "Notice 2027", en: "Notice 2027"}\nchannels:'), 1), encoding="utf-8")
    demo = (data / "notices" / "demo" / "2026.yaml").read_text(encoding="utf-8")
    (data / "notices" / "a-demo").mkdir()
    (data / "notices" / "a-demo" / "2027.yaml").write_text(
        demo.replace("notice: demo\n", "notice: a-demo\n").replace('session: "2026"', 'session: "2027"')
        .replace('document: "002"', 'document: "005"'), encoding="utf-8")
    result = validate(data)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    line = next(i for i, text in enumerate(demo.splitlines(), 1) if text.startswith("routes:")) + 1
    assert result.stdout.splitlines() == [
        f'data/notices/a-demo/2027.yaml:{line}:5: routes[0]: route "albi-ast-y1" is also offered by notice demo '
        f"(data/notices/demo/2026.yaml:{line}), and both sessions are current: the wizard tells routes apart by "
        "school, channel, programme and entry year only. A next session of that notice goes in "
        "data/notices/demo/SESSION.yaml; a different course needs its own programme"
    ]


def test_a_session_copied_into_another_notice_folder_gets_its_place_errors_only(tmp_path):
    """No follow-on errors: its dates are not compared with the folder's series, and the document it shares
    with its original is reported on the copy, not on the original."""
    data = tmp_path / "data"
    shutil.copytree(HERE / "valid", data)
    demo = (data / "notices" / "demo" / "2026.yaml").read_text(encoding="utf-8")
    (data / "notices" / "a-other").mkdir()
    (data / "notices" / "a-other" / "2027.yaml").write_text(demo, encoding="utf-8")
    result = validate(data)
    assert "Traceback" not in result.stderr
    assert result.stdout.splitlines() == [
        'data/notices/a-other/2027.yaml:1:1: notice: the notice id "demo" differs from its folder "a-other": '
        "write notice: a-other, or move the file into the folder of its notice",
        'data/notices/a-other/2027.yaml:2:1: session: the session "2026" differs from the file name "2027.yaml": '
        'write session: "2027", or rename the file to 2026.yaml',
        'data/notices/a-other/2027.yaml:3:1: document: document "002" is already the document of demo/2026.yaml: '
        "register this session's own notice in data/registry.yaml and give its id",
    ]


def test_checks_that_wait_for_a_file_without_errors_are_named(tmp_path):
    """A file with format errors has no model: its cross-checks (dates in order, routes) run on the next try."""
    data = tmp_path / "data"
    shutil.copytree(HERE / "valid", data)
    case = HERE / "malformed" / "04_wrong_type_seats.yaml"
    shutil.copy(case, data / expectations(case)[0])
    assert "Not checked yet: some checks (dates in order" in validate(data).stderr
    shutil.copy(HERE / "malformed" / "45_route_copied_twice.yaml", data / "notices" / "demo" / "2026.yaml")
    assert "Not checked yet" not in validate(data).stderr  # every check ran
    # A syntax error stops the reading of its file: the errors after it are not known yet.
    shutil.copy(HERE / "malformed" / "62_quote_missing_inside_braces.yaml", data / "notices" / "demo" / "2026.yaml")
    assert "Not checked yet: the rest of data/notices/demo/2026.yaml (a YAML syntax error" in validate(data).stderr


def test_a_data_folder_that_is_not_there_is_one_error(tmp_path):
    result = validate(tmp_path / "nowhere")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{tmp_path / 'nowhere'}:1:1: (folder): no such data folder: give the folder that holds registry.yaml"]


def test_the_registry_is_named_in_the_folder_read(tmp_path):
    (tmp_path / "mydata").mkdir()
    assert ("the checks across files run once mydata/registry.yaml reads without error"
            in validate(tmp_path / "mydata").stderr)
