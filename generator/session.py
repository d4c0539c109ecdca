"""Scaffold the next session of a notice from its newest one: same structure, every date and amount to confirm."""

from __future__ import annotations

import datetime as dt
import io
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel.dates import get_month_names
from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from .check import document_taken, registered_elsewhere, registered_for, walk
from .dataset import Dataset, notice_files, session_key
from .load import TO_CONFIRM, YamlFile, read_yaml
from .model.notice import Notice

# Keys whose value is an amount of money or of seats (min/max are seat ranges); dates are found by type.
AMOUNT_KEYS = re.compile(r"(_eur$|^eur_|^seats$|^min$|^max$)")
TIME_KEYS = {"start_time", "end_time"}


class ScaffoldError(Exception):
    """A new session cannot be created; the message says why in plain words."""


@dataclass
class Scaffold:
    path: Path
    marked: int
    """How many dates and amounts were marked to confirm."""
    copied: dict[str, int]
    """What was copied as it was and must be checked against the new notice: section -> items."""
    texts_to_review: list[str]
    """Texts of the new file that name the previous session's year, as file:line:col: field: names "2026"."""


def _mark(value: Any) -> str:
    return f"{TO_CONFIRM} (précédente session : {value})"


def _walk(node: Any, state: Scaffold) -> None:
    items = node.items() if isinstance(node, CommentedMap) else enumerate(node)
    for key, value in list(items):
        if isinstance(value, (CommentedMap, CommentedSeq)):
            _walk(value, state)
            continue
        name = key if isinstance(key, str) else ""
        is_date = isinstance(value, dt.date)
        is_time = name in TIME_KEYS
        is_amount = (isinstance(value, (int, float)) and not isinstance(value, bool)
                     and bool(AMOUNT_KEYS.search(name)))
        if is_date or is_time or is_amount:
            node[key] = _mark(value.isoformat() if is_date else value)
            state.marked += 1


def texts_naming(doc: YamlFile, year: str, document: str, phrases: Sequence[str] = ()) -> list[str]:
    """Each French or English text of a file, and each source's `ref`, that names `year`, the document `document`
    ("notice 003") or one of the regular expressions `phrases`, as "file:line:col: field": a new session's texts
    and sources that still name the previous one's year, notice, dates or amounts ("Places ouvertes en 2024")."""
    # A document id is no part of a number written with its thousands apart ("1 000 heures" is not notice 000).
    return texts_holding(doc, [re.escape(year), rf"(?<!\d)(?<!\d[ \u00a0\u202f]){re.escape(document)}(?!\d)",
                               *phrases])


def texts_holding(doc: YamlFile, phrases: Sequence[str], under: str | None = None) -> list[str]:
    """Each French or English text of a file, and each source's `ref`, that one of the regular expressions
    `phrases` matches, as "file:line:col: field: names …"; with `under`, only those of that top-level field."""
    if not phrases:
        return []
    # Its plain data, not its model: a scaffold still holding markers does not validate yet.
    named = re.compile("|".join(phrases))
    found = [(doc.error(loc, ""), value) for loc, value in walk(doc.data)
             if loc and loc[-1] in ("fr", "en", "ref") and isinstance(value, str) and named.search(value)
             and (under is None or _a_note_under(loc, under))]
    # A text written once under a YAML anchor (&name) and repeated by *name is listed once, where it is written.
    places: dict[tuple[int, int], list[str]] = {}
    words: dict[tuple[int, int], str] = {}
    for e, value in found:
        places.setdefault((e.line, e.col), []).append(e.field)
        # What was found, quoted: a text can run to hundreds of characters on its line.
        words[e.line, e.col] = ", ".join(f'"{w}"' for w in dict.fromkeys(m.group() for m in named.finditer(value)))
    return [f"{found[0][0].file}:{line}:{col}: {fields[0]}: names {words[line, col]}"
            + (f" (and {len(fields) - 1} more place(s) repeating it through a YAML anchor)" if len(fields) > 1 else "")
            for (line, col), fields in places.items()]


def _a_note_under(loc: tuple, under: str) -> bool:
    """A note of the top-level field `under` (a `note`, a printed total's `discrepancy`, a `notes` text), not a
    label or a source's `ref`."""
    return loc[0] == under and loc[-1] != "ref" and bool({"note", "notes", "discrepancy"} & set(loc))


def changed_phrases(old: BaseModel, new: BaseModel) -> list[str]:
    """The days, amounts and seat counts of the previous session (or the last commit's version) that the new one no
    longer has, as regular expressions matching them written in a text ("18 mai", "May 18", "76 €", "75 places"): a
    weekday or a fee copied inside a text is not marked by the scaffold, and is no longer true. An amount may be
    written "77 euros", "77 EUR" or with its thousands apart ("11 500 €")."""
    def days(n: BaseModel) -> set[tuple[int, int]]:  # (month, day): a day the new session has too is still true
        return {(value.month, value.day) for _, value in walk(n) if isinstance(value, dt.date)}

    def amounts(n: BaseModel) -> set[float]:
        return {value for loc, value in walk(n) if loc and str(loc[-1]).endswith("_eur")
                and isinstance(value, (int, float)) and not isinstance(value, bool)}

    phrases = []
    for month, day in sorted(days(old) - days(new)):
        fr, en = (get_month_names("wide", locale=lang)[month] for lang in ("fr", "en"))
        # The first day of a span names its month after the last: "du 16 au 25 avril", "entre le 16 et le
        # 23 avril", "du lundi 16 au vendredi 25 avril", "16 to 25 April", "April 16-25".
        fr_to = r"\s*(?:et\s+le|au|à|–|-)\s*(?:\w+\s+)?\d{1,2}(?:er)?"
        en_to = r"\s*(?:and|to|–|-)\s*(?:\w+\s+)?\d{1,2}(?:st|nd|rd|th)?"
        phrases += [rf"(?<!\d){day}(er)?(?:{fr_to})?\s+{fr}\b", rf"(?<!\d){day}(st|nd|rd|th)?(?:{en_to})?\s+{en}\b",
                    rf"\b{en}\s+{day}(?!\d)"]
    for amount in sorted(amounts(old) - amounts(new)):
        whole, _, cents = f"{amount:g}".partition(".")
        groups = [whole[max(0, i - 3):i] for i in range(len(whole), 0, -3)][::-1]
        number = r"[\s.,]?".join(groups) + (rf"[.,]{cents}0*" if cents else "")
        phrases += [rf"(?<![\d.,]){number}\s?(?:€|(?i:euros?|eur)\b)", rf"(?:€|\bEUR)\s?{number}(?![\d.,]*\d)"]
    # A count of seats, written "75 places" or "seats: 75" ("Provisional seats: 75 in apprenticeship").
    for count in sorted(_seats(old) - _seats(new)):
        phrases += [rf"(?<![\d.,]){count}\s+(?i:places?|seats?)\b",
                    rf"\b(?i:places?|seats?)(?:\s+\w+)?\s?:\s?{count}(?![\d.,]*\d)"]
    return phrases


def _seats(n: BaseModel) -> set[int]:
    """A session's seat counts: each line's or total's number, or the ends of a range."""
    return {value for loc, value in walk(n) if "seats" in loc and loc[-1] in ("seats", "min", "max")
            and isinstance(value, int) and not isinstance(value, bool)}


def changed_seat_counts(old: BaseModel, new: BaseModel) -> list[str]:
    """The seat counts of the previous session that the new one no longer has, as bare numbers: a note on the
    seats names them without "places" ("le total général (60) concorde avec les lignes")."""
    return [rf"(?<![\d.,]){count}(?![\d.,]*\d)" for count in sorted(_seats(old) - _seats(new))]


def reordered_steps(old: Notice, new: Notice, file: YamlFile) -> list[str]:
    """The steps of the new session that come before a step they followed in the previous one (or after one they
    preceded), as "file:line:col: field: …": the order of a notice's steps rarely changes, so one that moved is
    more likely a date mistyped (a day and a month swapped). One line per moved step: the step out of order with
    the most others is named first, with all of them, so that one wrong date is one line, not one per step."""
    then = {e.id: e.start for e in old.events}
    now = [(i, e) for i, e in enumerate(new.events) if e.id in then]
    reversed_with: dict[int, set[int]] = {i: set() for i, _ in now}
    for i, a in now:
        for j, b in now:
            if then[a.id] < then[b.id] and a.start > b.start:
                reversed_with[i].add(j)
                reversed_with[j].add(i)
    events = dict(now)
    lines = []
    while any(reversed_with.values()):
        i = max(reversed_with, key=lambda k: (len(reversed_with[k]), -k))
        others = sorted(reversed_with.pop(i), key=lambda k: events[k].start)
        for k in others:
            reversed_with[k].discard(i)
        event = events[i]
        sides = ("after" if then[event.id] < then[events[k].id] else "before" for k in others)
        listed = ", ".join(f"{events[k].id} ({events[k].start}, {side} it in {old.session})"
                           for k, side in zip(others, sides, strict=True))
        lines.append(str(file.error(("events", i, "start"), f"{event.start}: its order changed since session "
                                    f"{old.session}, against {listed}: check these dates")))
    return lines


SHIFT_SLACK_DAYS = 60
"""How far one step's move may stray from the others' before it is a point to check: a notice may move a step by
weeks; a year left unchanged or mistyped moves it by a year."""


def shifted_steps(old: Notice, new: Notice, file: YamlFile) -> list[str]:
    """The steps of the new session that moved, since the previous one, by much more or less than the others (the
    median move), as "file:line:col: field: …": a year left from the old session or mistyped gives no other
    sign when the step stays in order (2026-02-01 for 2027-02-01 opens the applications a year early)."""
    then = {e.id: e.start for e in old.events}
    moves = {i: (e.start - then[e.id]).days for i, e in enumerate(new.events) if e.id in then}
    if len(moves) < 3:
        return []
    usual = statistics.median(moves.values())
    return [str(file.error(("events", i, "start"), f"{new.events[i].start}: moved {days} days since session "
                           f"{old.session}, the other steps about {usual:.0f}: check its year and month"))
            for i, days in moves.items() if abs(days - usual) > SHIFT_SLACK_DAYS]


def stale_costs(ds: Dataset, notices: Sequence[str] = ()) -> list[str]:
    """Each company guide's course price (`cost_of`) taken from a notice session that is no longer the newest, as
    "file:line:col: field: …": the recruiters' page would show the old price beside the new session's. With
    `notices`, only the prices taken from those notices."""
    file = ds.files["recruiters.yaml"]
    out = []
    for g, guide in enumerate(ds.recruiters.guides):
        for i, item in enumerate(guide.funding):
            if not item.cost_of:
                continue
            notice_id, session = item.cost_of.split("/")
            if notices and notice_id not in notices:
                continue
            newest = ds.sessions(notice_id)[0].session
            if session != newest:
                out.append(str(file.error(("guides", g, "funding", i, "cost_of"), (
                    f"the course price of {item.cost_of}; {notice_id} {newest} is newer: write "
                    f"{notice_id}/{newest} if this guide's price is that session's"))))
    return out


def _copied(tree: Any) -> dict[str, int]:
    """The lists a new notice may change that the scaffold copies as they were."""
    rules = sum(len(r.get("rules") or []) for r in tree.get("routes") or [])
    out = {"rules": rules, "routes": len(tree.get("routes") or [])}
    for key in ("programmes", "exams", "documents", "phases", "clauses"):
        out[key] = len(tree.get(key) or [])
    # A note on a printed seat total explains that document's own figures: the new notice may differ.
    out["seat total notes"] = sum(1 for t in (tree.get("seats") or {}).get("totals") or [] if t.get("discrepancy"))
    return {k: v for k, v in out.items() if v}


def new_session(data_dir: Path, notice_id: str, session: str, document: str) -> Scaffold:
    """Create data/notices/NOTICE/SESSION.yaml from the newest session, its sources pointing at `document` (the
    new notice, listed in data/registry.yaml first); never overwrite a file."""
    folder = data_dir / "notices" / notice_id
    if not (data_dir / "notices").is_dir():
        raise ScaffoldError(f"{data_dir} has no notices folder: give the data folder with --data")
    if not re.fullmatch(r"\d{4}", session):
        raise ScaffoldError(f'the session must be a year such as "2027", not "{session}"')
    registry, _ = read_yaml(data_dir / "registry.yaml", data_dir)  # its own errors are validate's to report
    listed = registry.data.get("documents") if registry else None
    documents = [str(d.get("id")) for d in listed if isinstance(d, dict)] if isinstance(listed, list) else []
    if document not in documents:
        raise ScaffoldError(f'document "{document}" is not in {data_dir / "registry.yaml"}: add the new notice to '
                            f'its documents first (known: {", ".join(documents)})')
    existing = sorted((p for p in notice_files(data_dir) if p.parent == folder), key=lambda p: session_key(p.stem))
    if not existing:
        known = sorted(p.name for p in (data_dir / "notices").iterdir() if p.is_dir())
        raise ScaffoldError(f'no notice "{notice_id}" in {data_dir / "notices"} (known: {", ".join(known)})')
    target = folder / f"{session}.yaml"
    if target.exists():
        raise ScaffoldError(f"{target} already exists: it is never overwritten (edit it, or delete it first)")
    newest = existing[-1]
    if session_key(session) <= session_key(newest.stem):
        raise ScaffoldError(f"the new session {session} must come after the newest one, {newest.stem}")
    # The new session's own notice: a document that already describes a session would make two copies of it.
    for other in notice_files(data_dir):
        said, _ = read_yaml(other, data_dir)  # its own errors are validate's to report
        if said and isinstance(said.data, dict) and str(said.data.get("document")) == document:
            raise ScaffoldError(document_taken(document, other))
    # validate refuses a session described by a document registered for another: say it before the copy.
    entry = next(d for d in listed if isinstance(d, dict) and str(d.get("id")) == document)
    if not registered_for(str(entry.get("session")), session):
        where = f'in {data_dir / "registry.yaml"}'
        raise ScaffoldError(registered_elsewhere(document, str(entry.get("session")), where, session))

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)  # the house style: "  - item" under its key
    # A null the last session wrote stays written: an empty value would look like a blank to fill in.
    yaml.representer.add_representer(type(None), lambda rep, _: rep.represent_scalar("tag:yaml.org,2002:null", "null"))
    tree = yaml.load(newest.read_text(encoding="utf-8"))
    old_year, old_doc = newest.stem, str(tree["document"])
    state = Scaffold(target, 0, _copied(tree), [])
    _walk(tree, state)
    tree["session"] = session
    # The new notice is a new document: every source of the old one now points at it.
    _retarget_sources(tree, old_doc, document)
    tree["document"] = document
    dumped = io.StringIO()
    yaml.dump(tree, dumped)
    # The file's opening comment names the session (and document) it describes.
    lines = dumped.getvalue().split("\n")
    for i, line in enumerate(lines):
        if not line.startswith("#"):
            break
        line = line.replace(f"session {old_year}", f"session {session}")
        lines[i] = line.replace(f"(document {old_doc})", f"(document {document})")
    text = "\n".join(lines)
    with target.open("x", encoding="utf-8") as out:  # "x": fail rather than overwrite
        out.write(text)
    # Lines and columns as the new file has them: read back from it.
    doc, _ = read_yaml(target, data_dir)
    state.texts_to_review = texts_naming(doc, old_year, old_doc) if doc else []
    return state


def _retarget_sources(node: Any, old: str, new: str) -> None:
    if isinstance(node, CommentedMap):
        if "doc" in node and str(node["doc"]) == old and "ref" in node:
            node["doc"] = new
        for value in node.values():
            _retarget_sources(value, old, new)
    elif isinstance(node, CommentedSeq):
        for value in node:
            _retarget_sources(value, old, new)
