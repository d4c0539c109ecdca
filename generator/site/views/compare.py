"""Comparison pages across schools and notices: channels, seats, dates, fees, diplomas, options."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from operator import itemgetter

from slugify import slugify

from wizard.profile import UNLISTED, Catalogue, parse_profile
from wizard.verdict import first_rule

from ...dataset import Dataset
from ...model.notice import Event, Notice, Route
from ...model.rule import Requirement
from ...rules import specialty_lists
from ...timeline import iso_moment, open_span, steps, window
from ..format import colon, eur, html, md, semicolon, text
from ..labels import DIPLOMA_KIND, enum, ui
from ..sources import Citations
from .common import (
    channel_name,
    cost_routes,
    entry_year,
    event_label,
    event_scope,
    event_when,
    notice_programmes,
    programme_name,
    route_anchor,
    school_name,
    session_label,
    session_path,
    session_url,
    step_ics_cell,
)
from .session import SEAT_HEADERS, fee_scheme_cells, seat_rows
from .table import Cell, Table, key_attrs, number_cell, row_keys

PAGES = ("channels", "seats", "calendar", "fees", "diplomas", "options")


def _session_link(notice: Notice, lang: str, here: str) -> Cell:
    target = posixpath.relpath(session_path(notice), posixpath.dirname(here))
    # The short label keeps the column narrow; the full title is the CSV's text and the link's tooltip.
    title, label = text(notice.title, lang), session_label(notice, lang)
    tooltip = f' "{html(title)}"' if title != label else ""
    return Cell(title, f"[{md(label)}]({target}{tooltip})")


def channels_table(ds: Dataset, lang: str, c: Citations, here: str) -> Table:
    """Schools x channels: which entry years each school offers on each channel, and in which notice."""
    channels = [ch.id for ch in ds.registry.channels]
    table = Table([ui("school", lang), *[channel_name(ds, ch, lang) for ch in channels]], name="channels")
    for school in ds.schools:
        cells = []
        for ch in channels:
            offers = []
            plain = []
            for notice in ds.current():
                routes = sorted(
                    (r for r in notice.routes if r.school == school.id and r.channel == ch),
                    key=lambda r: r.entry_year,
                )
                # Each entry year as the route names its level: "1re année du cycle ingénieur (Licence L3)"
                # says which titles it takes, where the school differs from the channel's definition.
                levels = list(dict.fromkeys(text(r.level, lang) for r in routes))
                if levels:
                    label = semicolon(lang).join(levels)
                    link = _session_link(notice, lang, here)
                    offers.append(f"{md(label)} ({link.md})")
                    plain.append(f"{label} ({link.text})")
            cells.append(Cell(semicolon(lang).join(plain), "<br>".join(offers) or "—"))
        table.add(school.name, *cells)
    return table


def seats_table(ds: Dataset, lang: str, c: Citations, here: str) -> Table:
    """The seat lines of every current session, with a link to each session. The last cell marks the line's
    school, channels and entry year for the page's filter form."""
    table = Table([*(ui(h, lang) for h in SEAT_HEADERS), ui("session", lang)], name="seats")
    for notice in ds.current():
        link = _session_link(notice, lang, here)
        for line, row in zip(notice.seats.lines, seat_rows(ds, notice, lang, c), strict=True):
            keys = row_keys(school=[line.school], channel=line.channels, year=[str(line.entry_year)])
            table.add(*row, Cell(link.text, link.md + keys))
    return table


def _filter_lists(ds: Dataset, schools: set[str], channels: set[str], lang: str) -> dict[str, list[tuple[str, str]]]:
    """A filter form's school and channel lists, (value, name) pairs: the given ones, in the registry's order."""
    return {
        "school": [(s.id, s.name) for s in ds.schools if s.id in schools],
        "channel": [(ch.id, channel_name(ds, ch.id, lang)) for ch in ds.registry.channels if ch.id in channels],
    }


def seats_filters(ds: Dataset, lang: str) -> dict[str, list[tuple[str, str]]]:
    """The seats page's school, channel and entry-year lists: those of its lines."""
    lines = [line for n in ds.current() for line in n.seats.lines]
    return {
        **_filter_lists(ds, {line.school for line in lines}, {ch for line in lines for ch in line.channels}, lang),
        "year": [(str(y), entry_year(y, lang)) for y in sorted({line.entry_year for line in lines})],
    }


def _current_steps(ds: Dataset) -> list[tuple[Notice, Event, str, str]]:
    """Every dated step of the current sessions with its open span, in date order (then notice, then id)."""
    spans = {n.notice: window(n) for n in ds.current()}  # each window reads every step of its session
    rows = [(n, ev, *open_span(ev, spans[n.notice])) for n in ds.current() for ev in steps(n)]
    return sorted(rows, key=lambda r: (r[1].start, r[1].start_time or "", r[0].notice, r[1].id))


def _step_scope(notice: Notice, ev: Event) -> tuple[list[str], list[str]]:
    """The schools and channels a step is for: its own, or else its notice's."""
    return list(ev.schools or notice.schools), list(ev.channels or notice.channels)


def calendar_filters(ds: Dataset, lang: str) -> dict[str, list[tuple[str, str]]]:
    """The calendar's school and channel lists: those of its steps. Its steps only, not their order or open
    span, which the table computes."""
    schools, channels = set(), set()
    for notice in ds.current():
        for ev in steps(notice):
            ss, cs = _step_scope(notice, ev)
            schools.update(ss)
            channels.update(cs)
    return _filter_lists(ds, schools, channels, lang)


def calendar_table(ds: Dataset, lang: str, c: Citations, here: str) -> Table:
    """Every dated step of the current sessions, sorted; the status is filled in by the browser, which also
    filters the rows by the schools and channels each status names."""
    table = Table(
        [ui(h, lang) for h in ("date", "event", "for_whom", "session", "status", "add_to_calendar")],
        name="calendar",
    )
    for notice, ev, start, end in _current_steps(ds):
        day, hhmm = ev.start, ev.start_time or ""
        label = event_label(ev, lang)
        when = event_when(ev, lang)
        schools, channels = _step_scope(notice, ev)
        # Results count as open while they can be read (timeline.open_span), which their row says as "published".
        opened = "row_published" if ev.kind.endswith("-results") else "row_open"
        status = (
            f'<span class="event-status row-keys" data-start="{start}" data-end="{end}"'
            f'{key_attrs(school=schools, channel=channels)} '
            f'data-open="{ui(opened, lang)}" data-closed="{ui("row_closed", lang)}" '
            f'data-upcoming="{ui("row_upcoming", lang)}">—</span>'
        )
        scope = event_scope(ds, notice, ev, lang)
        table.add(
            Cell(
                f"{day.isoformat()} {hhmm}".strip(),
                f'<time datetime="{iso_moment(day, hhmm or None)}">{md(when)}</time>',
            ),
            Cell(label, md(label) + c.of(ev)),
            Cell(scope.replace("\\", ""), scope),
            _session_link(notice, lang, here),
            Cell("", status),
            step_ics_cell(ds, notice, ev, lang, here),
        )
    return table


def calendar_rows(ds: Dataset, lang: str, c: Citations) -> Table:
    """The calendar for the CSV: dates and times in columns of their own (ISO, which spreadsheets read), and
    what the page says in words ("until", "from") as a column; no status, which depends on the day."""
    table = Table(
        [ui("start_date", lang), ui("start_time", lang), ui("end_date", lang), ui("end_time", lang),
         ui("date_qualifier", lang), ui("event", lang), ui("for_whom", lang), ui("session", lang)],
        name="calendar",
    )
    for notice, ev, _, _ in _current_steps(ds):
        qualifier = ui("until_date", lang) if ev.until else ui("from_date", lang) if ev.open_ended else ""
        label = event_label(ev, lang)
        table.add(
            ev.start.isoformat(), ev.start_time or "", ev.end.isoformat() if ev.end else "", ev.end_time or "",
            qualifier, Cell(label, md(label) + c.of(ev)), event_scope(ds, notice, ev, lang).replace("\\", ""),
            session_label(notice, lang),
        )
    return table


def fees_table(ds: Dataset, lang: str, c: Citations, here: str) -> Table:
    """The application fees of every current session, one row per scheme, with how often each is charged and
    whom it is paid to."""
    table = Table(
        [
            ui("session", lang),
            ui("audience", lang),
            ui("fee_first", lang),
            ui("fee_additional", lang),
            ui("fee_per", lang),
            ui("payee", lang),
        ],
        name="application-fees",
    )
    for notice in ds.current():
        if notice.fees is None:
            table.add(_session_link(notice, lang, here), "—", ui("no_fee", lang), "—", "—", "—")
            continue
        payee = text(notice.fees.payee.text, lang)
        payee_cell = Cell(payee, md(payee) + c.of(notice.fees.payee))
        per = enum("fee_per", notice.fees.per, lang)
        if notice.fees.channels:
            scope = ", ".join(channel_name(ds, ch, lang) for ch in notice.fees.channels)
            per = f"{per} ({ui('fee_channels', lang).lower()} {scope})"
        for scheme in notice.fees.schemes:
            table.add(_session_link(notice, lang, here), *fee_scheme_cells(scheme, lang, c), per, payee_cell)
    return table


def tuition_table(ds: Dataset, lang: str, c: Citations, here: str) -> Table:
    """Each school's tuition per year (EU, non-EU, scholarship holders), with its source."""
    table = Table(
        [
            ui("school", lang),
            ui("tuition_eu", lang),
            ui("tuition_non_eu", lang),
            ui("scholarship", lang),
            ui("academic_year", lang),
        ],
        name="tuition",
    )
    for school in ds.schools:
        for tu in school.tuition:
            if tu.scholarship is not None:
                grant = text(tu.scholarship, lang)
            elif tu.scholarship_exempt:
                grant = ui("exempt", lang)
            else:
                grant = ui("not_stated", lang)
            table.add(
                school.name,
                number_cell(tu.eu_eur, eur(tu.eu_eur, lang), c.of(tu)),
                number_cell(tu.non_eu_eur, eur(tu.non_eu_eur, lang), c.of(tu)),
                grant,
                tu.academic_year or ui("not_stated", lang),
            )
    return table


def course_cost_table(ds: Dataset, lang: str, c: Citations, here: str) -> Table:
    """What a course costs on the channels without student tuition (apprenticeship, continuing education),
    and who pays it, where the notice says so."""
    table = Table(
        [ui("session", lang), ui("school", lang), ui("channel", lang), ui("payer", lang), ui("per_year_col", lang)],
        name="course-costs",
    )
    for notice in ds.current():
        for r in cost_routes(notice):
            payer = (
                Cell(ui("not_stated", lang)) if r.cost is None
                else Cell(text(r.cost.payer, lang), md(text(r.cost.payer, lang)) + c.of(r.cost))
            )
            per_year = r.cost.eur_per_year if r.cost else None
            amount = Cell("", "—") if per_year is None else number_cell(per_year, eur(per_year, lang))
            table.add(
                _session_link(notice, lang, here),
                school_name(ds, r.school),
                channel_name(ds, r.channel, lang),
                payer,
                amount,
            )
    return table


@dataclass
class Matrix:
    """Accepted diplomas: one row per (diploma kind, speciality) a rule names, one column per route."""

    columns: list[str]
    asks: list[bool] = field(default_factory=list)
    """Per column: the route also sets conditions for every candidate (listed under the table)."""
    rows: list[dict] = field(default_factory=list)
    kinds: list[tuple[str, str]] = field(default_factory=list)
    specialities: list[tuple[str, str]] = field(default_factory=list)
    routes: list[dict[str, str]] = field(default_factory=list)
    """Per column: its route's school and channel ids, by which the page's filters show columns."""
    schools: list[tuple[str, str]] = field(default_factory=list)
    channels: list[tuple[str, str]] = field(default_factory=list)
    requirements: list[tuple[str, list[Requirement]]] = field(default_factory=list)
    """What each route asks of every candidate whatever the diploma (age, experience): not in the cells."""
    table: Table | None = None


def diplomas_matrix(ds: Dataset, lang: str, c: Citations, here: str) -> Matrix:
    """One row per diploma kind and catalogue speciality, plus an "other or unlisted speciality" row per kind;
    a cell is the wizard's verdict (wizard/verdict.py) for that diploma alone: obtained in France, ECTS,
    age and experience not given, no answer to the scientific-speciality question."""
    routes: list[tuple[Notice, Route]] = [(n, r) for n in ds.current() for r in n.routes]
    headers = []
    for notice, route in routes:
        parts = [
            school_name(ds, route.school),
            channel_name(ds, route.channel, lang),
            programme_name(notice, route.school, route.programme, lang),
            entry_year(route.entry_year, lang),
        ]
        headers.append(" — ".join(p for p in parts if p))
    catalogue = Catalogue(
        list(DIPLOMA_KIND),
        [d.model_dump(include={"slug", "kinds", "aliases"}) for d in ds.registry.diplomas],
        prior_for=[],  # the matrix's profiles hold one diploma
        lists=specialty_lists(ds),  # as the wizard's form and engine have them
    )
    # Each condition dumped once, in the shape the engine reads from rules.json.
    conditions = [[(r.when.model_dump(exclude_none=True), r) for r in route.rules] for _, route in routes]
    # A cell links to its route's rules on the notice page and names its source on hover: a footnote per
    # cell would put hundreds of references on one page.
    page_dir = posixpath.splitext(here)[0]
    targets = [f"{posixpath.relpath(session_url(n), page_dir)}/#{route_anchor(r)}" for n, r in routes]
    matrix = Matrix(headers, [bool(route.requirements) for _, route in routes])
    # The CSV says in its headers what the page says around the matrix: the diploma is French, and a route
    # may set conditions for every candidate.
    asked = [
        f"{h} ({ui('requirements', lang)}{colon(lang)} {semicolon(lang).join(text(q.reason, lang) for q in r.requirements)})"
        if r.requirements else h
        for h, (_, r) in zip(headers, routes, strict=True)
    ]
    table = Table([ui("diploma_kind_france", lang), ui("speciality", lang), *asked], name="diplomas")
    for kind in DIPLOMA_KIND:
        # In the order of the names printed on the diplomas, as the wizard lists them, in both languages.
        entries = sorted((d for d in ds.registry.diplomas if kind in d.kinds), key=lambda d: slugify(d.written))
        # A kind with listed specialities gets a row for the others; a kind without, one row for any.
        unlisted = ui("other_speciality" if entries else "any_speciality", lang)
        # The others are what the wizard's form sends for them (UNLISTED); "any" is a speciality not given,
        # which some rules of the notices speak of (specialty_given: false), others not (then: not in a list).
        others = UNLISTED if entries else None
        rows = [("*", unlisted, unlisted, ""), *((d.slug, d.label(lang), d.written, d.translation(lang)) for d in entries)]
        for slug, name, written, translation in rows:
            profile = parse_profile({"diploma": kind, "specialty": others if slug == "*" else slug, "age": 0}, catalogue)
            row_cells = []
            for (_, route), rules, target in zip(routes, conditions, targets, strict=True):
                found = first_rule(rules, profile, when=itemgetter(0))
                rule = found[1] if found else route.otherwise
                row_cells.append(
                    {
                        "verdict": rule.verdict,
                        "label": enum("verdict", rule.verdict, lang),
                        "href": target,
                        "title": c.plain(rule.source),
                        "cite": c.of(rule),
                    }
                )
            kind_label = enum("diploma_kind", kind, lang)
            matrix.rows.append(
                {
                    "kind": kind,
                    "kind_label": kind_label,
                    "slug": slug,
                    "speciality": name,
                    "written": written,
                    "translation": translation,
                    "cells": row_cells,
                }
            )
            # Each verdict cites its rule, so that the CSV's row ends with the rules' sources and reading notes.
            table.add(kind_label, name, *(Cell(cell["label"], cell["label"] + cell["cite"]) for cell in row_cells))
    matrix.kinds = [(k, enum("diploma_kind", k, lang)) for k in DIPLOMA_KIND]
    matrix.routes = [{"school": route.school, "channel": route.channel} for _, route in routes]
    matrix.schools = list(dict.fromkeys((r.school, school_name(ds, r.school)) for _, r in routes))
    matrix.channels = list(dict.fromkeys((r.channel, channel_name(ds, r.channel, lang)) for _, r in routes))
    matrix.requirements = [(h, route.requirements) for h, (_, route) in zip(headers, routes, strict=True) if route.requirements]
    seen = {r["slug"]: r["speciality"] for r in matrix.rows if r["slug"] != "*"}
    matrix.specialities = [("*", ui("unlisted_rows", lang)), *sorted(seen.items(), key=lambda kv: slugify(kv[1]))]
    matrix.table = table
    return matrix


def options_table(ds: Dataset, lang: str, c: Citations, here: str) -> Table:
    """Options and specialities side by side: one column per school, one row per course that has options,
    then the programmes of the current notices."""
    courses = ["student", "work-study", "apprenticeship"]
    table = Table([ui("course", lang), *[s.name for s in ds.schools]], name="options")
    for course in courses:
        cells = []
        for school in ds.schools:
            items = [o for o in school.options if o.course == course]
            shown = []
            plain = []
            for o in items:
                name = text(o.name, lang) + (f" ({o.short})" if o.short else "")
                tracks = ", ".join(text(t.name, lang) for t in o.tracks)
                plain.append(name + (f" [{tracks}]" if tracks else ""))
                shown.append(
                    md(name)
                    + f" ({enum('option_kind', o.kind, lang)})"
                    + c.of(o)
                    + (f" — {ui('tracks', lang)}{colon(lang)} {md(tracks)}" if tracks else "")
                )
            cells.append(Cell(semicolon(lang).join(plain), "<br>".join(shown) or "—"))
        if any(c.text for c in cells):
            table.add(f"{ui('options', lang)} ({enum('course', course, lang)})", *cells)
    programmes = []
    for school in ds.schools:
        found = notice_programmes(ds, school.id)
        shown = [
            md(programme_name(n, p.school, p.id, lang))
            + c.of(p)
            + (
                f" — {md(', '.join(text(t.name, lang) for t in p.tracks + p.options))}{c.all_of(p.tracks + p.options)}"
                if p.tracks or p.options
                else ""
            )
            for n, p in found
        ]
        plain = [programme_name(n, p.school, p.id, lang) for n, p in found]
        programmes.append(Cell(semicolon(lang).join(plain), "<br>".join(shown) or "—"))
    table.add(ui("notice_programmes", lang), *programmes)
    return table


def tables(ds: Dataset, lang: str, c: Citations, here: str = "compare/index.md") -> dict[str, Table]:
    """Every downloadable comparison table, by CSV name, in its CSV form (the calendar's has columns of its own)."""
    found = [
        channels_table(ds, lang, c, here),
        seats_table(ds, lang, c, here),
        calendar_rows(ds, lang, c),
        fees_table(ds, lang, c, here),
        tuition_table(ds, lang, c, here),
        course_cost_table(ds, lang, c, here),
        diplomas_matrix(ds, lang, c, here).table,
        options_table(ds, lang, c, here),
    ]
    return {t.name: t for t in found}


def view(ds: Dataset, lang: str, c: Citations, name: str) -> dict:
    """The context of one comparison page (`name`: one of PAGES)."""
    here = f"compare/{name}.md"
    if name == "channels":
        return {"table": channels_table(ds, lang, c, here), "channels": ds.registry.channels}
    if name == "seats":
        # Each notice named briefly: the full titles repeated on every line drowned the figures.
        totals = [(session_label(n, lang), t) for n in ds.current() for t in n.seats.totals]
        notes = [(session_label(n, lang), t) for n in ds.current() for t in n.seats.notes]
        return {
            "table": seats_table(ds, lang, c, here),
            "filters": seats_filters(ds, lang),
            "totals": totals,
            "notes": notes,
        }
    if name == "calendar":
        return {
            "table": calendar_table(ds, lang, c, here),
            "filters": calendar_filters(ds, lang),
            "icals": [(ch.id, md(text(ch.name, lang))) for ch in ds.registry.channels],
        }
    if name == "fees":
        return {
            "fees": fees_table(ds, lang, c, here),
            "tuition": tuition_table(ds, lang, c, here),
            "costs": course_cost_table(ds, lang, c, here),
        }
    if name == "diplomas":
        return {"matrix": diplomas_matrix(ds, lang, c, here)}
    return {"table": options_table(ds, lang, c, here)}


def index_view(ds: Dataset, lang: str, c: Citations) -> dict:
    """The context of the comparisons' index: the list of their pages."""
    return {"pages": PAGES}
