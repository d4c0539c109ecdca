"""new-session: scaffold, refuse to overwrite, validation refuses the markers until they are filled."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.dataset import load_dataset
from generator.load import DataErrors
from generator.session import (
    ScaffoldError,
    changed_phrases,
    changed_seat_counts,
    new_session,
    reordered_steps,
    shifted_steps,
    stale_costs,
    texts_holding,
    texts_naming,
)

VALID = Path(__file__).resolve().parent.parent / "data" / "valid"


@pytest.fixture
def data(tmp_path) -> Path:
    shutil.copytree(VALID, tmp_path / "data")
    # Step 1 of the README: the new notice is listed in the registry before its session is scaffolded.
    registry = tmp_path / "data" / "registry.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace("channels:", """  - id: "003"
    file: 003_notice_2027.txt
    kind: notice
    session: "2027"
    title: {fr: "Notice AST 2027", en: "AST notice 2027"}
channels:""", 1), encoding="utf-8")
    return tmp_path / "data"


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True)


def test_scaffold_marks_every_date_and_amount(data):
    made = new_session(data, "demo", "2027", "003")
    text = made.path.read_text(encoding="utf-8")
    # 3 event dates + 2 times, 1 fee, 2 seat lines (one a range: min and max), 1 total.
    assert made.marked == 3 + 2 + 1 + 3 + 1
    assert text.count("À CONFIRMER") == made.marked
    assert 'session: "2027"' in text or "session: '2027'" in text or "session: 2027" in text
    assert "Licence Chimie listée." in text  # texts and lists are copied


def confirm(path: Path, changed: dict[str, str] | None = None) -> None:
    """Fill each marker with the previous value moved one year on (what a school would type), or with the
    value `changed` gives for it."""
    def value_for(match: re.Match) -> str:
        value = match.group(1)
        if changed and value in changed:
            return changed[value]
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return str(int(value[:4]) + 1) + value[4:]
        is_number = value.replace(".", "").isdigit() and not value.startswith("0")
        return value if is_number else f'"{value}"'
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"""['"]?À CONFIRMER \(précédente session : ([^)]*)\)['"]?""", value_for, text),
                    encoding="utf-8")


def test_validation_refuses_markers_then_passes_once_filled(data):
    made = new_session(data, "demo", "2027", "003")
    with pytest.raises(DataErrors) as exc:
        load_dataset(data)
    messages = [str(e) for e in exc.value.errors]
    assert len(messages) == made.marked
    assert all("value to confirm" in m and m.startswith("data/notices/demo/2027.yaml:") for m in messages)

    old = (data / "notices/demo/2026.yaml").read_text(encoding="utf-8")
    confirm(made.path)
    ds = load_dataset(data)
    assert [n.session for n in ds.sessions("demo")] == ["2027", "2026"]
    assert ds.current()[0].session == "2027"
    assert old == (data / "notices/demo/2026.yaml").read_text(encoding="utf-8")


def test_new_session_never_overwrites(data):
    made = new_session(data, "demo", "2027", "003")
    before = made.path.read_bytes()
    with pytest.raises(ScaffoldError, match="never overwritten"):
        new_session(data, "demo", "2027", "003")
    assert made.path.read_bytes() == before
    result = cli("new-session", "demo", "--session", "2027", "--document", "003", "--data", str(data))
    assert result.returncode == 1 and "never overwritten" in result.stderr
    assert made.path.read_bytes() == before


def test_refuses_unknown_notice_and_older_session(data):
    with pytest.raises(ScaffoldError, match="no notice"):
        new_session(data, "nope", "2027", "003")
    with pytest.raises(ScaffoldError, match="must come after"):
        new_session(data, "demo", "2025", "003")
    with pytest.raises(ScaffoldError, match='document "009" is not in'):
        new_session(data, "demo", "2027", "009")
    with pytest.raises(ScaffoldError, match="no notices folder"):
        new_session(data / "nowhere", "demo", "2027", "003")
    # The previous session's own notice: the new one must be registered under its own id.
    with pytest.raises(ScaffoldError, match='document "002" is already the document of demo/2026.yaml'):
        new_session(data, "demo", "2027", "002")
    # A notice registered for another session: the typo is in the registry or in --session.
    with pytest.raises(ScaffoldError, match='document "003" is registered for session "2027" in .*, not 2028'):
        new_session(data, "demo", "2028", "003")


def test_document_option_retargets_sources(data):
    made = new_session(data, "demo", "2027", document="003")
    text = made.path.read_text(encoding="utf-8")
    assert 'doc: "002"' not in text and 'doc: "003"' in text


def test_scaffold_says_where_to_look(data):
    old = data / "notices/demo/2026.yaml"
    text = old.read_text(encoding="utf-8").replace('{fr: "Licence Chimie listée."', '{fr: "Licence Chimie listée en 2026."')
    old.write_text("# Demo notice — session 2026 (document 002).\n" + text, encoding="utf-8")
    made = new_session(data, "demo", "2027", document="003")
    written = made.path.read_text(encoding="utf-8")
    assert written.startswith("# Demo notice — session 2027 (document 003).\n")
    # A text naming the old year is given as file:line:col: field, like a data error.
    (where,) = made.texts_to_review
    path, line, col, field, named = where.split(":")
    assert (path, field.strip()) == ("data/notices/demo/2027.yaml", "routes[0].rules[0].reason.fr")
    assert named == ' names "2026"'  # what was found: the line may be hundreds of characters long
    assert "en 2026" in written.splitlines()[int(line) - 1][int(col) - 1 :]
    # Rules and lists are copied without markers: the scaffold counts them for the reviewer.
    assert made.copied["rules"] >= 1 and made.copied["routes"] >= 1


def test_a_text_repeated_through_an_anchor_is_listed_once(data):
    old = data / "notices/demo/2026.yaml"
    text = old.read_text(encoding="utf-8")
    first = '{fr: "Licence Chimie listée.", en: "Licence Chemistry listed."}'
    assert first in text
    text = text.replace(first, '&listed {fr: "Licence Chimie listée en 2026.", en: "Licence Chemistry listed."}', 1)
    text = text.replace('reason: {fr: "Non listé.", en: "Not listed."}', "reason: *listed", 1)
    assert "reason: *listed" in text
    old.write_text(text, encoding="utf-8")
    made = new_session(data, "demo", "2027", document="003")
    (where,) = made.texts_to_review
    assert where.endswith('routes[0].rules[0].reason.fr: names "2026" (and 1 more place(s) repeating it through a YAML anchor)')


def test_a_text_naming_the_previous_notice_is_listed(data):
    """A text such as "Notice 002 does not say…" was true of the previous session's notice only."""
    old = data / "notices/demo/2026.yaml"
    text = old.read_text(encoding="utf-8").replace('en: "Licence Chemistry listed."', 'en: "Notice 002 lists it."', 1)
    # A number with its thousands apart is no notice id ("1 002 hours").
    text = text.replace('en: "Not listed."', 'en: "Not listed (1 002 hours)."', 1)
    old.write_text(text, encoding="utf-8")
    made = new_session(data, "demo", "2027", document="003")
    (where,) = made.texts_to_review
    assert where.endswith('routes[0].rules[0].reason.en: names "002"')


def test_a_text_naming_a_changed_day_or_amount_is_listed(data):
    """The new notice moves the deadline from 20 to 19 March and the fee from 76 to 80 €: copied texts saying
    "20 mars" or "€76" are no longer true. "9 avril" still is (the new session keeps that day)."""
    made = new_session(data, "demo", "2027", "003")
    confirm(made.path, {"2026-03-20": "2027-03-19", "76": "80"})
    text = made.path.read_text(encoding="utf-8")
    # The first day of a span names its month after the last day ("entre le 20 et le 31 mars").
    for before, after in [('fr: "Licence Chimie listée."', 'fr: "Dossier entre le 20 et le 31 mars."'),
                          ('en: "Licence Chemistry listed."', 'en: "Fee: €76."'),
                          ('fr: "Non listé."', 'fr: "Résultats le 9 avril ; frais de 76 euros."'),
                          ('en: "Not listed."', 'en: "Not listed (76 EUR)."'),
                          ('ref: "Tableau 5"', 'ref: "Tableau 5 (2026)"')]:
        assert before in text
        text = text.replace(before, after, 1)
    made.path.write_text(text, encoding="utf-8")
    ds = load_dataset(data)
    new, old = ds.sessions("demo")
    listed = texts_naming(next(f.file for f in ds.notices if f.notice is new), old.session, old.document,
                          changed_phrases(old, new))
    # The amount however written, and a source still naming the old year ("9 avril" is still true).
    assert sorted(where.split(": ", 1)[1] for where in listed) == sorted([
        'routes[0].rules[0].reason.fr: names "20 et le 31 mars"', 'routes[0].rules[0].reason.en: names "€76"',
        'routes[0].rules[0].source.ref: names "2026"',
        'routes[0].otherwise.reason.fr: names "76 euros"', 'routes[0].otherwise.reason.en: names "76 EUR"'])


def test_a_note_on_the_seats_naming_a_changed_count_is_listed():
    """002 Tableau 1's notes name the grand total bare, "le total général (60)": once it is 62, they are stale."""
    ds = load_dataset()
    item = next(x for x in ds.notices if x.notice.notice == "ast")
    old = item.notice
    totals = [t.model_copy(update={"seats": 62}) if t.seats == 60 else t for t in old.seats.totals]
    new = old.model_copy(update={"seats": old.seats.model_copy(update={"totals": totals})})
    stale = texts_holding(item.file, changed_seat_counts(old, new), under="seats")
    assert stale and all(".discrepancy." in line and line.endswith('names "60"') for line in stale)
    # Elsewhere a bare 60 may be anything (60 ECTS), and "60 places" is changed_phrases' own: only the seats'
    # notes are read, not their labels or sources.
    anywhere = texts_holding(item.file, changed_seat_counts(old, new))
    assert any(": summary." in line for line in anywhere) and not any(": summary." in line for line in stale)


def test_a_step_out_of_the_previous_order_is_listed_once(data):
    """A day and a month swapped (2027-01-04 for 2027-04-01) put the results before the opening: one line names
    the step that moved, with the steps it passed, rather than one line per pair."""
    ds = load_dataset(data)
    (old,) = ds.sessions("demo")
    dates = {"open": dt.date(2027, 1, 26), "close": dt.date(2027, 3, 20), "results": dt.date(2027, 1, 4)}
    new = old.model_copy(update={"session": "2027", "events": [
        e.model_copy(update={"start": dates[e.id]}) for e in old.events]})
    file = ds.notices[0].file
    (line,) = reordered_steps(old, new, file)
    assert line.split(": ", 1)[1] == (
        "events[2].start: 2027-01-04: its order changed since session 2026, against open (2027-01-26, before it "
        "in 2026), close (2027-03-20, before it in 2026): check these dates")
    # The same order a year on: nothing to list.
    dates["results"] = dt.date(2027, 4, 1)
    kept = old.model_copy(update={"events": [e.model_copy(update={"start": dates[e.id]}) for e in old.events]})
    assert reordered_steps(old, kept, file) == []


def test_a_step_moved_by_a_year_unlike_the_others_is_listed(data):
    """A year left from the old session (2026-01-26 for 2027-01-26) keeps the step in order: the move, a year
    shorter than the others', is what shows it."""
    ds = load_dataset(data)
    (old,) = ds.sessions("demo")
    a_year = {e.id: e.start.replace(year=e.start.year + 1) for e in old.events}
    new = old.model_copy(update={"session": "2027", "events": [
        e.model_copy(update={"start": e.start if e.id == "open" else a_year[e.id]}) for e in old.events]})
    file = ds.notices[0].file
    (line,) = shifted_steps(old, new, file)
    assert line.split(": ", 1)[1] == (
        f"events[0].start: {old.events[0].start}: moved 0 days since session 2026, the other steps about 365: "
        "check its year and month")
    # A few weeks' difference is a notice's own change, not a point to check.
    weeks = old.model_copy(update={"events": [
        e.model_copy(update={"start": a_year[e.id] + dt.timedelta(days=21 if e.id == "open" else 0)})
        for e in old.events]})
    assert shifted_steps(old, weeks, file) == []


def test_a_company_guide_priced_from_an_older_session_is_listed():
    """The recruiters' page shows a guide's course price (`cost_of`) beside the newest session's own."""
    ds = load_dataset()
    assert stale_costs(ds) == []  # the real guides take their price from the newest sessions
    g, guide = next((g, x) for g, x in enumerate(ds.recruiters.guides) if any(i.cost_of for i in x.funding))
    i, item = next((i, x) for i, x in enumerate(guide.funding) if x.cost_of)
    notice_id = item.cost_of.split("/")[0]
    funding = [*guide.funding]
    funding[i] = item.model_copy(update={"cost_of": f"{notice_id}/2020"})
    ds.recruiters.guides[g] = guide.model_copy(update={"funding": funding})
    (line,) = stale_costs(ds)
    assert stale_costs(ds, ["ast"] if notice_id != "ast" else ["albi-alternance"]) == []  # check --notice
    newest = ds.sessions(notice_id)[0].session
    assert line.split(": ", 1)[1] == (
        f"guides[{g}].funding[{i}].cost_of: the course price of {notice_id}/2020; {notice_id} {newest} is newer: "
        f"write {notice_id}/{newest} if this guide's price is that session's")
