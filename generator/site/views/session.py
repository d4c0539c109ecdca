"""One notice session page: routes with their rules, seats, dated steps and the application window."""

from __future__ import annotations

from ...dataset import Dataset
from ...model.notice import Event, FeeScheme, Notice, Route
from ...timeline import in_order, iso_moment, window
from ..format import day_date, eur, md, number, text
from ..labels import enum, ui
from ..sources import Citations
from . import conditions
from .common import (
    channel_name,
    entry_year,
    event_scope,
    event_when,
    programme_name,
    route_anchor,
    school_name,
    session_path,
    step_ics_cell,
)
from .table import Cell, Table, date_cell, number_cell, seat_cell


def sorted_events(notice: Notice) -> list[Event]:
    """The notice's steps as it writes them (its integration step whole, beside its periods' table)."""
    return in_order(notice.events)


def route_title(ds: Dataset, notice: Notice, route: Route, lang: str) -> str:
    """A route's heading: school, channel, programme and entry year."""
    parts = [
        school_name(ds, route.school),
        channel_name(ds, route.channel, lang),
        programme_name(notice, route.school, route.programme, lang),
        entry_year(route.entry_year, lang),
    ]
    return md(" — ".join(p for p in parts if p))


def route_rules(ds: Dataset, route: Route, lang: str, c: Citations) -> Table:
    """The rules of a route in order, then its fallback, as a table."""
    table = Table(["#", ui("rule_if", lang), ui("verdict", lang), ui("reason", lang)])
    for i, rule in enumerate(route.rules, 1):
        table.add(
            str(i),
            Cell("", conditions.describe(ds, rule.when, lang)),
            Cell(enum("verdict", rule.verdict, lang)),
            Cell(text(rule.reason, lang), md(text(rule.reason, lang)) + c.of(rule)),
        )
    fallback = route.otherwise
    table.add(
        "",
        Cell(ui("otherwise", lang)),
        Cell(enum("verdict", fallback.verdict, lang)),
        Cell(text(fallback.reason, lang), md(text(fallback.reason, lang)) + c.cite(fallback.source)),
    )
    return table


SEAT_HEADERS = ("school", "channel", "programme", "track", "entry_year", "seats")


def seat_rows(ds: Dataset, notice: Notice, lang: str, c: Citations, lines: list | None = None) -> list[list[Cell | str]]:
    """One row per seat line of a session (or of the given lines of it), in the order of SEAT_HEADERS."""
    return [
        [
            school_name(ds, line.school),
            ", ".join(channel_name(ds, ch, lang) for ch in line.channels),
            programme_name(notice, line.school, line.programme, lang),
            text(line.track, lang),
            entry_year(line.entry_year, lang),
            seat_cell(line.seats, lang, c.of(line)),
        ]
        for line in (notice.seats.lines if lines is None else lines)
    ]


def seats_table(ds: Dataset, notice: Notice, lang: str, c: Citations, lines: list | None = None) -> Table:
    """A session's seats, one row per seat line (or the lines given)."""
    table = Table([ui(h, lang) for h in SEAT_HEADERS])
    for row in seat_rows(ds, notice, lang, c, lines):
        table.add(*row)
    return table


def curricula(notice: Notice, lang: str, c: Citations) -> list[dict]:
    """Per programme with a curriculum: its units over the course, then one table per semester."""
    out = []
    hours = lambda h: number_cell(h, f"{number(h, lang)} h")
    for prog in notice.programmes:
        cur = prog.curriculum
        if cur is None:
            continue
        units = Table([ui("teaching_unit", lang), ui("title", lang), ui("hours_over_course", lang)])
        for u in cur.units:
            units.add(u.code, text(u.name, lang), hours(u.hours))
        semesters = []
        for sem in cur.semesters:
            table = Table([ui("teaching_unit", lang), ui("hours_col", lang), ui("courses", lang)])
            for u in sem.units:
                table.add(u.code, hours(u.hours), text(u.topics, lang))
            heading = ui("semester_hours" if sem.hours else "semester_in_company", lang)
            semesters.append(
                {"number": sem.number, "heading": heading.format(n=sem.number, h=number(sem.hours, lang)), "table": table}
            )
        name = text(prog.name, lang) + (f" ({prog.abbr})" if prog.abbr else "")
        out.append({"anchor": f"curriculum-{prog.id}", "name": name, "cite": c.of(cur), "units": units, "semesters": semesters})
    return out


def calendar_table(ds: Dataset, notice: Notice, lang: str, c: Citations) -> Table:
    """A session's dated steps in order, each with its calendar file."""
    table = Table([ui(h, lang) for h in ("date", "step", "for_whom", "add_to_calendar")])
    for ev in sorted_events(notice):
        label = md(text(ev.label, lang)) + (f" ({ui('provisional', lang)})" if ev.provisional else "")
        when = date_cell(ev.start, lang, ev.start_time)
        when.markdown = (
            f'<time datetime="{iso_moment(ev.start, ev.start_time)}">{md(event_when(ev, lang))}</time>'
        )
        table.add(
            when,
            Cell(text(ev.label, lang), label + c.of(ev)),
            Cell("", event_scope(ds, notice, ev, lang)),
            step_ics_cell(ds, notice, ev, lang, session_path(notice)),
        )
    return table


def fee_scheme_cells(scheme: FeeScheme, lang: str, c: Citations) -> list[Cell | str]:
    """Audience, first fee and additional fee of one fee scheme."""
    extra = (
        number_cell(scheme.additional_eur, eur(scheme.additional_eur, lang))
        if scheme.additional_eur is not None
        else Cell("", "—")
    )
    return [
        enum("fee_audience", scheme.audience, lang),
        number_cell(scheme.first_eur, eur(scheme.first_eur, lang), c.of(scheme)),
        extra,
    ]


def fee_rows(notice: Notice, lang: str, c: Citations) -> Table | None:
    """A session's application fees, one row per scheme; None where the notice states none."""
    if notice.fees is None:
        return None
    table = Table([ui("audience", lang), ui("fee_first", lang), ui("fee_additional", lang)])
    for scheme in notice.fees.schemes:
        table.add(*fee_scheme_cells(scheme, lang, c))
    return table


def shared_items(lists: list[list]) -> list:
    """The items found in every list, in the first list's order; none when there is a single list."""
    if len(lists) < 2:
        return []
    return [x for x in lists[0] if all(x in other for other in lists[1:])]


def pay_note(ds: Dataset, lang: str) -> str:
    """What a route with apprentice pay says of it: the grid is one document's, at one date."""
    grid = ds.recruiters.pay_grid
    return ui("apprentice_pay", lang).format(doc=grid.source.doc, date=day_date(grid.reference_date, lang))


def view(ds: Dataset, notice: Notice, lang: str, c: Citations) -> dict:
    """Everything the session template shows."""
    newest = ds.sessions(notice.notice)[0]
    # Shown once above the routes, not once per route.
    common = {
        "requirements": shared_items([r.requirements for r in notice.routes]),
        "notes": shared_items([r.notes for r in notice.routes]),
    }
    routes = [
        {
            "route": r,
            "title": route_title(ds, notice, r, lang),
            "anchor": route_anchor(r),
            "rules": route_rules(ds, r, lang, c),
            "requirements": [x for x in r.requirements if x not in common["requirements"]],
            "notes": [x for x in r.notes if x not in common["notes"]],
            "cost_unstated": "course_cost" in r.unstated,
        }
        for r in notice.routes
    ]
    title = text(notice.title, lang)
    return {
        "notice": notice,
        # Most titles name their session already ("…, session 2026"): say it once.
        "heading": title if notice.session in title else f"{title} — {ui('session_year', lang, year=notice.session).capitalize()}",
        "current": ds.is_current(notice),
        "newest": newest,
        "newest_path": session_path(newest),
        "other_sessions": [s for s in ds.sessions(notice.notice) if s is not notice],
        "document": ds.document(notice.document),
        "schools": [school_name(ds, s) for s in notice.schools],
        "channels": [channel_name(ds, ch, lang) for ch in notice.channels],
        "window": window(notice),
        "routes": routes,
        "common": common,
        "seats": seats_table(ds, notice, lang, c).without_empty_columns(),
        "calendar": calendar_table(ds, notice, lang, c),
        "fees": fee_rows(notice, lang, c),
        "fee_channels": ", ".join(channel_name(ds, ch, lang) for ch in (notice.fees.channels if notice.fees else [])),
        "phases": sorted(notice.phases, key=lambda p: p.order),
        "curricula": curricula(notice, lang, c),
        "pay_note": pay_note(ds, lang),
    }
