"""The calendar comparison's status spans: what the browser compares with today's date."""

from __future__ import annotations

import re

from generator.site.sources import Citations
from generator.site.views.compare import calendar_table
from generator.site.views.session import window


def test_a_step_from_a_day_ends_with_its_session(dataset):
    table = calendar_table(dataset, "en", Citations("en", {}), "compare/calendar.md")
    ends = {m for row in table.rows for m in re.findall(r'data-end="([^"]+)"', row[-1].md)}
    lasts = {window(n).last for n in dataset.current()}
    assert ends and max(ends) <= max(lasts)
    open_ended = [e for n in dataset.current() for e in n.events if e.open_ended]
    assert open_ended, "the data has steps 'from' a day"
