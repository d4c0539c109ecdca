"""When a session's steps are open. One reading, used by the site's calendar (status in the browser) and
exported to the wizard in rules.json, so that both say the same thing on the same day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .model.notice import Event, Notice

BEFORE_ANY_DATE = "0000-01-01T00:00"


def iso_moment(day: dt.date, hhmm: str | None = None, end_of_day: bool = False) -> str:
    """A local date-time string the browser compares with today ("2026-03-20T23:00")."""
    return f"{day.isoformat()}T{hhmm or ('23:59' if end_of_day else '00:00')}"


def _end(event: Event) -> str:
    return iso_moment(
        event.end or event.start, event.end_time if event.end else event.start_time, end_of_day=True
    )


@dataclass
class Window:
    """When applications open and close, and the session's last dated step."""

    open: str | None
    close: str
    last: str


def window(notice: Notice) -> Window:
    """The application window of a session: first opening, last application deadline, last dated step."""
    opens = [iso_moment(e.start, e.start_time) for e in notice.events if e.kind == "platform-open"]
    closes = [_end(e) for e in notice.events if e.kind == "application-deadline"]
    ends = [_end(e) for e in notice.events]
    return Window(min(opens) if opens else None, max(closes) if closes else max(ends), max(ends))


def open_span(event: Event, span: Window) -> tuple[str, str]:
    """From when to when a step counts as open (before: upcoming; after: closed).
    - The opening of applications lasts until the application deadline.
    - An application deadline, a documents deadline due by the application deadline's day, and a step
      known only by its last day ("jusqu'au") are open from the opening of applications until they pass.
    - A later documents deadline (sending the title in July) is upcoming until its day.
    - A step "from" a day lasts, at most, until the session's last dated step.
    """
    start, end = iso_moment(event.start, event.start_time), span.last if event.open_ended else _end(event)
    if event.kind == "platform-open" and not event.end:
        end = max(end, span.close)
    if (
        event.until
        or event.kind == "application-deadline"
        or (event.kind == "documents-deadline" and end[:10] <= span.close[:10])
    ):
        start = span.open or BEFORE_ANY_DATE
    return start, end
