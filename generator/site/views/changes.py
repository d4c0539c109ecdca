"""The "what changed" page: the diff of each pair of successive sessions, grouped by category."""

from __future__ import annotations

import datetime as dt
import re

from ...dataset import Dataset
from ...diff import CATEGORIES, diff, spell
from ..format import eur, md, short_date, text, time
from ..labels import enum, ui
from ..sources import Citations
from .table import Cell, Table

MOMENT = re.compile(r"(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}))?")


def localised(value: str | None, lang: str) -> str | None:
    """The diff's ISO dates and times, and its codes, as the site writes them in `lang`."""
    value = spell(value, lambda kind, code: eur(float(code), lang) if kind == "eur" else enum(kind, code, lang))
    if value is None:
        return None

    def one(m: re.Match) -> str:
        day = short_date(dt.date.fromisoformat(m.group(1)), lang)
        return f"{day} {time(m.group(2), lang)}" if m.group(2) else day

    return MOMENT.sub(one, value)


def view(ds: Dataset, lang: str, c: Citations) -> dict:
    """Per notice, per pair of successive sessions (newest first), one table per category that changed."""
    series = []
    for nid in ds.notice_ids():
        sessions = ds.sessions(nid)
        pairs = []
        for new, old in zip(sessions, sessions[1:], strict=False):
            changes = diff(old, new, ds)
            tables = []
            for cat in CATEGORIES:
                rows = [ch for ch in changes if ch.category == cat]
                if not rows:
                    continue
                table = Table([ui("change_what", lang), ui("change_before", lang), ui("change_after", lang)])
                for ch in rows:
                    # Each value cites where its own session states it.
                    values = [Cell(shown, md(shown) + c.cite(source)) if shown else Cell(ui("change_absent", lang))
                              for shown, source in zip((localised(ch.before, lang), localised(ch.after, lang)),
                                                       ch.sources, strict=True)]
                    table.add(ch.what_fr if lang == "fr" else ch.what_en, *values)
                tables.append((ui(f"change_cat_{cat}", lang), table))
            pairs.append({"old": old, "new": new, "tables": tables})
        series.append({"title": text(sessions[0].title, lang), "newest": sessions[0], "pairs": pairs})
    return {"series": series}
