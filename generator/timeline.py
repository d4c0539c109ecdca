"""When a session's steps are open. One reading, used by the site's calendar (status in the browser) and
exported to the wizard in rules.json, so that both say the same thing on the same day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from .model.base import Text
from .model.notice import Event, Notice

BEFORE_ANY_DATE = "0000-01-01T00:00"


def iso_moment(day: dt.date, hhmm: str | None = None, end_of_day: bool = False) -> str:
    """A local date-time string the browser compares with today ("2026-03-20T23:00")."""
    return f"{day.isoformat()}T{hhmm or ('23:59' if end_of_day else '00:00')}"


def written_moment(day: dt.date, hhmm: str | None = None) -> str:
    """A day and its time as data errors and "what changed" write them ("2026-03-20 23:00", "2026-03-20")."""
    return f"{day.isoformat()} {hhmm}" if hhmm else day.isoformat()


def last_moment(event: Event) -> tuple[dt.date, str | None]:
    """The day and time a step ends: its end, or for a step of one day its start."""
    return (event.end, event.end_time) if event.end else (event.start, event.start_time)


def _end(event: Event) -> str:
    return iso_moment(*last_moment(event), end_of_day=True)


@dataclass
class Window:
    """When applications open and close, the session's last dated step, and when each step starts."""

    open: str | None
    close: str
    last: str
    starts: list[str]
    """The start of every step that has a known start (not a "jusqu'au" step), sorted."""
    course_start: str
    """When the course starts: its first dated start, or, undated, the end of the session's last year (a
    session 2024 starts its course in 2024)."""
    ends: str = ""
    """When the session's last step stops being open (open_span): until then, a session whose applications
    have closed is not over (results, exams, a company search "from" a day)."""


def closing_step(notice: Notice) -> Event:
    """The step that closes applications: the last application deadline, else the session's last step."""
    return max([e for e in notice.events if e.kind == "application-deadline"] or notice.events, key=_end)


def window(notice: Notice) -> Window:
    """The application window of a session: first opening, last application deadline, last dated step, and
    when its last step closes."""
    opens = [iso_moment(e.start, e.start_time) for e in notice.events if e.kind == "platform-open"]
    ends = [_end(e) for e in notice.events]
    starts = sorted({iso_moment(e.start, e.start_time) for e in notice.events if not e.until})
    courses = [iso_moment(e.start, e.start_time) for e in notice.events if e.kind == "course-start"]
    course_start = min(courses) if courses else f"{notice.session[-4:]}-12-31T23:59"
    span = Window(min(opens) if opens else None, _end(closing_step(notice)), max(ends), starts, course_start)
    return replace(span, ends=max(open_span(step, span)[1] for step in steps(notice)))


def in_order(events: list[Event]) -> list[Event]:
    """Steps by start, then time, then id: the order of every calendar of the site."""
    return sorted(events, key=lambda e: (e.start, e.start_time or "", e.id))


def event_steps(notice: Notice, event: Event) -> list[Event]:
    """The dated steps one event of the notice makes: itself, or the integration step cut into its periods
    (a candidate must log in during each, and between two periods nothing is open)."""
    if event.kind != "integration" or notice.integration is None:
        return [event]
    name = notice.integration.period_label
    return [
        event.model_copy(update={
            "id": f"{event.id}-{period.number}",
            "label": Text(fr=name.fr.replace("{n}", str(period.number)),
                          en=name.en.replace("{n}", str(period.number))),
            "start": period.start, "start_time": period.start_time,
            "end": period.end, "end_time": period.end_time, "source": period.source, "note": None,
        })
        for period in notice.integration.periods
    ]


def steps(notice: Notice) -> list[Event]:
    """The session's dated steps in order (see event_steps)."""
    return in_order([step for event in notice.events for step in event_steps(notice, event)])


def open_span(event: Event, span: Window) -> tuple[str, str]:
    """From when to when a step counts as open (before: upcoming; after: closed).
    - The opening of applications lasts until the application deadline.
    - An application deadline, a documents deadline due by the application deadline's day, and a step
      known only by its last day ("jusqu'au") are open from the opening of applications until they pass.
    - A later documents deadline with a day of its own (not "jusqu'au") is upcoming until that day.
    - Results, once published (at a moment, on a day or "from" a day), stay available until the session's
      next step starts: 002 §3.3 "consultables dès le jeudi 9 avril 2026 à 16h" (open for one minute
      otherwise); Albi's admissibility results come "a few days before the exams".
    - A company search "from" a day lasts until the course starts (003 §9: the admission needs a contract;
      places left 7 days before the start go to a complementary list).
    - Any other step "from" a day lasts, at most, until the session's last dated step.
    - A documents deadline on the application deadline's day closes with the applications: the file must
      be complete when it is closed.
    """
    start, end = iso_moment(event.start, event.start_time), span.last if event.open_ended else _end(event)
    if event.kind.endswith("-results") and (event.open_ended or not (event.end or event.until)):
        end = next((s for s in span.starts if s > start), span.last)
    if event.open_ended and event.kind == "company-search":
        end = span.course_start
    if event.kind == "platform-open" and not event.end:
        end = max(end, span.close)
    if event.kind == "documents-deadline" and end[:10] == span.close[:10]:
        end = min(end, span.close)
    if (
        event.until
        or event.kind == "application-deadline"
        or (event.kind == "documents-deadline" and end[:10] <= span.close[:10])
    ):
        start = span.open or BEFORE_ANY_DATE
    return start, end
