"""The "what changed" diff between two sessions, on fixtures derived from the valid demo notice."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.dataset import load_dataset
from generator.diff import diff, spell
from generator.model.base import Source, Text
from generator.model.notice import Exam
from generator.site.views.changes import localised

VALID = Path(__file__).resolve().parent.parent / "data" / "valid"


@pytest.fixture(scope="module")
def old():
    return load_dataset(VALID).sessions("demo")[0]


def test_identical_sessions_have_no_change(old):
    assert diff(old, old) == []


def test_moved_date(old):
    events = list(old.events)
    events[1] = events[1].model_copy(update={"start": dt.date(2026, 3, 27)})
    [change] = diff(old, old.model_copy(update={"events": events}))
    assert (change.category, change.what_en, change.before, change.after) == \
        ("dates", "Closing", "2026-03-20 23:00", "2026-03-27 23:00")
    assert change.kind == "changed"


def test_renamed_event_of_a_unique_kind_is_matched(old):
    events = list(old.events)
    events[0] = events[0].model_copy(update={"id": "opening", "start": dt.date(2026, 1, 20)})
    [change] = diff(old, old.model_copy(update={"events": events}))
    assert (change.before, change.after) == ("2026-01-26 14:00", "2026-01-20 14:00")


def test_fee_changed(old):
    schemes = [old.fees.schemes[0].model_copy(update={"first_eur": 80.0})]
    fees = old.fees.model_copy(update={"schemes": schemes})
    [change] = diff(old, old.model_copy(update={"fees": fees}))
    assert (change.category, change.before, change.after) == ("fees", "{eur:76}", "{eur:80}")
    assert (localised(change.before, "fr"), localised(change.after, "en")) == ("76\u00a0€", "€80")


def test_a_printed_total_that_changes_is_listed(old):
    totals = [old.seats.totals[0].model_copy(update={"seats": 18})]
    [change] = diff(old, old.model_copy(update={"seats": old.seats.model_copy(update={"totals": totals})}))
    assert (change.category, change.what_fr, change.what_en, change.before, change.after) == \
        ("seats", "Total (total imprimé)", "Total (printed total)", "17", "18")


def test_seats_changed_and_range(old):
    lines = list(old.seats.lines)
    lines[0] = lines[0].model_copy(update={"seats": 12})
    changes = diff(old, old.model_copy(update={"seats": old.seats.model_copy(update={"lines": lines})}))
    assert [(c.category, c.before, c.after) for c in changes] == [("seats", "10", "12")]


def test_diploma_added_and_removed(old):
    route = old.routes[0]
    rule = route.rules[0]
    when = rule.when.model_copy(update={"specialties": ["biologie-biochimie"]})
    routes = [route.model_copy(update={"rules": [rule.model_copy(update={"when": when})]})]
    changes = diff(old, old.model_copy(update={"routes": routes}))
    assert {(c.category, c.what_en.split(" — ")[1], c.kind) for c in changes} == {
        ("diplomas", "L3 biologie-biochimie", "added"),
        ("diplomas", "L3 chimie", "removed"),
    }


def test_a_speciality_covered_by_any_speciality_of_its_kind_is_not_removed(old):
    route = old.routes[0]
    rule = route.rules[0]
    narrow = rule.model_copy(update={"when": rule.when.model_copy(update={"specialties": ["chimie"]})})
    wide = rule.model_copy(update={"when": rule.when.model_copy(update={"specialties": []})})
    before = old.model_copy(update={"routes": [route.model_copy(update={"rules": [narrow]})]})
    after = old.model_copy(update={"routes": [route.model_copy(update={"rules": [wide]})]})
    assert [(c.what_en.split(" — ")[1], c.kind) for c in diff(before, after)] == [("L3 *", "added")]
    # Narrowing "any speciality" to one is the removal of "any", not the addition of the one.
    assert [(c.what_en.split(" — ")[1], c.kind) for c in diff(after, before)] == [("L3 *", "removed")]


def test_exams_added_and_changed(old):
    exam = Exam(id="english", name=Text(fr="Anglais", en="English"), nature=Text(fr="Oral", en="Oral"),
                duration_min=15, mode="in-person", eliminatory_at_or_below=4,
                source=Source(doc="002", ref="Annexe 3"))
    one = old.model_copy(update={"exams": [exam]})
    [added] = diff(old, one)
    # The mode is a code each reader spells: the site in its language, the command line as is.
    assert (added.category, added.kind, added.after) == ("exams", "added", "{exam_mode:in-person}, 15 min, ≤ 4/20")
    assert spell(added.after, lambda kind, code: code) == "in-person, 15 min, ≤ 4/20"
    assert localised(added.after, "fr").startswith("sur place, 15 min")
    two = old.model_copy(update={"exams": [exam.model_copy(update={"duration_min": 20})]})
    [changed] = diff(one, two)
    assert [spell(v, lambda kind, code: code) for v in (changed.before, changed.after)] == [
        "in-person, 15 min, ≤ 4/20",
        "in-person, 20 min, ≤ 4/20",
    ]
    # "environ 20 minutes" (003 §7) is not "20 minutes": a bound the notice sets is a change, and is shown.
    three = old.model_copy(update={"exams": [exam.model_copy(update={"duration_min": 20, "duration_bound": "about"})]})
    [bounded] = diff(two, three)
    assert spell(bounded.after, lambda kind, code: code) == "in-person, ≈ 20 min, ≤ 4/20"


def test_names_come_from_the_dataset(old):
    ds = load_dataset(VALID)
    route = old.routes[0]
    rule = route.rules[0]
    when = rule.when.model_copy(update={"specialties": ["biochimie-biologie"]})
    routes = [route.model_copy(update={"rules": [rule.model_copy(update={"when": when})]})]
    added = next(c for c in diff(old, old.model_copy(update={"routes": routes}), ds) if c.kind == "added")
    assert added.what_en == "IMT Mines Albi, Year 1 — L3 Biology, Biochemistry"
    assert added.what_fr == "IMT Mines Albi, 1re année — L3 Biologie, Biochimie"


def test_seat_lines_of_a_notice_with_several_channels_name_their_channels(old):
    # Two lines of one school and year, told apart by their channels only (Albi: 75 apprentices, 5 others).
    ds = load_dataset()  # the real registry names the four channels
    line = old.seats.lines[0]
    lines = [line.model_copy(update={"channels": ["apprenticeship"]}),
             line.model_copy(update={"channels": ["continuing-education", "professionalisation"]})]
    before = old.model_copy(update={"channels": ["apprenticeship", "continuing-education", "professionalisation"],
                                    "seats": old.seats.model_copy(update={"lines": lines})})
    lines = [lines[0], lines[1].model_copy(update={"seats": 6})]
    [change] = diff(before, before.model_copy(update={"seats": old.seats.model_copy(update={"lines": lines})}), ds)
    assert change.what_en.endswith("(Continuing education leading to the degree + Professionalisation contract)")
    assert change.what_fr.endswith("(Formation continue diplômante + Contrat de professionnalisation)")
    assert (change.before, change.after) == ("10", "6")


def test_an_exam_split_by_entry_year_is_compared_by_name(old):
    """A brochure names one English test; the next notice has one per entry year, under other ids."""
    exam = Exam(id="english", name=Text(fr="Anglais", en="English"), nature=Text(fr="Test", en="Test"),
                source=Source(doc="002", ref="Annexe 3"))
    interview = exam.model_copy(update={"id": "interview", "name": Text(fr="Entretien", en="Interview")})
    one = old.model_copy(update={"exams": [exam, interview]})
    per_year = [exam.model_copy(update={"id": f"english-year-{y}", "entry_years": [y], "mode": "online"})
                for y in (1, 2)]
    two = old.model_copy(update={"exams": per_year})
    changes = diff(one, two)
    assert [(c.what_fr, c.what_en, c.kind) for c in changes] == [
        ("Anglais (1re année)", "English (year 1)", "changed"),
        ("Anglais (2e année)", "English (year 2)", "changed"),
        ("Entretien", "Interview", "removed"),
    ]
    # Each value keeps the source of the session that states it, for the page's footnotes.
    assert [c.sources for c in changes] == [(exam.source, exam.source)] * 2 + [(exam.source, None)]
