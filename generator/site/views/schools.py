"""School pages: identity, contacts, tuition, housing, figures, options, and the channels it offers."""

from __future__ import annotations

from ...dataset import Dataset
from ...model.school import School
from ..format import eur, number, text
from ..labels import enum, ui
from ..sources import Citations
from .common import channel_name, entry_year, programme_name
from .table import Cell, Table, number_cell


def offers(ds: Dataset, school: School, lang: str) -> list[dict]:
    """Each current route of the school: channel, programme, entry year, and the session page."""
    found = []
    for notice in ds.current():
        for route in notice.routes:
            if route.school == school.id:
                found.append(
                    {
                        "notice": notice,
                        "channel": channel_name(ds, route.channel, lang),
                        "programme": programme_name(notice, school.id, route.programme, lang),
                        "year": entry_year(route.entry_year, lang),
                        "level": text(route.level, lang),
                    }
                )
    return found


def figures_table(school: School, lang: str, c: Citations) -> Table:
    table = Table([ui("figure", lang), ui("value", lang), ui("benchmark", lang)])
    for fig in school.figures:
        unit = enum("unit", fig.unit, lang)
        shown = f"{number(fig.value, lang)} {unit}".strip() if fig.unit != "eur" else eur(fig.value, lang)
        bench = ""
        if fig.benchmark is not None:
            bench = (
                f"{number(fig.benchmark, lang)} {unit}".strip()
                if fig.unit != "eur"
                else eur(fig.benchmark, lang)
            )
            if fig.benchmark_label:
                bench += f" ({text(fig.benchmark_label, lang)})"
        table.add(text(fig.label, lang), number_cell(fig.value, shown, c.of(fig)), Cell(bench))
    return table


def view(ds: Dataset, lang: str, c: Citations, school: School) -> dict:
    return {"school": school, "offers": offers(ds, school, lang), "figures": figures_table(school, lang, c)}


def index_view(ds: Dataset, lang: str, c: Citations) -> dict:
    return {"schools": ds.schools, "offers": {s.id: offers(ds, s, lang) for s in ds.schools}}
