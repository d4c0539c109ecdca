"""The calendar comparison's status spans: what the browser compares with today's date."""

from __future__ import annotations

import re

from generator.rules import export_rules
from generator.site.sources import Citations
from generator.site.views.compare import calendar_table
from generator.timeline import window


def test_a_step_from_a_day_ends_with_its_session(dataset):
    table = calendar_table(dataset, "en", Citations("en", {}), "compare/calendar.md")
    ends = {m for row in table.rows for m in re.findall(r'data-end="([^"]+)"', row[-1].md)}
    lasts = {window(n).last for n in dataset.current()}
    assert ends and max(ends) <= max(lasts)
    open_ended = [e for n in dataset.current() for e in n.events if e.open_ended]
    assert open_ended, "the data has steps 'from' a day"


def test_the_wizard_reads_each_step_open_when_the_calendar_does(dataset):
    """rules.json carries each step's open span, computed by the same code as the calendar's spans."""
    table = calendar_table(dataset, "en", Citations("en", {}), "compare/calendar.md")
    calendar = sorted(re.search(r'data-start="([^"]+)" data-end="([^"]+)"', row[-1].md).groups() for row in table.rows)
    exported = sorted((e["opens"], e["closes"]) for n in export_rules(dataset)["notices"] for e in n["events"])
    assert calendar == exported
