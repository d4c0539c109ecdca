"""Home (three doors, open now and next), the notices index, downloads and the source documents."""

from __future__ import annotations

import json
from collections.abc import Mapping

from ...dataset import Dataset
from ...timeline import closing_step, iso_moment, last_moment, steps, window
from ..format import file_size, text
from ..labels import ui
from ..sources import Citations
from .common import channel_name, event_when, moment, paris_time, session_label, session_path


def _script_json(value: object) -> str:
    """JSON safe inside a <script> element."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def view(ds: Dataset, lang: str, c: Citations) -> dict:
    """The home page: sessions and their dates, embedded for the browser to pick what is open and next."""
    from ..pages import page_url

    sessions, events = [], []
    windows = {n.notice: window(n) for n in ds.current()}
    for notice in ds.current():
        w = windows[notice.notice]
        url = page_url(session_path(notice), "index.md")
        # The closing moment in the pages' own words ("23 h", not the browser's "23:00"), with the time only
        # where the notice gives one (the window's stamp puts 23:59 on a day without).
        closing = last_moment(closing_step(notice))
        closes = f"{ui('closes_on', lang)} {moment(*closing, lang)}{paris_time(bool(closing[1]), lang)}"
        sessions.append({"title": text(notice.title, lang), "url": url, "open": w.open, "close": w.close,
                         "last": w.ends, "label": session_label(notice, lang), "closes": closes})
        # A step stays "next" until its own end: a deadline until its hour, an integration period while it
        # lasts. The session by its short name: a full notice title took four lines on a phone.
        for ev in steps(notice):
            events.append(
                {
                    "start": iso_moment(ev.start, ev.start_time),
                    "end": iso_moment(*last_moment(ev), end_of_day=True),
                    "when": event_when(ev, lang),
                    "label": text(ev.label, lang),
                    "session": session_label(notice, lang),
                    "url": url,
                }
            )
    events.sort(key=lambda e: e["start"])
    return {
        "sessions_json": _script_json(sessions),
        "events_json": _script_json(events),
        # Newest first: the session whose applications close last.
        "current": sorted(ds.current(), key=lambda n: windows[n.notice].close, reverse=True),
    }


def notices_view(ds: Dataset, lang: str, c: Citations) -> dict:
    """The notices' index: each notice's newest session with its dates and channels, and its archived sessions."""
    rows = []
    for nid in ds.notice_ids():
        sessions = ds.sessions(nid)
        rows.append(
            {
                "current": sessions[0],
                "window": window(sessions[0]),
                "archived": sessions[1:],
                "channels": [channel_name(ds, ch, lang) for ch in sessions[0].channels],
            }
        )
    return {"series": rows}


# Every CSV of the downloads (generator/site/downloads.py writes them), named as its page or section is.
CSV_TITLES = {
    "channels": "compare_channels", "seats": "compare_seats", "calendar": "compare_calendar",
    "application-fees": "fees", "tuition": "tuition", "course-costs": "course_costs", "diplomas": "compare_diplomas",
    "options": "compare_options", "apprentice-pay": "pay_grid",
}


def downloads_view(ds: Dataset, lang: str, c: Citations, files: Mapping[str, bytes]) -> dict:
    """`files`: the downloads by source path (downloads.files), for their sizes; the page is built after them."""
    from ..downloads import SCHEMAS

    def named(path: str, words: str) -> tuple[str, str]:
        """A file under downloads/ and its link's words, its size joined to their closing parenthesis if they
        end with one ("Places … (seats.csv, 6 ko)", "Admission on qualifications (AST, 10 kB)")."""
        content = files.get(f"{lang}/downloads/{path}")
        if content is None:  # built without the downloads (render_site's tests)
            return path, words
        size = file_size(len(content), lang)
        return path, f"{words[:-1]}, {size})" if words.endswith(")") else f"{words} ({size})"

    # Names only: building the tables (the diploma matrix runs the wizard) is the downloads' work.
    return {
        "data": named("data.json", ui("data_json", lang)),
        "csv": [named(f"{name}.csv", f"{ui(key, lang)} ({name}.csv)") for name, key in CSV_TITLES.items()],
        "calendars": [named("all.ics", ui("ics_all", lang))]
        + [named(f"{ch.id}.ics", text(ch.name, lang)) for ch in ds.registry.channels],
        "sessions": [named(f"{f.notice.notice}-{f.notice.session}.ics", session_label(f.notice, lang))
                     for f in ds.notices],
        "schemas": [named(f"schema/{name}", name) for name in SCHEMAS],
    }


def glossary_view(ds: Dataset, lang: str, c: Citations) -> dict:
    """The glossary: each term's spellings, expansion and meaning, with its source."""
    return {"terms": [{"names": ", ".join(t.spellings), "expansion": t.expansion,
                       "meaning": text(t.meaning, lang), "cited": c.of(t)} for t in ds.registry.glossary]}


def sources_view(ds: Dataset, lang: str, c: Citations) -> dict:
    """The sources page: the registry's documents."""
    return {"documents": ds.registry.documents}
