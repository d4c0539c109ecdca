"""The real data loads cleanly and its key figures are those of the documents."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest

from generator.cli import SCHEMAS
from generator.dataset import DATA_DIR, load_dataset
from generator.diff import diff
from generator.load import read_yaml


@pytest.fixture(scope="module")
def ds():
    return load_dataset()


def seats(notice, **match) -> int | tuple[int, int]:
    lines = [ln for ln in notice.seats.lines if all(getattr(ln, k) == v for k, v in match.items())]
    assert lines, match
    low = sum(ln.seats if isinstance(ln.seats, int) else ln.seats.min for ln in lines)
    high = sum(ln.seats if isinstance(ln.seats, int) else ln.seats.max for ln in lines)
    return low if low == high else (low, high)


def event(notice, kind, **match):
    found = [e for e in notice.events if e.kind == kind and all(getattr(e, k) == v for k, v in match.items())]
    assert found, (kind, match)
    return found[0]


def test_every_notice_session_is_there(ds):
    assert {(n.notice.notice, n.notice.session) for n in ds.notices} == {
        ("ast", "2026"), ("albi-alternance", "2025"), ("ales-apprentissage", "2024"),
        ("ales-apprentissage", "2022")}
    assert [n.session for n in ds.current() if n.notice == "ales-apprentissage"] == ["2024"]


def test_ast_seats_table_1(ds):
    ast = ds.sessions("ast")[0]
    track = lambda name: next(ln.track for ln in ast.seats.lines if ln.track and ln.track.fr.startswith(name))
    expected = {  # school: (L3, BUT 3, M1, total) as printed in Table 1
        "albi": (10, 10, 5, 25), "ales": (7, 8, 5, 20), "nord-europe": (10, 0, 5, 15)}
    for school, (l3, but3, m1, total) in expected.items():
        assert seats(ast, school=school, entry_year=1, track=track("Licence")) == l3
        assert seats(ast, school=school, entry_year=1, track=track("BUT")) == but3
        assert seats(ast, school=school, entry_year=2) == m1
        assert seats(ast, school=school) == total
    grand = next(t for t in ast.seats.totals if t.school is None and t.entry_year is None)
    assert grand.seats == 60 == seats(ast, channels=["ast"])


def test_ast_printed_column_totals_disagree_with_their_lines_and_say_so(ds):
    ast = ds.sessions("ast")[0]
    by_track = {t.track.fr: t for t in ast.seats.totals if t.track}
    assert by_track["Licence (L3)"].seats == 22 and by_track["Licence (L3)"].discrepancy
    assert by_track["BUT 3"].seats == 13 and by_track["BUT 3"].discrepancy


def test_ast_fee_and_calendar(ds):
    ast = ds.sessions("ast")[0]
    assert ast.fees.per == "application"
    standard = next(s for s in ast.fees.schemes if s.audience == "standard")
    assert standard.first_eur == 76
    deadline = event(ast, "application-deadline")
    assert (deadline.start, deadline.start_time) == (dt.date(2026, 3, 20), "23:00")
    opening = event(ast, "platform-open")
    assert (opening.start, opening.start_time) == (dt.date(2026, 1, 26), "14:00")
    assert [(p.start, p.end) for p in ast.integration.periods][0] == (dt.date(2026, 5, 28), dt.date(2026, 6, 3))
    assert {d.code for d in ast.integration.decisions} == {"OUI DÉFINITIF", "OUI MAIS", "NON MAIS", "ATTENTE", "NON"}


def test_ales_fees_77_22(ds):
    ales = ds.sessions("ales-apprentissage")[0]
    schemes = {s.audience: (s.first_eur, s.additional_eur) for s in ales.fees.schemes}
    assert schemes == {"standard": (77, 22), "scholarship": (22, 11)}
    assert ales.fees.per == "formation"


def test_ales_seats_and_the_brochure_disagreement(ds):
    new, old = ds.sessions("ales-apprentissage")
    assert seats(new, programme="mkx", entry_year=1) == 42
    assert seats(new, programme="bat", entry_year=2) == (5, 10)
    assert seats(new, programme="infres", entry_year=1) == 44
    assert seats(old, programme="mkx", entry_year=1) == 40
    assert event(old, "application-deadline").start == dt.date(2022, 3, 8)
    assert event(new, "application-deadline").start == dt.date(2024, 3, 12)


def test_albi_work_study_75_plus_5(ds):
    albi = ds.sessions("albi-alternance")[0]
    assert seats(albi, channels=["apprenticeship"]) == 75
    assert seats(albi, channels=["continuing-education", "professionalisation"]) == 5
    schemes = {s.audience: (s.first_eur, s.additional_eur) for s in albi.fees.schemes}
    assert schemes == {"standard": (90, 30), "scholarship": (30, 15)}
    assert event(albi, "application-deadline").start == dt.date(2025, 3, 11)


def test_tuition_and_pay_grid(ds):
    assert [(t.eu_eur, t.non_eu_eur) for t in ds.school("albi").tuition][:1] == [(2650, 4850)]
    assert [(t.eu_eur, t.non_eu_eur) for t in ds.school("ales").tuition][:1] == [(2950, 5150)]
    grid = ds.recruiters.pay_grid
    assert grid.reference_date == dt.date(2021, 9, 30)
    cells = {(b.id, c.year): (c.percent_smic, c.eur_per_month) for b in grid.bands for c in b.cells}
    assert cells[("18-20", 1)] == (43, 683) and cells[("21-25", 3)] == (78, 1240)
    assert cells[("26-plus", 2)] == (100, 1589.47)


def test_same_diploma_spelled_twice_is_one_entry(ds):
    assert ds.diploma("licence3", "Biologie, Biochimie") is ds.diploma("m1", "Biochimie, Biologie")
    assert ds.diploma("but3", "science-et-genie-des-materiaux").slug == "sciences-et-genie-des-materiaux"


def test_committed_schemas_are_up_to_date(tmp_path):
    from generator.cli import write_schemas
    for path in write_schemas(tmp_path):
        committed = DATA_DIR / "schema" / path.name
        assert json.loads(committed.read_text()) == json.loads(path.read_text()), \
            f"{committed} is stale: run imt-admissions schema"
    assert set(SCHEMAS) == {p.name.split(".")[0] for p in (DATA_DIR / "schema").glob("*.json")}


def test_every_data_file_names_its_schema():
    """Editors give completion and checks from the schema named on the first line."""
    expected = {"registry.yaml": "registry", "schools.yaml": "schools", "recruiters.yaml": "recruiters"}
    for path in sorted(DATA_DIR.rglob("*.yaml")):
        rel = path.relative_to(DATA_DIR).as_posix()
        kind = expected.get(rel, "notice")
        prefix = "../../" if rel.startswith("notices/") else ""
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema={prefix}schema/{kind}.schema.json", rel


def test_an_exam_duration_is_said_once(ds):
    """002 §3.4's "25 minutes, dont 10 minutes maximum de présentation" is said as the notice says it, not after
    "25 min" again; 000's note on "1h30" is about what the time covers, so the minutes come first. 003 §7's
    "pendant environ 30 minutes" is a bound on the minutes, which the "what changed" table keeps too."""
    def exams(notice, session):
        return next(n for n in ds.sessions(notice) if n.session == session).exams

    assert next(e for e in exams("ast", "2026") if e.id == "entretien-jury").note_gives_minutes
    evd = next(e for e in exams("ales-apprentissage", "2024") if e.id == "evd-year-1")
    assert (evd.duration_min, evd.duration_bound, evd.duration_note) == (30, "about", None)
    albi = [e for e in exams("albi-alternance", "2025") if e.duration_min == 90]
    assert albi and not albi[0].note_gives_minutes


def test_a_route_a_session_adds_cites_where_the_notice_offers_it(ds):
    """003 offers BAT and INFRES in its seat counts ("En première année", "En deuxième année"), not in the
    foreign-titles clause that happens to be the route's first rule."""
    new, old = ds.sessions("ales-apprentissage")[:2]
    added = [c for c in diff(old, new, ds) if c.category == "routes"]
    assert len(added) == 4 and all(c.kind == "added" for c in added)
    assert {c.sources[1].ref for c in added} == {"Nombre de places ouvertes en 2024 — En première année",
                                                 "Nombre de places ouvertes en 2024 — En deuxième année"}


def _schema_of(rel: str) -> dict:
    kind = {"registry.yaml": "registry", "schools.yaml": "schools", "recruiters.yaml": "recruiters"}.get(rel, "notice")
    return json.loads((DATA_DIR / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8"))


def _as_an_editor_reads(path) -> object:
    """The file as an editor's YAML reader hands it to the schema: dates stay text (YAML 1.2 core)."""
    doc, errors = read_yaml(path, DATA_DIR)
    assert not errors
    return json.loads(json.dumps(doc.data, default=str))


def test_the_editors_schemas_agree_with_validation():
    """Staff trust the editor's marks: the real files pass their schemas, and what validation accepts on purpose
    (an unquoted year, a "$schema" field) is not marked, nor is a blank text let through."""
    for path in sorted(DATA_DIR.rglob("*.yaml")):
        rel = path.relative_to(DATA_DIR).as_posix()
        jsonschema.validate(_as_an_editor_reads(path), _schema_of(rel))
    notice = _as_an_editor_reads(DATA_DIR / "notices" / "ast" / "2026.yaml")
    schema = _schema_of("notices/ast/2026.yaml")
    jsonschema.validate({**notice, "session": 2026, "$schema": "../../schema/notice.schema.json"}, schema)
    until = next(i for i, e in enumerate(notice["events"]) if e.get("until"))
    label = notice["integration"]["period_label"]
    for wrong in (
        {"title": {"fr": "  ", "en": "Title"}},
        {"events": [*notice["events"][:until], {**notice["events"][until], "end": "2026-12-31"}]},
        {"integration": {**notice["integration"], "period_label": {**label, "en": "Integration period"}}},
    ):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate({**notice, **wrong}, schema)
