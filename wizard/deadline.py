"""A route's dated steps, and where each stands at a given minute (Paris time, as the notices write it)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .profile import ProfileError

_KEYS = (
    "id",
    "ics",
    "kind",
    "label",
    "start",
    "start_time",
    "end",
    "end_time",
    "open_ended",
    "until",
    "opens",
    "closes",
    "provisional",
    "audience",
    "source",
    "note",
)
_FORMATS = ("%Y-%m-%d", "%Y-%m-%dT%H:%M")
_SHAPE = re.compile(r"\d{4}-\d\d-\d\d(T\d\d:\d\d)?")
"""strptime alone would take "2026-3-5" or "T9:5"."""


def parse_now(value: object) -> str:
    """"2026-03-20" or "2026-03-20T14:00" (Paris time) -> "YYYY-MM-DDTHH:MM"; a day alone is its first minute,
    the moment a step opening that day at 14:00 is still to come and one closing that day still open."""
    if isinstance(value, str) and _SHAPE.fullmatch(value.strip()):
        for form in _FORMATS:
            try:
                return dt.datetime.strptime(value.strip(), form).strftime(_FORMATS[-1])
            except ValueError:
                continue
    raise ProfileError("now", f'must be a Paris date "YYYY-MM-DD" or time "YYYY-MM-DDTHH:MM", not {value!r}',
                       f"doit être une date « AAAA-MM-JJ » ou une heure « AAAA-MM-JJTHH:MM » de Paris, et non {value!r}")


def status(event: dict[str, Any], now: str) -> str:
    """upcoming, open or closed: the open span (opens, closes) comes from the generator (generator/timeline.py),
    and the pages' own statuses follow the same rule (site.js state()); times compare as text, in one format."""
    if now < event["opens"]:
        return "upcoming"
    return "open" if now <= event["closes"] else "closed"


def _concerns(event: dict[str, Any], route: dict[str, Any]) -> bool:
    """An event with an empty scope list concerns every route for that list."""
    return (
        (not event["schools"] or route["school"] in event["schools"])
        and (not event["channels"] or route["channel"] in event["channels"])
        and (not event["entry_years"] or route["entry_year"] in event["entry_years"])
        and (not event["programmes"] or route["programme"] in event["programmes"])
    )


def _ahead(step: dict[str, Any], deadline_ahead: bool) -> bool:
    """A step still to act on or to wait for. An opening that has come is not, where a deadline ahead says until
    when the platform is open; without one, the opening's own end does."""
    opened = step["kind"] == "platform-open" and step["status"] == "open"
    return step["status"] != "closed" and not (opened and deadline_ahead)


def deadlines(notice: dict[str, Any], route: dict[str, Any], now: str | None = None) -> list[dict[str, Any]]:
    """The notice's dated steps that concern this route, in date order. With `now`, each has its status, and
    `next`: its rank among the steps ahead (None for the others), by what comes first: an open step's end (a
    deadline due in 30 minutes before the committee next month), an upcoming step's start."""
    steps = [{k: e[k] for k in _KEYS} for e in notice["events"] if _concerns(e, route)]
    if now is not None:
        for step in steps:
            step["status"] = status(step, now)
            step["next"] = None
        deadline_ahead = any(s["kind"] == "application-deadline" and s["status"] != "closed" for s in steps)
        ahead = sorted((s for s in steps if _ahead(s, deadline_ahead)),
                       key=lambda s: s["closes"] if s["status"] == "open" else s["opens"])
        for rank, step in enumerate(ahead):
            step["next"] = rank
    return steps


def session_over(notice: dict[str, Any], now: str) -> bool:
    """Every dated step of the notice's session has closed at `now` (a session without any is not said over)."""
    return bool(notice["events"]) and all(status(e, now) == "closed" for e in notice["events"])
