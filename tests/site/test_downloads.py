"""The downloads of the built site: JSON data, CSV tables, ICS calendars, JSON Schemas; and one search
index per language."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections import Counter
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import jsonschema
import pytest
from icalendar import Calendar
from site_pages import built_page

from generator.site.downloads import SCHEMAS
from generator.site.format import file_size
from generator.site.views.home import CSV_TITLES
from generator.site.views.table import Cell, Table
from generator.timeline import event_steps, steps

LANG_ROOTS = {"fr": "", "en": "en/"}


@pytest.mark.parametrize("lang", LANG_ROOTS)
def test_downloads_parse(built_site: Path, dataset, lang):
    folder = built_site / LANG_ROOTS[lang] / "downloads"
    data = json.loads((folder / "data.json").read_text(encoding="utf-8"))
    assert len(data["notices"]) == len(dataset.notices)
    for name in (
        "channels",
        "seats",
        "calendar",
        "application-fees",
        "tuition",
        "course-costs",
        "diplomas",
        "options",
        "apprentice-pay",
    ):
        # French files are read as a French spreadsheet reads them: ";" between fields, decimal commas.
        delimiter = ";" if lang == "fr" else ","
        rows = list(csv.reader(io.StringIO((folder / f"{name}.csv").read_text(encoding="utf-8-sig")),
                               delimiter=delimiter))
        assert len(rows) >= 2 and all(len(r) == len(rows[0]) for r in rows), name
        # Each row ends with the sources and reading notes its cells cite on the page.
        assert rows[0][-2:] == (["Source", "Note"]), name
        if name in ("seats", "calendar", "application-fees", "apprentice-pay", "diplomas"):
            assert all(r[-2].startswith("document ") for r in rows[1:]), name
        # Lines end in CRLF, as RFC 4180 has them.
        raw = (folder / f"{name}.csv").read_bytes()
        assert raw.count(b"\r\n") == raw.count(b"\n"), name
    # The downloads page names every CSV written, and only those.
    assert {p.stem for p in folder.glob("*.csv")} == set(CSV_TITLES)
    # The pay grid: one row per age band and contract year, the percentage beside the dated euros.
    pay = list(csv.reader(io.StringIO((folder / "apprentice-pay.csv").read_text(encoding="utf-8-sig")),
                          delimiter=delimiter))
    assert pay[-1][1:4] == ["3", "100", "1589,47" if lang == "fr" else "1589.47"]
    # Each row's note holds what the page prints under the grid, the meaning of a band's "*" among it.
    grid = dataset.recruiters.pay_grid
    assert all(getattr(f, lang) in row[-1] for f in grid.footnotes for row in pay[1:])
    everything = Calendar.from_ical((folder / "all.ics").read_bytes())
    events = everything.walk("VEVENT")
    # One entry per step, the integration step as one per period (timeline.steps).
    assert len(events) == sum(len(steps(n)) for n in dataset.current())
    for ch in dataset.registry.channels:
        Calendar.from_ical((folder / f"{ch.id}.ics").read_bytes())
    for path in (folder / "schema").glob("*.json"):
        assert json.loads(path.read_text(encoding="utf-8"))["$schema"]
    assert len(list((folder / "schema").glob("*.json"))) == 5


@pytest.mark.parametrize("lang", LANG_ROOTS)
def test_the_downloads_page_gives_each_files_size(built_site: Path, dataset, lang):
    # "(seats.csv, 6 ko)", "(29 ko)": the size of the file the link serves, as the locale writes it.
    page = built_page(built_site, lang, "downloads/")
    links = re.findall(r'<a href="([\w/.-]+\.(?:json|csv|ics))">([^<]*)</a>', page)  # the page is downloads/
    calendars = 1 + len(dataset.registry.channels) + len(dataset.notices)
    assert len(links) == 1 + len(CSV_TITLES) + calendars + len(SCHEMAS), links  # and data.json
    folder = built_site / LANG_ROOTS[lang] / "downloads"
    for href, words in links:
        size = file_size((folder / href).stat().st_size, lang)
        assert words.endswith((f", {size})", f" ({size})")), (href, words, size)


def test_each_step_has_its_own_calendar_file(built_site: Path, dataset):
    # One file per step a notice writes (the integration step's holds its periods) and one per period; the
    # calendar tables link to them.
    folder = built_site / "en" / "downloads" / "steps"
    for item in dataset.notices:
        n = item.notice
        for event in n.events:
            parts = event_steps(n, event)
            cal = Calendar.from_ical((folder / f"{n.notice}-{n.session}-{event.id}.ics").read_bytes())
            assert [e.get("uid") for e in cal.walk("VEVENT")] == [
                f"{n.notice}-{n.session}-{p.id}@imt-admissions" for p in parts
            ]
            for p in parts:
                assert (folder / f"{n.notice}-{n.session}-{p.id}.ics").is_file()
    # Every step of every session has its file (timeline.steps), and there is no other.
    named = {f"{i.notice.notice}-{i.notice.session}-{s.id}.ics" for i in dataset.notices for s in steps(i.notice)}
    named |= {f"{i.notice.notice}-{i.notice.session}-{e.id}.ics" for i in dataset.notices for e in i.notice.events}
    assert {p.name for p in folder.glob("*.ics")} == named
    page = (built_site / "compare" / "calendar" / "index.html").read_text(encoding="utf-8")
    assert page.count('href="../../downloads/steps/') == sum(len(steps(n)) for n in dataset.current())


@pytest.mark.parametrize("lang", LANG_ROOTS)
def test_calendars_import_at_the_right_hour(built_site: Path, lang):
    # Timed events name Europe/Paris, defined by yearly rules (RRULE), which Outlook reads; an RDATE per
    # change is what it misreads. The rules give zoneinfo's offset at noon each day from 2020 to 2039, and at
    # every hour of the days around each change.
    folder = built_site / LANG_ROOTS[lang] / "downloads"
    paris = ZoneInfo("Europe/Paris")
    for path in [*folder.glob("*.ics"), *(folder / "steps").glob("*.ics")]:
        cal = Calendar.from_ical(path.read_bytes())
        events = cal.walk("VEVENT")
        timed = [e.DTSTART for e in events if isinstance(e.DTSTART, dt.datetime)]
        zones = cal.walk("VTIMEZONE")
        assert len(zones) == (1 if timed else 0), path.name
        # A step of the procedure leaves the reader's time free.
        assert all(e.get("TRANSP") == "TRANSPARENT" for e in events), path.name
        if timed:
            assert "RDATE" not in zones[0].to_ical().decode() and all(t.tzinfo.key == "Europe/Paris" for t in timed)
    rules = Calendar.from_ical((folder / "all.ics").read_bytes()).walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)
    noon = [dt.datetime(2020, 1, 1, 11, tzinfo=dt.UTC) + dt.timedelta(days=d) for d in range(20 * 365)]
    changes = [t for before, t in pairwise(noon) if t.astimezone(paris).utcoffset() != before.astimezone(paris).utcoffset()]
    around = [t + dt.timedelta(hours=h) for t in changes for h in range(-48, 1)]
    assert len(changes) == 40
    for instant in noon + around:
        local = instant.astimezone(paris).replace(tzinfo=None)
        assert local.replace(tzinfo=rules).utcoffset() == local.replace(tzinfo=paris).utcoffset(), local


def test_a_calendar_names_each_event_once(built_site: Path):
    # Two steps of one name (one per entry year, on different days) say which year each is for.
    for path in (built_site / "downloads").glob("*.ics"):
        names = Counter(str(e["SUMMARY"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT"))
        assert [n for n, count in names.items() if count > 1] == [], path.name


def test_data_json_follows_its_schema(built_site: Path):
    folder = built_site / "downloads"
    schema = json.loads((folder / "schema" / "data.schema.json").read_text(encoding="utf-8"))
    data = json.loads((folder / "data.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)


def test_dates_are_formatted_per_locale(built_site: Path, dataset):
    notice = next(n for n in dataset.current() if any(e.kind == "application-deadline" for e in n.events))
    from generator.site.format import long_date

    day = next(e.start for e in notice.events if e.kind == "application-deadline")
    fr = (built_site / f"notices/{notice.notice}/{notice.session}/index.html").read_text(encoding="utf-8")
    en = (built_site / f"en/notices/{notice.notice}/{notice.session}/index.html").read_text(encoding="utf-8")
    assert long_date(day, "fr") in fr and long_date(day, "en") in en


def test_search_index_per_language(built_site: Path):
    french = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    english = json.loads((built_site / "en/search/search_index.json").read_text(encoding="utf-8"))
    assert french["docs"] and english["docs"]
    assert not any(d["location"].startswith("en/") for d in french["docs"])
    assert french["config"]["lang"] == ["fr"] and english["config"]["lang"] == ["en"]
    # Every section of every page, in each language (none dropped as a "duplicate" of the other language).
    def pages(index: dict) -> dict[str, int]:
        return Counter(d["location"].split("#")[0] for d in index["docs"])

    assert pages(french) == pages(english)
    # The filter forms' option lists are no result: a search for a speciality showed the whole list.
    for index in (french, english):
        assert not any(" Tous BTS DUT " in d["text"] or " Any BTS DUT " in d["text"] for d in index["docs"])
        # Nor are the wizard's form, footnote numbers, or two table cells run into one word.
        text = " ".join(d["text"] for d in index["docs"])
        assert "wz-diploma" not in text and "— Choisissez —" not in text and "— Choose —" not in text
        assert not re.search(r"<sup>\d+</sup>", text)
        assert not re.search(r"(?:Semaine|Week) \d+(?:École|Entr|School|Comp)", text)
        # A result names its section: the recruiters page had one "Places" per notice, one "À savoir" per guide.
        sections = Counter((d["location"].split("#")[0], d["title"]) for d in index["docs"])
        assert [s for s, n in sections.items() if n > 1] == []


def test_every_page_has_a_content_security_policy(built_site: Path):
    for page in built_site.rglob("index.html"):
        head = page.read_text(encoding="utf-8")[:400]
        assert '<meta http-equiv="Content-Security-Policy"' in head, page
        assert "fonts.googleapis" not in page.read_text(encoding="utf-8")


def test_a_csv_text_never_reads_as_a_formula():
    table = Table(["a", "b", "c"])
    table.add("=HYPERLINK(\"http://x\")", "@SUM(A1)", Cell("-5", numeric=True))
    rows = list(csv.reader(io.StringIO(table.csv("en").lstrip("\ufeff"))))
    assert rows[1] == ["'=HYPERLINK(\"http://x\")", "'@SUM(A1)", "-5"]
