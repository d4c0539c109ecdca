"""The calendar comparison's status spans: what the browser compares with today's date."""

from __future__ import annotations

import re

from generator.rules import export_rules
from generator.site.sources import Citations
from generator.site.views.compare import calendar_table
from generator.timeline import open_span, steps, window


def test_a_step_from_a_day_ends_with_its_session(dataset):
    for notice in dataset.current():
        span = window(notice)
        for event in notice.events:
            if event.open_ended and event.kind != "company-search":
                assert open_span(event, span)[1] <= span.last, (notice.notice, event.id)
    open_ended = [e for n in dataset.current() for e in n.events if e.open_ended]
    assert open_ended, "the data has steps 'from' a day"


def test_a_company_search_from_a_day_lasts_until_the_course_starts(dataset):
    # 003 §3.1 and §9: support "from 2 May" and "from 23 May", then a contract is needed by the course
    # start, which 003 does not date: the search stays open through the session's year.
    ales = spans(dataset, "ales-apprentissage")
    assert ales["company-search-main-phase"] == ("2024-05-02T00:00", "2024-12-31T23:59")
    assert ales["company-search-year-2"][1] == "2024-12-31T23:59"


def test_a_session_ends_when_its_last_step_closes(dataset):
    # The banner's "closed, the procedure goes on" lasts while the calendar shows a step open: at Alès, the
    # company search, past the session's last dated day (23 May 2024).
    for notice in dataset.current():
        span = window(notice)
        assert span.ends == max(open_span(step, span)[1] for step in steps(notice)) >= span.last
    ales = next(n for n in dataset.current() if n.notice == "ales-apprentissage")
    assert window(ales).ends == spans(dataset, "ales-apprentissage")["company-search-main-phase"][1]


def test_the_wizard_reads_each_step_open_when_the_calendar_does(dataset):
    """rules.json carries each step's open span, computed by the same code as the calendar's spans."""
    table = calendar_table(dataset, "en", Citations("en", {}), "compare/calendar.md")
    calendar = sorted(re.search(r'data-start="([^"]+)" data-end="([^"]+)"', row[-2].md).groups() for row in table.rows)
    exported = sorted((e["opens"], e["closes"]) for n in export_rules(dataset)["notices"] for e in n["events"])
    assert calendar == exported


def spans(dataset, notice: str) -> dict[str, tuple[str, str]]:
    (n,) = [n for n in export_rules(dataset)["notices"] if n["notice"] == notice]
    return {e["id"]: (e["opens"], e["closes"]) for e in n["events"]}


def test_the_application_steps_are_open_from_the_opening_to_the_deadline(dataset):
    # 002 page de garde and §3.2: the platform opens on 26 January at 14:00 and closes on 20 March at 23:00; the
    # appraisal form is due with the file. 000 §4: Albi's opening (3 February) lasts until its deadline, and its
    # company search, "jusqu'au" 20 September, is open from the opening.
    ast = spans(dataset, "ast")
    applying = ("2026-01-26T14:00", "2026-03-20T23:00")
    assert ast["platform-open"] == ast["application-deadline"] == ast["appraisal-form-deadline"] == applying
    albi = spans(dataset, "albi-alternance")
    assert albi["platform-open"] == albi["application-deadline"] == ("2025-02-03T00:00", "2025-03-11T23:00")
    assert albi["company-search"] == ("2025-02-03T00:00", "2025-09-20T23:59")


def test_results_from_a_day_are_sent_until_the_next_step(dataset):
    # 000 §4: admissibility results come "a few days before the exams", from 7 April 2025.
    albi = spans(dataset, "albi-alternance")
    assert albi["admissibility-results"] == ("2025-04-07T00:00", albi["exams"][0])


def test_published_results_stay_available_until_the_next_step(dataset):
    # 002 §3.3: admissibility results "consultables dès le jeudi 9 avril 2026 à 16h", until the exams; the
    # admission results (28 May, 14:00), with no step starting after them, until the session's last day.
    ast = spans(dataset, "ast")
    assert ast["admissibility-results"] == ("2026-04-09T16:00", ast["exams-albi"][0])
    assert ast["admission-results"] == ("2026-05-28T14:00", "2026-07-17T23:59")
    ales = spans(dataset, "ales-apprentissage")
    assert all(ales[e][1] > ales[e][0][:10] + "T23:59" for e in ales if e.endswith("-results"))


def test_a_document_due_on_the_deadline_day_closes_with_the_applications(dataset):
    # 002 §3.2: the file, appraisal form included, must be complete when it closes on 20 March at 23:00.
    ast = spans(dataset, "ast")
    assert ast["appraisal-form-deadline"][1] == ast["application-deadline"][1] == "2026-03-20T23:00"


def test_integration_is_open_only_during_its_periods(dataset):
    # 002 Tableau 3: four periods, none between 17 June 23:00 and 13 July 14:00.
    ast = spans(dataset, "ast")
    periods = [ast[f"integration-{n}"] for n in range(1, 5)]
    assert periods[0] == ("2026-05-28T14:00", "2026-06-03T23:00")
    assert periods[3] == ("2026-07-13T14:00", "2026-07-17T23:00")
    assert not any(start <= "2026-06-25T12:00" <= end for start, end in periods)
    assert "integration" not in ast


def test_each_step_calendar_link_of_a_page_has_its_own_name(built_site):
    """A list of links (a screen reader's) tells two steps of one name apart: Alès's company search for year 1
    and for year 2 (003 §3.1, §9) each say whom they are for."""
    same, seen = [], 0
    for page in built_site.rglob("*.html"):
        names: dict[str, set[str]] = {}
        for name, href in re.findall(r'<a aria-label="([^"]*)" href="([^"]*/steps/[^"]*\.ics)"', page.read_text()):
            names.setdefault(name, set()).add(href)
            seen += 1
        same += [(page.name, name) for name, hrefs in names.items() if len(hrefs) > 1]
    assert seen > 100 and same == []
