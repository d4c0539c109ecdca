"""Downloadable files: all the data as JSON, each comparison table as CSV, ICS calendars, JSON Schemas."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

from icalendar import Calendar, Timezone, TimezoneDaylight, TimezoneStandard
from icalendar import Event as IcsEvent

from ..dataset import DATA_DIR, Dataset
from ..model.notice import Event, Notice
from ..timeline import event_steps, steps
from .format import text
from .labels import LANGS, ui
from .sources import Citations, source_words
from .views import common, compare, recruiters

PARIS = ZoneInfo("Europe/Paris")
SCHEMA_DIR = DATA_DIR / "schema"
SCHEMAS = sorted(p.name for p in SCHEMA_DIR.glob("*.json"))


def _paris_vtimezone() -> Timezone:
    """Europe/Paris as yearly rules (the EU's since 1996: summer time from the last Sunday of March to the
    last Sunday of October). icalendar's own definition lists every change as an RDATE, which Outlook is
    reported to misread, moving summer events by an hour; tests check these rules against zoneinfo's."""
    tz = Timezone()
    tz.add("tzid", "Europe/Paris")
    for part, start, name, hours_from, hours_to in (
        (TimezoneDaylight, dt.datetime(1970, 3, 29, 2), "CEST", 1, 2),
        (TimezoneStandard, dt.datetime(1970, 10, 25, 3), "CET", 2, 1),
    ):
        sub = part()
        sub.add("dtstart", start)
        sub.add("rrule", {"freq": "yearly", "bymonth": start.month, "byday": "-1SU"})
        sub.add("tzname", name)
        sub.add("tzoffsetfrom", dt.timedelta(hours=hours_from))
        sub.add("tzoffsetto", dt.timedelta(hours=hours_to))
        tz.add_component(sub)
    return tz


def data_json(ds: Dataset) -> str:
    """Every data file's content, as the validated model sees it."""
    data = {
        "registry": ds.registry.model_dump(mode="json"),
        "schools": [s.model_dump(mode="json") for s in ds.schools],
        "recruiters": ds.recruiters.model_dump(mode="json"),
        "notices": [
            n.notice.model_dump(mode="json") | {"current": ds.is_current(n.notice)} for n in ds.notices
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _moment(day: dt.date, hhmm: str | None) -> dt.date | dt.datetime:
    if hhmm is None:
        return day
    hours, minutes = map(int, hhmm.split(":"))
    return dt.datetime(day.year, day.month, day.day, hours, minutes, tzinfo=PARIS)


def _ics_event(ds: Dataset, notice: Notice, ev: Event, lang: str) -> IcsEvent:
    item = IcsEvent()
    item.add("uid", f"{notice.notice}-{notice.session}-{ev.id}@imt-admissions")
    # A stamp taken from the data, not the clock, so that a rebuild gives the same file.
    item.add("dtstamp", dt.datetime(ev.start.year, ev.start.month, ev.start.day, tzinfo=dt.UTC))
    # The entry year first: a notice may give each year a step of the same name on another day.
    qualifiers = [common.entry_year(y, lang) for y in ev.entry_years or []]
    qualifiers += [ui("provisional", lang)] if ev.provisional else []
    if ev.until:  # the event sits on its last day: say so
        qualifiers.append(common.event_when(ev, lang))
    elif ev.open_ended:  # the event sits on its first day, with no end
        qualifiers.append(ui("ics_from_this_date", lang))
    label = text(ev.label, lang) + (f" ({', '.join(qualifiers)})" if qualifiers else "")
    # A short name, which a month view can show; the notice's full title opens the description.
    item.add("summary", f"{label} — {common.session_label(notice, lang)}")
    start = _moment(ev.start, ev.start_time)
    item.add("dtstart", start)
    # A step of the procedure is not an appointment: it leaves the reader's time free (an integration
    # period lasts a week).
    item.add("transp", "TRANSPARENT")
    if ev.end and not ev.open_ended:
        end = _moment(ev.end, ev.end_time)
        if isinstance(end, dt.date) and not isinstance(end, dt.datetime):
            end = end + dt.timedelta(days=1)  # DTEND of an all-day event is exclusive
        if isinstance(start, dt.datetime) != isinstance(end, dt.datetime):
            end = _moment(ev.end, ev.end_time or "23:59") if isinstance(start, dt.datetime) else ev.end
        item.add("dtend", end)
    scope = common.event_scope(ds, notice, ev, lang).replace("\\", "")
    where = f"{ui('source', lang)}: {source_words(ev.source, lang)}"
    item.add("description", "\n".join(p for p in (text(notice.title, lang), scope, where, text(ev.note, lang)) if p))
    return item


def calendar(ds: Dataset, notices: list[Notice], lang: str, name: str, channel: str | None = None) -> bytes:
    """An ICS calendar of the events of these notices (only those open to `channel`, if given)."""
    return _ics(ds, lang, name, [
        (notice, ev) for notice in notices for ev in steps(notice)
        if channel is None or channel in (ev.channels or notice.channels)
    ])


def step_calendars(ds: Dataset, notice: Notice, lang: str) -> dict[str, bytes]:
    """One small calendar per step of a session, by path under downloads/, for a reader who wants one date
    and not a whole feed. The integration step's file holds its periods, and each period has its own."""
    out = {}
    for event in notice.events:
        parts = event_steps(notice, event)
        files = [(event, parts)] + ([(p, [p]) for p in parts] if parts != [event] else [])
        for step, items in files:
            name = f"{text(step.label, lang)} — {common.session_label(notice, lang)}"
            out[common.step_ics(notice, step)] = _ics(ds, lang, name, [(notice, p) for p in items])
    return out


def _ics(ds: Dataset, lang: str, name: str, events: list[tuple[Notice, Event]]) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//IMT admissions//site//" + lang.upper())
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    items = [_ics_event(ds, notice, ev, lang) for notice, ev in events]
    if any(isinstance(item.DTSTART, dt.datetime) for item in items):
        cal.add_component(_paris_vtimezone())
    for item in items:
        cal.add_component(item)
    return cal.to_ical()


def files(ds: Dataset) -> dict[str, bytes]:
    """Every download of every language, by source path (fr/downloads/..., en/downloads/...)."""
    shared = {"data.json": data_json(ds).encode()}  # the same in both languages: dumped once
    shared.update({f"schema/{name}": (SCHEMA_DIR / name).read_bytes() for name in SCHEMAS})
    out: dict[str, bytes] = {}
    for lang in LANGS:
        for name, content in {**shared, **translated(ds, lang)}.items():
            out[f"{lang}/downloads/{name}"] = content
    return out


def translated(ds: Dataset, lang: str) -> dict[str, bytes]:
    """The downloads with texts in one language, by path under downloads/."""
    out: dict[str, bytes] = {}
    c = Citations(lang, {})
    tables = compare.tables(ds, lang, c)
    tables["apprentice-pay"] = recruiters.pay_rows(ds, lang, c)
    for name, table in tables.items():
        out[f"{name}.csv"] = table.csv(lang, c).encode()
    current = ds.current()
    out["all.ics"] = calendar(ds, current, lang, ui("ics_all", lang))
    for ch in ds.registry.channels:
        out[f"{ch.id}.ics"] = calendar(ds, current, lang, text(ch.name, lang), ch.id)
    for item in ds.notices:
        n = item.notice
        out[f"{n.notice}-{n.session}.ics"] = calendar(ds, [n], lang, f"{text(n.title, lang)}")
        out.update(step_calendars(ds, n, lang))
    return out
