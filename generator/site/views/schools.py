"""School pages: identity, contacts, tuition, housing, figures, options, and the channels it offers."""

from __future__ import annotations

from ...dataset import Dataset
from ...model.school import School
from ..format import eur, number, text
from ..labels import enum, ui
from ..sources import Citations
from .common import channel_name, cost_routes, entry_year, notice_programmes, programme_name
from .table import Cell, Table, number_cell


def offers(ds: Dataset, school: School, lang: str) -> list[dict]:
    """The school's current routes under the notice of each (one link per notice, not one per route): channel,
    programme, entry year."""
    found = []
    for notice in ds.current():
        routes = [
            {
                "channel": channel_name(ds, route.channel, lang),
                "programme": programme_name(notice, school.id, route.programme, lang),
                "year": entry_year(route.entry_year, lang),
                "level": text(route.level, lang),
            }
            for route in notice.routes if route.school == school.id
        ]
        if routes:
            found.append({"notice": notice, "routes": routes})
    return found


def course_costs(ds: Dataset, school: School, lang: str) -> list[dict]:
    """What the school's current routes without student tuition cost per year, and who pays, where a notice says
    so (the fees page's course-cost table, for this school)."""
    return [
        {"notice": notice, "channel": channel_name(ds, r.channel, lang), "cost": r.cost}
        for notice in ds.current()
        for r in cost_routes(notice)
        if r.school == school.id and r.cost
    ]


def _quantity(value: float, unit: str, lang: str, upto: float | None = None) -> str:
    """A figure with its unit: "11 500 €", "98 %" in French, "98%" in English, "9 à 12 semaines"."""
    if unit == "year":
        return f"{value:.0f}"
    if unit == "eur":
        return eur(value, lang)
    amount = number(value, lang)
    if upto is not None:
        amount += f" {ui('range_to', lang)} {number(upto, lang)}"
    gap = "" if unit == "percent" and lang == "en" else " "
    return f"{amount}{gap}{enum('unit', unit, lang)}".strip()


def figures_table(school: School, lang: str, c: Citations) -> Table:
    """Published figures; the benchmark column only where some figure has one."""
    benchmarks = any(fig.benchmark is not None for fig in school.figures)
    table = Table([ui("figure", lang), ui("value", lang), *([ui("benchmark", lang)] if benchmarks else [])])
    for fig in school.figures:
        cells = [text(fig.label, lang), number_cell(fig.value, _quantity(fig.value, fig.unit, lang, fig.value_max), c.of(fig))]
        if benchmarks:
            bench = "" if fig.benchmark is None else _quantity(fig.benchmark, fig.unit, lang)
            if bench and fig.benchmark_label:
                bench += f" ({text(fig.benchmark_label, lang)})"
            cells.append(Cell(bench))
        table.add(*cells)
    return table


def view(ds: Dataset, lang: str, c: Citations, school: School) -> dict:
    """A school's page: its offers, course costs, figures and programmes."""
    return {
        "school": school,
        "offers": offers(ds, school, lang),
        "costs": course_costs(ds, school, lang),
        "figures": figures_table(school, lang, c),
        "programmes": [
            {"notice": n, "name": programme_name(n, p.school, p.id, lang), "programme": p,
             "parts": [text(part.name, lang) for part in p.tracks + p.options],
             "parts_cited": c.all_of(p.tracks + p.options)}
            for n, p in notice_programmes(ds, school.id)
        ],
    }


def index_view(ds: Dataset, lang: str, c: Citations) -> dict:
    """The schools' index: each school with what it offers."""
    return {"schools": ds.schools, "offers": {s.id: offers(ds, s, lang) for s in ds.schools}}
