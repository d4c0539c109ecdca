"""Cross-reference checks that no single field can make: ids, dates in order, seat totals, slugs."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from slugify import slugify

from .citation import places, unknown_place
from .dataset import Dataset, NoticeFile, diploma_index, session_key
from .load import LANGUAGES, DataError, Loc, YamlFile
from .model.base import DIPLOMA_KINDS, Source, Text
from .model.notice import Curriculum, Notice, SeatLine
from .model.rule import Requirement, Rule
from .timeline import written_moment
from .weekdays import wrong_weekdays

# The steps that cannot come before another kind of step: no earlier than the first such step of the same
# entry year and school. "The first" lets a notice in phases go back to exams after some admissibility
# results (Alès 2024). Company searches, documents and other steps are not ordered.
_AFTER_ADMISSION = ("application-deadline", "admission-results")
COMES_AFTER: dict[str, tuple[str, ...]] = {
    "application-deadline": ("platform-open",),
    "admissibility-commission": ("application-deadline",),
    "admissibility-results": ("application-deadline", "admissibility-commission"),
    "exams": ("application-deadline",),
    "admission-commission": ("application-deadline", "admissibility-results", "exams"),
    "admission-results": ("application-deadline", "admissibility-results", "exams", "admission-commission"),
    "integration": _AFTER_ADMISSION,
    "final-list": _AFTER_ADMISSION,
    "course-start": _AFTER_ADMISSION,
}
# From this many words, a text the same in French and English is a French text not translated yet; a shorter
# one may be a name the French document gives in English ("International Responsible Business Developer").
UNTRANSLATED_WORDS = 6


def walk(node: Any, loc: Loc = ()) -> Iterator[tuple[Loc, Any]]:
    """Every nested value of a model, or of a file's plain data, with its location."""
    yield loc, node
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from walk(getattr(node, name), (*loc, name))
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, (*loc, key))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from walk(item, (*loc, i))


def check_dataset(ds: Dataset, complete: bool = True, invalid: Sequence[YamlFile] = ()) -> list[DataError]:
    """Every cross-reference error of the dataset; `complete` is False when schools or recruiters failed.

    The files of `invalid` have no model; their sources are still checked on their plain data, so that a
    wrong document id shows together with the file's format errors."""
    errors: list[DataError] = []
    files = ds.files
    doc_ids = {d.id for d in ds.registry.documents}
    registry_file = files["registry.yaml"]
    # Each document's numbered places, and where the registry lists them (for the message).
    outlines = {d.id: (d.sections, f"{registry_file.display}:{registry_file.locate(('documents', i, 'sections'))[0]}")
                for i, d in enumerate(ds.registry.documents) if d.sections is not None}

    def sources_and_texts(model: BaseModel | dict | list, file: YamlFile, prefix: Loc = (),
                          year: int | None = None) -> None:
        """Each source's document is registered and has the places its `ref` names; each text of a model has
        its own English, and its weekdays fit their dates (of `year` where a date has none)."""
        for loc, value in walk(model, prefix):
            doc, ref = (value.doc, value.ref) if isinstance(value, Source) else _raw_source(loc, value)
            if doc is not None and doc not in doc_ids:
                errors.append(file.error((*loc, "doc"), unknown_document(doc, doc_ids)))
            if doc in outlines and isinstance(ref, str):
                sections, where = outlines[doc]
                errors.extend(file.error((*loc, "ref"), unknown_place(place, doc, sections, where))
                              for place in dict.fromkeys(places(ref)) if place not in sections)
            if not isinstance(value, Text):
                continue
            if value.en == value.fr and len(value.fr.split()) >= UNTRANSLATED_WORDS:
                errors.append(file.error((*loc, "en"), "the English text is the French one: translate it"))
            for lang in LANGUAGES:
                errors.extend(file.error((*loc, lang), m) for m in wrong_weekdays(getattr(value, lang), lang, year))

    # Each notice session's place (folder and file name) and `document`, from its model or, for a file with
    # format errors, its plain data.
    documents: list[tuple[YamlFile, str]] = []
    misplaced: set[Path] = set()

    def session_file(file: YamlFile, notice_id: str | None, session: str | None, document: str | None) -> None:
        if document is not None:
            documents.append((file, document))
        place = _check_place(notice_id, session, file)
        errors.extend(place)
        if place:
            misplaced.add(file.path)

    for item in ds.notices:
        session_file(item.file, item.notice.notice, item.notice.session, item.notice.document)
    for file in invalid:
        sources_and_texts(file.data, file)
        if file.path.parent.parent.name == "notices" and isinstance(file.data, dict):
            # An unquoted document number (002, read as 2) already has its format error, which says to quote it.
            document = file.data.get("document")
            session_file(file, *(_plain_id(file.data.get(key)) for key in ("notice", "session")),
                         document if isinstance(document, str) else None)
    # Each session is published by its own document: a new session citing the last one's is a copy not yet
    # pointed at its notice. The copy is the later file, or one not yet in its place.
    described: dict[str, YamlFile] = {}
    for file, document in sorted(documents, key=lambda pair: (pair[0].path in misplaced, pair[0].path)):
        if document not in doc_ids:
            errors.append(file.error(("document",), unknown_document(document, doc_ids)))
        other = described.setdefault(document, file)
        if other is not file:
            errors.append(file.error(("document",), document_taken(document, other.path)))

    sources_and_texts(ds.registry, registry_file)
    errors += _check_catalogue(ds, registry_file)
    errors += _check_document_sessions(ds, documents, registry_file)
    for item in ds.notices:
        sources_and_texts(item.notice, item.file, year=session_key(item.notice.session)[0])
        errors += _check_notice(ds, item.notice, item.file)
    errors += _check_series(ds, misplaced)
    if not complete:
        return _once_per_file(errors)
    sources_of_schools = files["schools.yaml"]
    sources_and_texts(ds.schools, sources_of_schools, ("schools",))
    ids = [s.id for s in ds.schools]
    for school_id in sorted({"albi", "ales", "nord-europe"} - set(ids)):
        errors.append(sources_of_schools.error(("schools",), f'school "{school_id}" is missing'))
    named: dict[str, str] = {}  # a contact's id is an anchor of the recruiters' page, which lists every school's
    for s, school in enumerate(ds.schools):
        for c, ct in enumerate(school.contacts):
            if ct.id in named:
                errors.append(sources_of_schools.error(("schools", s, "contacts", c, "id"),
                                                       f'contact id "{ct.id}" is taken by a contact of {named[ct.id]}'))
            elif ct.id:
                named[ct.id] = school.id
    recruiters_file = files["recruiters.yaml"]
    sources_and_texts(ds.recruiters, recruiters_file)
    errors += _check_recruiters(ds, recruiters_file)
    return _once_per_file(errors)


def _check_document_sessions(ds: Dataset, documents: list[tuple[YamlFile, str]], registry: YamlFile) -> list[DataError]:
    """A notice session's registry entry is of its session: an entry copied from the last notice and not
    updated is not. Not said where another error has a cause of its own: an id registered twice, a document
    given by two sessions, a session that is not its file's name."""
    errors = []
    registered = {d.id: (i, d) for i, d in enumerate(ds.registry.documents)}
    twice = {d for d, n in Counter(d.id for d in ds.registry.documents).items() if n > 1}
    used = Counter(document for _, document in documents)
    for item in ds.notices:
        i, doc = registered.get(item.notice.document, (None, None))
        if doc is None or doc.id in twice or used[doc.id] > 1 or item.file.path.stem != item.notice.session:
            continue
        if not registered_for(doc.session, item.notice.session):
            line, _ = registry.locate(("documents", i, "session"))
            errors.append(item.file.error(("document",), registered_elsewhere(
                doc.id, doc.session, f"({registry.display}:{line})", item.notice.session)))
    return errors


def registered_for(registered: str, session: str) -> bool:
    """Whether a document's registry session ("2025", "rentrée 2025") names one of the session's years."""
    return any(year in registered for year in session.split("-"))


def registered_elsewhere(document: str, registered: str, where: str, session: str) -> str:
    """`where` says where the registry entry is: "(data/registry.yaml:5)", "in data/registry.yaml"."""
    return (f'document "{document}" is registered for session "{registered}" {where}, not {session}: correct '
            "the one that is wrong")


def check_routes(ds: Dataset) -> list[DataError]:
    """Routes (school, channel, programme, entry year) offered by two current notices: the wizard and its
    shared addresses name a route by these alone. One error per pair of notices, on the newer session's
    first repeated route. Not part of load_dataset, because the benchmark's synthetic copies of a notice
    share its routes and build the site without the wizard."""
    first: dict[str, tuple[NoticeFile, int]] = {}
    # Per pair of notices (newer, older): the repeated routes, as (index in newer, index in older, id).
    clashes: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    current = {id(n) for n in ds.current()}
    items = sorted((f for f in ds.notices if id(f.notice) in current),
                   key=lambda f: (session_key(f.notice.session), f.file.path))  # older first
    for item in items:
        for i, route in enumerate(item.notice.routes):
            other, j = first.setdefault(route.id, (item, i))
            if other is not item:
                clashes.setdefault((id(item), id(other)), []).append((i, j, route.id))
    by_id = {id(item): item for item in items}
    errors = []
    for (newer, older), routes in clashes.items():
        item, other = by_id[newer], by_id[older]
        i, j, _ = routes[0]
        line, _ = other.file.locate(("routes", j))
        folder = Path(other.file.display).parent.as_posix()
        ids = ", ".join(f'"{rid}"' for _, _, rid in routes)
        errors.append(item.file.error(("routes", i), (
            f"{'routes' if len(routes) > 1 else 'route'} {ids} {'are' if len(routes) > 1 else 'is'} also offered by "
            f"notice {other.notice.notice} "
            f"({other.file.display}:{line}), and both sessions are current: the wizard tells routes apart by "
            f"school, channel, programme and entry year only. A next session of that notice goes in "
            f"{folder}/SESSION.yaml; a different course needs its own programme")))
    return errors


def unknown_programme(programme: str, school: str, n: Notice) -> str:
    """The message for a route or step naming a programme its notice does not have at that school."""
    known = ", ".join(p.id for p in n.programmes if p.school == school) or "none"
    return f'unknown programme "{programme}" for {school} (this notice\'s programmes there: {known})'


def _check_series(ds: Dataset, misplaced: set[Path]) -> list[DataError]:
    """A later session of a notice dates each step it shares with the session before later: a step dated on
    or before the same step of the previous session is a date copied without its year changed."""
    errors = []
    file_of = {id(f.notice): f.file for f in ds.notices}
    # A session in another notice's folder, or named after another session, has its place error: comparing
    # its dates with a series it may not belong to would only add noise.
    for notice_id in ds.notice_ids():
        newest_first = [n for n in ds.sessions(notice_id) if file_of[id(n)].path not in misplaced]
        for notice, before in zip(newest_first, newest_first[1:], strict=False):
            earlier = {e.id: e.start for e in before.events}
            for i, event in enumerate(notice.events):
                then = earlier.get(event.id)
                if then is not None and event.start <= then:
                    errors.append(file_of[id(notice)].error(("events", i, "start"), (
                        f"{event.start} is not after the same step in session {before.session} ({then}): "
                        "a later session's steps come later; check the year")))
    return errors


def _plain_id(value: object) -> str | None:
    """An id or session as the model reads it from plain data: a text, or a number staff left unquoted (2027)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value if isinstance(value, str) else None


def document_taken(document: str, other: Path) -> str:
    """The message for a session naming a document another session already uses."""
    return (f'document "{document}" is already the document of {other.parent.name}/{other.name}: register this '
            "session's own notice in data/registry.yaml and give its id")


def unknown_document(doc: str, doc_ids: set[str]) -> str:
    """The message for a source naming a document the registry does not list."""
    return (f'unknown document "{doc}" (known: {", ".join(sorted(doc_ids))}): register it under `documents` in '
            "data/registry.yaml, or correct the id")


def _once_per_file(errors: list[DataError]) -> list[DataError]:
    """An unknown document said once per file, at its first place, with how many other places name it: a session
    copied before its notice was registered gave one line per source (over a hundred)."""
    first: dict[tuple[str, str], DataError] = {}
    more: Counter[DataError] = Counter()
    kept = []
    for e in sorted(errors, key=lambda e: (e.file, e.line, e.col)):
        if e.message.startswith("unknown document "):
            if (e.file, e.message) in first:
                more[first[(e.file, e.message)]] += 1
                continue
            first[(e.file, e.message)] = e
        kept.append(e)
    return [replace(e, message=f"{e.message} ({more[e]} other place(s) of this file name it too)") if more[e] else e
            for e in kept]


def _raw_source(loc: Loc, value: Any) -> tuple[str | None, object]:
    """The document id and `ref` of a `source:` or `sources:` item in a file's plain data, if it is one."""
    key = loc[-2] if len(loc) > 1 and isinstance(loc[-1], int) else (loc[-1] if loc else None)
    if key in ("source", "sources") and isinstance(value, dict) and isinstance(value.get("doc"), str):
        return value["doc"], value.get("ref")
    return None, None


def _check_catalogue(ds: Dataset, file: YamlFile) -> list[DataError]:
    errors = []
    first: dict[str, int] = {}
    for i, document in enumerate(ds.registry.documents):
        if document.id in first:
            errors.append(file.error(("documents", i, "id"), f'document id "{document.id}" is already used by '
                                     f"documents[{first[document.id]}]: give each document its own id"))
        first.setdefault(document.id, i)
    seen: dict[tuple[str, str], int] = {}
    for i, entry in enumerate(ds.registry.diplomas):
        if entry.slug != slugify(entry.name.fr):
            errors.append(file.error(("diplomas", i, "slug"), f'slug should be "{slugify(entry.name.fr)}", '
                                     "from the French name"))
        for kind in entry.kinds:
            for name in (entry.slug, *entry.aliases):
                if (kind, name) in seen and seen[(kind, name)] != i:
                    errors.append(file.error(("diplomas", i), f'"{name}" already names diploma '
                                             f"#{seen[(kind, name)]} for diploma kind {kind}"))
                seen[(kind, name)] = i
    # The wizard compares a profile's kind with the kinds and these names without case, spaces or dashes: two
    # that compare equal would leave one unreadable.
    bare: dict[str, str] = {k.replace("-", ""): f'the kind "{k}"' for k in DIPLOMA_KINDS}
    for i, entry in enumerate(ds.registry.kind_names):
        for j, name in enumerate(entry.names):
            key = slugify(name).replace("-", "")
            if key in bare:
                errors.append(file.error(("kind_names", i, "names", j), f'"{name}" reads as {bare[key]} (the '
                                         "wizard compares them without case, spaces or dashes): drop or change it"))
            bare.setdefault(key, f'"{name}" of kind_names[{i}]')
    spelt: dict[str, int] = {}  # a spelling explained twice would get two tooltips
    for i, term in enumerate(ds.registry.glossary):
        for j, name in enumerate(term.spellings):
            if name in spelt:
                loc = ("glossary", i, "term") if j == 0 else ("glossary", i, "variants", j - 1)
                errors.append(file.error(loc, f'"{name}" is already explained by glossary[{spelt[name]}]'))
            spelt.setdefault(name, i)
    return errors


def _check_recruiters(ds: Dataset, file: YamlFile) -> list[DataError]:
    errors = []
    grid = ds.recruiters.pay_grid
    for b, band in enumerate(grid.bands):
        if band.age_max is not None and band.age_max < band.age_min:
            errors.append(file.error(("pay_grid", "bands", b, "age_max"), "age_max is below age_min"))
    for g, guide in enumerate(ds.recruiters.guides):
        listed = {ct.id for s in ds.schools if s.id == guide.school for ct in s.contacts if ct.companies}
        for a, actor in enumerate(guide.actors):
            if actor.contact and actor.contact not in listed:
                errors.append(file.error(
                    ("guides", g, "actors", a, "contact"),
                    f'no contact of {guide.school} in schools.yaml has id "{actor.contact}" and companies: true '
                    f"(those the recruiters' page lists: {', '.join(sorted(filter(None, listed))) or 'none with an id'})",
                ))
        for i, item in enumerate(guide.funding):
            if item.cost_of and ds.route_cost(item.cost_of, guide.school) is None:
                errors.append(file.error(
                    ("guides", g, "funding", i, "cost_of"),
                    f"no route of {guide.school} in data/notices/{item.cost_of}.yaml gives a cost per year "
                    "(cost: eur_per_year)",
                ))
    for r, rhythm in enumerate(ds.recruiters.rhythms):
        years = len(rhythm.weeks[0].years)  # the grid's columns: a week with fewer would leave cells empty
        for w, week in enumerate(rhythm.weeks):
            if len(week.years) != years:
                errors.append(file.error(("rhythms", r, "weeks", w, "years"),
                                         f"give {years} course years, as the rhythm's first week does "
                                         f"(this week gives {len(week.years)})"))
            if week.start and week.end and week.end < week.start:
                errors.append(file.error(("rhythms", r, "weeks", w, "end"), "the week ends before it starts"))
            if week.labels and len(week.labels) != len(week.years):
                errors.append(file.error(("rhythms", r, "weeks", w, "labels"),
                                         "give one label (or null) per course year"))
    return errors


def _seat_bounds(lines: list[SeatLine]) -> tuple[int, int]:
    low = sum(ln.seats if isinstance(ln.seats, int) else ln.seats.min for ln in lines)
    high = sum(ln.seats if isinstance(ln.seats, int) else ln.seats.max for ln in lines)
    return low, high


def _check_place(notice_id: str | None, session: str | None, f: YamlFile) -> list[DataError]:
    """A notice file sits at notices/NOTICE/SESSION.yaml; checked on plain data too (a file with format errors)."""
    errors = []
    folder, stem = f.path.parent.name, f.path.stem
    if notice_id is not None and notice_id != folder:
        errors.append(f.error(("notice",), f'the notice id "{notice_id}" differs from its folder "{folder}": write '
                              f"notice: {folder}, or move the file into the folder of its notice"))
    if session is not None and session != stem:
        errors.append(f.error(("session",), f'the session "{session}" differs from the file name "{stem}.yaml": '
                              f'write session: "{stem}", or rename the file to {session}.yaml'))
    return errors


def _check_notice(ds: Dataset, n: Notice, f: YamlFile) -> list[DataError]:
    errors: list[DataError] = []
    err = lambda loc, msg: errors.append(f.error(loc, msg))

    programmes = {(p.school, p.id) for p in n.programmes}
    catalogue = diploma_index(ds.registry.diplomas)
    known_slugs = {name for (_, name) in catalogue}
    catalogued_kinds = {kind for (kind, _) in catalogue}
    seen_routes: dict[tuple, int] = {}
    for r, route in enumerate(n.routes):
        loc = ("routes", r)
        if route.school not in n.schools:
            err((*loc, "school"), f'school "{route.school}" is not one of this notice\'s schools')
        if route.channel not in n.channels:
            err((*loc, "channel"), f'channel "{route.channel}" is not one of this notice\'s channels')
        if route.programme and (route.school, route.programme) not in programmes:
            err((*loc, "programme"), unknown_programme(route.programme, route.school, n))
        key = (route.school, route.channel, route.programme, route.entry_year)
        if key in seen_routes:
            line, _ = f.locate(("routes", seen_routes[key]))
            err(loc, f'route "{route.id}" is already routes[{seen_routes[key]}] (line {line}): one route per school, '
                "channel, programme and entry year; remove this copy, or change what differs")
        seen_routes.setdefault(key, r)
        for k, rule in enumerate(route.rules):
            for field in ("specialties", "prior_specialties"):
                kinds = rule.when.kinds if field == "specialties" else rule.when.prior_kinds
                for s, slug in enumerate(getattr(rule.when, field) or []):
                    ok = any((kind, slug) in catalogue for kind in kinds) if kinds else slug in known_slugs
                    if not ok and kinds and not set(kinds) <= catalogued_kinds:
                        # Kinds with no list of their own (licence-pro, other) are read against every list.
                        ok = slug in known_slugs
                    if not ok:
                        err((*loc, "rules", k, "when", field, s), _unknown_diploma(slug, kinds, catalogue, known_slugs))
            for field in ("ects_min", "ects_below"):
                errors += _figure_in_words(f, (*loc, "rules", k), rule, field, getattr(rule.when, field))
        for q, req in enumerate(route.requirements):
            for field in ("age_below", "experience_min_years"):
                errors += _figure_in_words(f, (*loc, "requirements", q), req, field, getattr(req, field))

    for p, prog in enumerate(n.programmes):
        if prog.curriculum:
            errors += _check_curriculum(prog.curriculum, ("programmes", p, "curriculum"), f)

    for i, exam in enumerate(n.exams):
        if exam.duration_bound and exam.duration_min is None:
            err(("exams", i, "duration_bound"), "bounds no minutes: add duration_min, or remove duration_bound")
    for i, line in enumerate(n.seats.lines):
        if line.school not in n.schools:
            err(("seats", "lines", i, "school"), f'school "{line.school}" is not one of this notice\'s schools')
        if line.programme and (line.school, line.programme) not in programmes:
            err(("seats", "lines", i, "programme"), unknown_programme(line.programme, line.school, n))
    for t, total in enumerate(n.seats.totals):
        lines = [ln for ln in n.seats.lines
                 if (total.school is None or ln.school == total.school)
                 and (total.entry_year is None or ln.entry_year == total.entry_year)
                 and (total.track is None or ln.track == total.track)]
        low, high = _seat_bounds(lines)
        found = str(low) if low == high else f"{low} to {high}"
        adds_up = bool(lines) and low <= total.seats <= high
        if not adds_up and total.discrepancy is None:
            err(("seats", "totals", t, "seats"),
                f"the total says {total.seats} but the matching seat lines add up to {found} (if the notice "
                "itself prints this total, keep it and explain in `discrepancy`)")
        elif adds_up and total.discrepancy is not None:
            err(("seats", "totals", t, "discrepancy"), f"the lines do add up to {total.seats}: remove `discrepancy`")
        elif total.discrepancy is not None:
            # The note explains two figures; one copied from the previous session names that session's.
            figures = dict.fromkeys(str(x) for x in (total.seats, low, high))
            for lang in ("fr", "en"):
                text = getattr(total.discrepancy, lang)
                absent = [x for x in figures if not re.search(rf"(?<!\d){x}(?!\d)", text)]
                if absent:
                    err(("seats", "totals", t, "discrepancy", lang),
                        f"does not name {' or '.join(absent)}: the note explains the printed total ({total.seats}) "
                        f"and what the lines add up to ({found}), and may still describe the previous notice's: "
                        f"rewrite it with {total.seats} and {found}")

    for ch, channel in enumerate(n.fees.channels if n.fees else []):
        if channel not in n.channels:
            err(("fees", "channels", ch), f'channel "{channel}" is not one of this notice\'s channels')

    applied = [c for c, clause in enumerate(n.clauses) if clause.applies == "one-channel"]
    for c in applied[1:]:
        err(("clauses", c, "applies"), f'"one-channel" is already set on clause {applied[0]}: set it once')

    first: dict[str, int] = {}
    for e, event in enumerate(n.events):
        loc = ("events", e)
        if event.id in first:
            line, _ = f.locate(("events", first[event.id], "id"))
            err((*loc, "id"), f'event id "{event.id}" is already used by events[{first[event.id]}] (line {line}): '
                "give each step its own id")
        first.setdefault(event.id, e)
        if event.end and (event.end, event.end_time or "") < (event.start, event.start_time or ""):
            # With their times: they tell apart two ends of one day.
            err((*loc, "end"), f"ends ({written_moment(event.end, event.end_time)}) before it starts "
                f"({written_moment(event.start, event.start_time)})")
        if event.until and (event.end or event.open_ended):
            err((*loc, "until"), "a step known only by its last day (start) has no end and is not open-ended")
        for s in event.schools:
            if s not in n.schools:
                err((*loc, "schools"), f'school "{s}" is not one of this notice\'s schools')
    errors += _check_order(n, f)
    errors += _check_years(n, f)

    if n.integration:
        for lang in ("fr", "en"):
            if "{n}" not in getattr(n.integration.period_label, lang):
                err(("integration", "period_label", lang), "must hold {n}, where the period's number goes")
        previous = None
        for p, period in enumerate(n.integration.periods):
            loc = ("integration", "periods", p)
            if (period.end, period.end_time) < (period.start, period.start_time):
                err((*loc, "end"), f"the period ends ({written_moment(period.end, period.end_time)}) before it starts "
                    f"({written_moment(period.start, period.start_time)})")
            if previous and period.start < previous.end:
                err((*loc, "start"), "the period starts before the previous one ends")
            previous = period
    return errors


# Numbers a text may write in words (years of experience).
_SMALL_NUMBERS = {
    "fr": dict(enumerate(["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"])),
    "en": dict(enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])),
}


def _figure_in_words(f: YamlFile, loc: Loc, item: Rule | Requirement, field: str, value: float | None
                     ) -> list[DataError]:
    """A threshold the wizard applies must be the one its reason states: pages and the diploma matrix show the
    reason ("moins de 30 ans"), the wizard the number, so one changed without the other would disagree."""
    if value is None:
        return []
    figure = f"{value:g}"
    errors = []
    for lang in ("fr", "en"):
        words = getattr(item.reason, lang) + " " + (getattr(item.note, lang) if item.note else "")
        spelt = _SMALL_NUMBERS[lang].get(value)  # "trois ans d'expérience"
        if not re.search(rf"(?<![\d,.]){re.escape(figure)}(?![\d,.]\d|\d)", words) and not (
                spelt and re.search(rf"\b{spelt}\b", words, re.IGNORECASE)):
            errors.append(f.error((*loc, "reason", lang),
                                  f"does not state {figure}, the `{field}` the wizard applies here: write the "
                                  "figure the notice gives in the reason (or its note), or correct the number"))
    return errors


def _unknown_diploma(slug: str, kinds: list[str], catalogue: Iterable[tuple[str, str]], known: set[str]) -> str:
    """A rule's speciality the catalogue lacks. One no kind has is a typo, said without the rule's kinds, so that
    a list shared through a YAML anchor by rules of several kinds gives one error, not one per kind."""
    if slug not in known:
        listed = sorted({name for kind, name in catalogue if not kinds or kind in kinds})
        close = difflib.get_close_matches(slug, listed, n=1) or difflib.get_close_matches(slug, sorted(known), n=1)
        hint = f': did you mean "{close[0]}"?' if close else ""
        return f'unknown diploma "{slug}" (not in the catalogue of data/registry.yaml){hint}'
    # A name the catalogue has for other kinds is no typo: a close name of these kinds would mislead.
    has = sorted({kind for kind, name in catalogue if name == slug})
    return (f'diploma "{slug}" is not in the catalogue for diploma kind{"s" if len(kinds) > 1 else ""} '
            f'{", ".join(kinds)} (data/registry.yaml lists it for {", ".join(has)})')


def _check_curriculum(cur: Curriculum, loc: tuple, f: YamlFile) -> list[DataError]:
    """Every semester's unit is a declared unit; the units' course totals add up to the semesters' volumes."""
    errors = []
    codes = {u.code for u in cur.units}
    for s, sem in enumerate(cur.semesters):
        for u, unit in enumerate(sem.units):
            if unit.code not in codes:
                errors.append(f.error((*loc, "semesters", s, "units", u, "code"),
                                      f'unknown unit "{unit.code}" (known: {", ".join(sorted(codes))})'))
    total, volumes = sum(u.hours for u in cur.units), sum(s.hours for s in cur.semesters)
    if total != volumes:
        errors.append(f.error((*loc, "units"), f"the units' hours add up to {total}, the semesters' volumes to {volumes}"))
    return errors


def _session_years(n: Notice) -> tuple[int, int]:
    """The years a session's dates may fall in: its own, and one on each side."""
    years = [int(y) for y in n.session.split("-")]
    return min(years) - 1, max(years) + 1


def _check_years(n: Notice, f: YamlFile) -> list[DataError]:
    """Every date of a session within a year of it: a typo in the year (2072 for 2027) is not a date at all."""
    low, high = _session_years(n)
    return [f.error(loc, f"{value} is far from session {n.session} (its dates fall in {low} to {high}): check "
                         "the year")
            for loc, value in walk(n) if isinstance(value, dt.date) and not low <= value.year <= high]


def _check_order(n: Notice, f: YamlFile) -> list[DataError]:
    """Each step no earlier than the first step of each kind it must follow (COMES_AFTER), for the same entry
    year and school. The message names the other step and its line: either date may be the wrong one."""
    errors = []

    def shared(a: list, b: list) -> bool:
        return not a or not b or bool(set(a) & set(b))

    # A step whose year is a typo (2062) is reported once, by _check_years, not against every other step.
    low, high = _session_years(n)
    events = [(e, ev) for e, ev in enumerate(n.events) if low <= ev.start.year <= high]
    for e, ev in events:
        for kind in COMES_AFTER.get(ev.kind, ()):
            before = [(o, other) for o, other in events if other.kind == kind
                      and shared(ev.entry_years, other.entry_years) and shared(ev.schools, other.schools)]
            if not before:
                continue
            o, first = min(before, key=lambda pair: pair[1].start)
            if ev.start < first.start:
                line, _ = f.locate(("events", o))
                errors.append(f.error(("events", e, "start"), (
                    f'step "{ev.label.fr}" ({ev.kind}, {ev.start}) comes before step "{first.label.fr}" ({kind}, '
                    f"{first.start}, line {line}): one of the two dates is wrong")))
    return errors
