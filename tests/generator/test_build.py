"""`imt-admissions build` swaps the new site in only when everything passed; a failure keeps the old one."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from generator.dataset import DATA_DIR

CLI = [sys.executable, "-m", "generator"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONUNBUFFERED": "1"}


def snapshot(site: Path) -> dict[str, str]:
    """Every file of the site with the hash of its bytes."""
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def build(data: Path, site: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, "build", "--data", str(data), "--site-dir", str(site)],
                          capture_output=True, text=True, env=ENV)


def break_notice(data: Path) -> None:
    notice = data / "notices" / "ast" / "2026.yaml"
    notice.write_text(notice.read_text(encoding="utf-8").replace('session: "2026"', 'session: "2026"\nsession: "2027"', 1),
                      encoding="utf-8")


def test_failed_builds_keep_the_previous_site_byte_for_byte(tmp_path):
    data, out = tmp_path / "data", tmp_path / "out"
    shutil.copytree(DATA_DIR, data)
    site = out / "site"
    first = build(data, site)
    assert first.returncode == 0, first.stdout + first.stderr
    before = snapshot(site)
    assert "index.html" in before and "en/index.html" in before
    if not os.environ.get("IMT_SITE_URL"):  # a local build says that its links name the preview address
        assert "note: IMT_SITE_URL is not set" in first.stdout

    # 1. Broken data is refused before anything is built.
    pristine = (data / "notices/ast/2026.yaml").read_text(encoding="utf-8")
    break_notice(data)
    refused = build(data, site)
    assert refused.returncode == 1
    assert 'data/notices/ast/2026.yaml:7:1: session: duplicate key "session"' in refused.stdout
    assert "left untouched" in refused.stderr and "Traceback" not in refused.stderr
    assert snapshot(site) == before

    # 2. Data broken mid-way: valid when checked, broken while mkdocs is building.
    (data / "notices/ast/2026.yaml").write_text(pristine, encoding="utf-8")
    proc = subprocess.Popen([*CLI, "build", "--data", str(data), "--site-dir", str(site)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    first_line = proc.stdout.readline()
    assert first_line.startswith("data OK"), first_line
    break_notice(data)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 1, err
    assert "left untouched" in err
    assert snapshot(site) == before
    assert sorted(p.name for p in out.iterdir()) == ["site"], "a temporary build folder was left behind"


def test_a_strict_warning_keeps_the_previous_site(tmp_path):
    """A page warning (a hand-written link to no page) fails the strict build, and the old site stays. mkdocs'
    own --quiet would hide the warning from --strict: the command must not use it."""
    repo = tmp_path / "repo"
    root = DATA_DIR.parent
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True, text=True, check=True)
    for name in filter(None, listed.stdout.split("\0")):
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / name, repo / name)
    (repo / "node_modules").symlink_to(root / "node_modules")  # the Pyodide runtime the wizard page serves
    guide = repo / "site_src" / "fr" / "guide.md"
    guide.write_text(guide.read_text(encoding="utf-8") + "\n[Une page](nulle-part.md)\n", encoding="utf-8")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("the previous site", encoding="utf-8")
    before = snapshot(site)
    done = subprocess.run([*CLI, "build", "--data", str(repo / "data"), "--site-dir", str(site)],
                          capture_output=True, text=True, env={**ENV, "PYTHONPATH": str(repo)}, cwd=repo)
    assert done.returncode == 1, done.stdout + done.stderr
    # mkdocs itself stops ("build failed"), not only the link check that follows a finished build.
    assert "nulle-part.md" in done.stderr and "in strict mode" in done.stderr
    assert "build failed:" in done.stderr and "left untouched" in done.stderr
    assert "INFO" not in done.stderr
    assert snapshot(site) == before
