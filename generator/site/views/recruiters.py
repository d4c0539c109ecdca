"""Recruiters' pages: hiring steps, actors, cost and funding, the minimum-pay grid, the week rhythm."""

from __future__ import annotations

import itertools

from babel.lists import format_list

from ...dataset import Dataset
from ...model.notice import Notice
from ...timeline import in_order, window
from ..format import day_date, eur, percent, text
from ..labels import WEEK_KIND, counted, enum, ui
from ..sources import Citations
from .common import channel_name, entry_year, event_scope, event_when, programme_name, school_name
from .session import seats_table
from .table import Cell, Table, number_cell

PAGES = ("index", "pay", "rhythm")
TITLES = {"index": "recruiters", "pay": "pay_grid", "rhythm": "rhythm"}


def pay_table(ds: Dataset, lang: str, c: Citations) -> Table:
    """Age band x contract year: percentage of the minimum wage and euros per month."""
    grid = ds.recruiters.pay_grid
    years = sorted({cell.year for band in grid.bands for cell in band.cells})
    table = Table(
        [ui("age", lang), *[ui("year_n" if y == 1 else "year_n2", lang, n=y) for y in years]],
        name="apprentice-pay",
    )
    for band in grid.bands:
        cells = []
        for y in years:
            found = [cell for cell in band.cells if cell.year == y]
            if not found:
                cells.append(Cell("", "—"))
                continue
            cell = found[0]
            shown = (
                f"{percent(cell.percent_smic, lang)} {ui('of_smic', lang)}, {eur(cell.eur_per_month, lang)} "
                f"{ui('per_month', lang)}"
            )
            cells.append(number_cell(cell.eur_per_month, shown))
        table.add(text(band.label, lang), *cells)
    return table


def pay_rows(ds: Dataset, lang: str, c: Citations) -> Table:
    """The pay grid as one row per age band and year, for the CSV: the percentage, which the law sets, and
    the euros of the grid's date, in columns of their own, each row citing the grid, its reading note and the
    footnotes printed under it (what the "*" of an age band means, among them)."""
    grid = ds.recruiters.pay_grid
    notes = [*([grid.caveat] if grid.caveat else []), *grid.footnotes]
    cited = c.of(grid) + "".join(c.cite(grid.source, note) for note in notes)
    table = Table(
        [ui("age", lang), ui("course_year", lang), ui("percent_of_smic", lang),
         ui("eur_per_month_at", lang, date=day_date(grid.reference_date, lang))],
        name="apprentice-pay",
    )
    for band in grid.bands:
        for cell in sorted(band.cells, key=lambda c: c.year):
            table.add(text(band.label, lang), str(cell.year), number_cell(cell.percent_smic, ""),
                      number_cell(cell.eur_per_month, "", cited))
    return table


def rhythm_view(ds: Dataset, lang: str) -> list[dict]:
    """Each rhythm as weeks x course years, with a class per kind of week for the visual grid."""
    out = []
    for rhythm in ds.recruiters.rhythms:
        years = max(len(w.years) for w in rhythm.weeks)
        weeks = []
        for w in rhythm.weeks:
            cells = []
            for i, kind in enumerate(w.years):
                label = w.labels[i] if i < len(w.labels) else None
                cells.append(
                    {
                        "kind": kind,
                        "name": enum("week_kind", kind, lang),
                        "label": text(label, lang),
                        "letter": enum("week_short", kind, lang),
                    }
                )
            weeks.append({"week": w.week, "start": w.start, "end": w.end, "cells": cells})
        # A grid of "unknown" tells a recruiter nothing: where no week's kind survived, only the labelled
        # weeks are listed.
        known = any(c["kind"] != "unknown" and not c["label"] for w in weeks for c in w["cells"])
        out.append(
            {
                "rhythm": rhythm,
                "counts": _week_counts(weeks, years, lang) if known else [],
                "school": school_name(ds, rhythm.school),
                "years": list(range(1, years + 1)),
                "weeks": weeks,
                "known": known,
                "labelled": [
                    {**w, "labels": [(y, c["label"]) for y, c in enumerate(w["cells"], 1) if c["label"]]}
                    for w in weeks
                    if any(c["label"] for c in w["cells"])
                ],
                "kinds": [
                    (k, enum("week_short", k, lang), enum("week_kind", k, lang))
                    for k in WEEK_KIND
                    if any(c["kind"] == k for w in weeks for c in w["cells"])
                ],
            }
        )
    return out


def _week_counts(weeks: list[dict], years: int, lang: str) -> list[dict]:
    """Per course year, the grid's school and company weeks, its company periods (runs of company weeks) and
    its other weeks by label, with the sentence that says them: counted, not typed, so that they follow the
    grid."""
    counts = []
    for y in range(years):
        kinds = [w["cells"][y]["kind"] for w in weeks]
        n = {
            "year": y + 1,
            "school": kinds.count("school"),
            "company": kinds.count("company"),
            "periods": sum(1 for kind, _ in itertools.groupby(kinds) if kind == "company"),
            # An event week without a label is named by its kind.
            "events": [cell["label"] or cell["name"] for cell in (w["cells"][y] for w in weeks)
                       if cell["kind"] == "event"],
        }
        parts = [counted("rhythm_school_weeks", n["school"], lang)] if n["school"] else []
        if n["company"]:
            parts.append(counted("rhythm_company_weeks", n["company"], lang,
                                 periods=counted("rhythm_periods", n["periods"], lang)))
        parts += [ui("rhythm_event_week", lang, label=label) for label in n["events"]]
        n["text"] = ui("rhythm_count", lang, year=entry_year(y + 1, lang),
                       weeks=format_list(parts, locale=lang) if parts else "—")
        counts.append(n)
    return counts


# The page a funding item leads to (its `see`): its title's label, and its file.
SEE = {"pay": ("pay_grid", "recruiters/pay.md"), "rhythm": ("rhythm", "recruiters/rhythm.md")}


def view(ds: Dataset, lang: str, c: Citations, name: str) -> dict:
    """The context of one recruiters' page (`name`: index, pay or rhythm)."""
    if name == "pay":
        grid = ds.recruiters.pay_grid
        # What the guides say of the pay besides the grid (charges, tax): their "pay" facts and the funding
        # items that lead to this page.
        charges = [
            {"school": school_name(ds, g.school), "title": title, "item": item}
            for g in ds.recruiters.guides
            for title, item in [*((f.label, f) for f in g.funding if f.see == "pay"),
                                *((f.title, f) for f in g.facts if f.topic == "pay")]
        ]
        return {"grid": grid, "document": ds.document(grid.source.doc), "table": pay_table(ds, lang, c),
                "charges": charges}
    if name == "rhythm":
        # Each guide's own words on the time split, first: Alès gives its weeks per year but no week planning.
        splits = [
            {"school": school_name(ds, g.school), "facts": [f for f in g.facts if f.topic == "hours"]}
            for g in ds.recruiters.guides
            if any(f.topic == "hours" for f in g.facts)
        ]
        return {"splits": splits, "rhythms": rhythm_view(ds, lang)}
    guides = [
        {
            "guide": g,
            "school": school,
            # A guide's title names its school already ("… d'un ingénieur IMT Mines Albi"): not twice.
            "heading": title if school in title else f"{title} — {school}",
            "anchor": f"guide-{g.school}-{g.document}",  # the same in both languages, as a prefix of its sections'
            # Its sections' headings repeat from guide to guide ("Good to know"): this tells them apart in search.
            "whose": f"{school}, {ui('document', lang).lower()} {g.document}",
            "steps": sorted(g.steps, key=lambda s: s.order),
            # The contacts its actors point at, listed above under "Whom to contact".
            "contacts": {ct.id: ct for ct in ds.school(g.school).contacts if ct.id},
            "funding": [(f, ds.route_cost(f.cost_of, g.school) if f.cost_of else None, SEE.get(f.see))
                        for f in g.funding],
            "document": ds.document(g.document),
            # A brochure that is also a session's notice (004, Alès 2022): that page holds the rest of it
            # (jobs, skills, host companies, programme), which the guide does not repeat.
            "sessions": [nf.notice for nf in ds.notices if nf.notice.document == g.document],
        }
        for g in ds.recruiters.guides
        for school, title in [(school_name(ds, g.school), text(g.title, lang))]
    ]
    contacts = [
        {"id": school.id, "school": school.name, "contacts": [ct for ct in school.contacts if ct.companies]}
        for school in ds.schools
        if any(ct.companies for ct in school.contacts)
    ]
    hiring = {r.school for n in ds.current() for r in n.routes if r.channel == "apprenticeship"}
    return {
        "contacts": contacts,
        "without_apprenticeship": [school.name for school in ds.schools if school.id not in hiring],
        "guides": guides,
        "notices": [company_view(ds, n, lang, c) for n in ds.current() if _hires(n)],
    }


# What a company needs from an apprenticeship notice: its dates (from the admission results, when admitted
# candidates look for a company, to the start), its conditions, the course's cost.
COMPANY_EVENTS = ("admission-results", "company-search", "final-list", "course-start")
COMPANY_TOPICS = ("company", "admission", "course")  # the course: its hours, rhythm, start and levelling week
# The channels where the company signs the contract and employs the student.
COMPANY_CHANNELS = ("apprenticeship", "professionalisation")


def _hires(notice: Notice) -> bool:
    return any(r.channel == "apprenticeship" for r in notice.routes)


def company_view(ds: Dataset, notice: Notice, lang: str, c: Citations) -> dict:
    """The newest session of an apprenticeship notice, as a recruiter reads it."""
    hiring = [r for r in notice.routes if r.channel in COMPANY_CHANNELS]
    seats = seats_table(ds, notice, lang, c, [ln for ln in notice.seats.lines
                                              if set(ln.channels) & set(COMPANY_CHANNELS)])
    apprenticeship_notes = {n.text.fr for r in hiring if r.channel == "apprenticeship" for n in r.notes}
    return {
        "notice": notice,
        "window": window(notice),
        "events": [
            (e, event_when(e, lang), event_scope(ds, notice, e, lang)) for e in in_order(notice.events)
            if e.kind in COMPANY_EVENTS and (not e.channels or set(e.channels) & set(COMPANY_CHANNELS))
        ],
        "seats": seats.without_empty_columns(),
        "clauses": [cl for cl in notice.clauses if cl.topic in COMPANY_TOPICS],
        "costs": _costs(ds, notice, hiring, lang),
        # The other contracts' own clauses (professionalisation: "ask the school"): what the notice says of
        # them and not of apprenticeship, whose clauses are on the page already.
        "contracts": [
            {
                "name": channel_name(ds, ch, lang),
                "notes": list({n.text.fr: n for r in routes for n in r.notes
                               if n.text.fr not in apprenticeship_notes}.values()),
                "pay_unstated": not any(r.apprentice_pay for r in routes),
            }
            for ch in COMPANY_CHANNELS[1:]
            for routes in [[r for r in hiring if r.channel == ch]]
            if routes
        ],
    }


def _costs(ds: Dataset, notice: Notice, routes: list, lang: str) -> list[dict]:
    """One line per contract (and per programme where the notice prices them apart): the amount and who
    pays, or that the notice says neither. Said, not left out: a recruiter would otherwise take another
    school's or contract's figure for this one."""
    out = []
    for ch in COMPANY_CHANNELS:
        mine = [r for r in routes if r.channel == ch]
        costed = {(r.programme, r.cost.payer.fr, r.cost.eur_per_year): r for r in mine if r.cost}
        for r in costed.values():
            name = channel_name(ds, ch, lang)
            if len(costed) > 1 and r.programme:
                name += f" — {programme_name(notice, r.school, r.programme, lang)}"
            out.append({"name": name, "cost": r.cost})
        if mine and len(costed) < len({r.programme for r in mine}):
            out.append({"name": channel_name(ds, ch, lang), "cost": None})
    return out
