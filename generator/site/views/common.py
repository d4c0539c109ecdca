"""Names and links shared by every view: schools, channels, programmes, entry years, sessions."""

from __future__ import annotations

import datetime as dt
import posixpath

from ...dataset import Dataset
from ...model.notice import Event, Notice, Programme, Route
from ...timeline import closing_step, last_moment
from ..format import html, long_date, md, text, time
from ..labels import ui
from .table import Cell


def school_name(ds: Dataset, school_id: str) -> str:
    """A school's name, or its id if the data has no such school."""
    found = [s for s in ds.schools if s.id == school_id]
    return found[0].name if found else school_id


def channel_name(ds: Dataset, channel_id: str, lang: str) -> str:
    """A channel's name in `lang`, or its id if the registry has no such channel."""
    found = [c for c in ds.registry.channels if c.id == channel_id]
    return text(found[0].name, lang) if found else channel_id


def programme_name(notice: Notice, school_id: str, programme_id: str | None, lang: str) -> str:
    """A programme's name with its abbreviation ("Mécatronique (MKX)"); "" for no programme."""
    if programme_id is None:
        return ""
    for prog in notice.programmes + notice.options:
        if prog.id == programme_id and prog.school == school_id:
            name = text(prog.name, lang)
            return f"{name} ({prog.abbr})" if prog.abbr else name
    return programme_id


def notice_programmes(ds: Dataset, school_id: str) -> list[tuple[Notice, Programme]]:
    """The programmes and options a school's current notices name (a work-study option, an apprenticeship
    speciality), with their notice."""
    return [(n, p) for n in ds.current() for p in n.programmes + n.options if p.school == school_id]


def cost_routes(notice: Notice) -> list[Route]:
    """The notice's routes without student tuition (apprenticeship, continuing education), one per school,
    channel and cost: a programme's two entry years share theirs."""
    found: list[Route] = []
    for r in notice.routes:
        if r.tuition != "school" and not any((o.school, o.channel, o.cost) == (r.school, r.channel, r.cost) for o in found):
            found.append(r)
    return found


def entry_year(year: int, lang: str) -> str:
    """ "1re année" / "Year 1"."""
    return ui("year_n" if year == 1 else "year_n2", lang, n=year)


def session_path(notice: Notice) -> str:
    """The language-neutral source path of a session page: notices/ast/2026.md."""
    return f"notices/{notice.notice}/{notice.session}.md"


def session_url(notice: Notice) -> str:
    """The address of a session page under its language's root: notices/ast/2026/."""
    return f"notices/{notice.notice}/{notice.session}/"


def step_ics(notice: Notice, step: Event) -> str:
    """The path, under downloads/, of one step's own calendar file."""
    return f"steps/{notice.notice}-{notice.session}-{step.id}.ics"


def step_ics_cell(ds: Dataset, notice: Notice, step: Event, lang: str, here: str) -> Cell:
    """A calendar table's link to one step's file, named for a screen reader by its step and session, and by
    whom it is for where another step of the session has the same name (Alès's company search, year 1 and 2)."""
    target = posixpath.relpath(f"downloads/{step_ics(notice, step)}", posixpath.dirname(here))
    named = text(step.label, lang)
    if any(text(e.label, lang) == named for e in notice.events if e is not step):
        named = " — ".join(x for x in (named, event_scope(ds, notice, step, lang).replace("\\", "")) if x)
    name = ui("add_step_to_calendar", lang, step=f"{named} — {session_label(notice, lang)}")
    return Cell("", f'[ICS]({target}){{ aria-label="{html(name)}" }}')


def route_anchor(route: Route) -> str:
    """The id of a route's heading on its notice page, which the diploma matrix links to."""
    return f"route-{route.id}"


def session_label(notice: Notice, lang: str) -> str:
    """A notice session named briefly, for menus and table cells: its short title and session, else its title."""
    if notice.short_title:
        # "session 2026" / "2026 session", as the notices' own titles write it in each language.
        return f"{text(notice.short_title, lang)}, {ui('session_year', lang, year=notice.session)}"
    return text(notice.title, lang)


def school_path(school_id: str) -> str:
    """The source path of a school's page: schools/albi.md."""
    return f"schools/{school_id}.md"


def event_label(ev: Event, lang: str) -> str:
    """An event's name in plain text, with "(provisional)" where the notice says the date may change."""
    return text(ev.label, lang) + (f" ({ui('provisional', lang)})" if ev.provisional else "")


def moment(day: dt.date, hhmm: str | None, lang: str) -> str:
    """ "vendredi 20 mars 2026 à 23 h" / "Friday 20 March 2026 at 23:00"."""
    return long_date(day, lang) + (f" {ui('at', lang)} {time(hhmm, lang)}" if hhmm else "")


def event_when(ev: Event, lang: str) -> str:
    """When an event happens, in words: a day, a range, "from" a day or "until" a day."""
    start = moment(ev.start, ev.start_time, lang)
    if ev.open_ended:
        return f"{ui('from_date', lang)} {start}"
    if ev.until:
        return f"{ui('until_date', lang)} {start}"
    if ev.end and (ev.end != ev.start or ev.end_time):
        return span(start, moment(ev.end, ev.end_time, lang), lang)
    return start


def span(start: str, end: str, lang: str) -> str:
    """ "du … au …" / "… to …"."""
    return f"du {start} au {end}" if lang == "fr" else f"{start} to {end}"


def paris_time(timed: bool, lang: str) -> str:
    """ " (heure de Paris)" after a moment with a time: a reader abroad would read a bare "23 h" as their own."""
    return f" ({ui('paris_time', lang)})" if timed else ""


def applications_when(notice: Notice, lang: str) -> tuple[str, list[Event]]:
    """When a session takes applications, in words ("du … au … à 23 h"), and the steps that say so (for their
    sources): the platform's first opening, if the notice gives one, and the step that closes applications."""
    opening = min((e for e in notice.events if e.kind == "platform-open"), key=lambda e: (e.start, e.start_time or ""),
                  default=None)
    closing = closing_step(notice)
    day, hhmm = last_moment(closing)
    closes = moment(day, hhmm, lang)
    paris = paris_time(bool(hhmm or (opening and opening.start_time)), lang)
    if opening is None:
        return f"{ui('until_date', lang)} {closes}{paris}", [closing]
    opens = moment(opening.start, opening.start_time, lang)
    return span(opens, closes, lang) + paris, [opening, closing]


def event_scope(ds: Dataset, notice: Notice, ev: Event, lang: str) -> str:
    """Who an event is for, Markdown-safe; "" when it is for everyone of the notice."""
    parts = []
    if ev.schools and set(ev.schools) != set(notice.schools):
        parts.append(", ".join(school_name(ds, s) for s in ev.schools))
    if ev.channels and set(ev.channels) != set(notice.channels):
        parts.append(", ".join(channel_name(ds, c, lang) for c in ev.channels))
    if ev.entry_years:
        parts.append(", ".join(entry_year(y, lang) for y in ev.entry_years))
    if ev.programmes:
        schools = ev.schools or notice.schools
        parts.append(
            ", ".join(
                programme_name(notice, s, p, lang)
                for p in ev.programmes
                for s in schools
                if any(x.id == p and x.school == s for x in notice.programmes + notice.options)
            )
        )
    if ev.audience:
        parts.append(text(ev.audience, lang))
    return md(" — ".join(p for p in parts if p))
