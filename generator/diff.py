"""What changed between two sessions of a notice: dates, fees, seats, accepted diplomas, exams."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .model.base import Source
from .model.notice import Event, Exam, FeeScheme, Notice, Route, SeatLine
from .timeline import written_moment

if TYPE_CHECKING:
    from .dataset import Dataset

KIND_NAMES = {"bts": "BTS", "dut": "DUT", "but2": "BUT 2", "but3": "BUT 3", "licence2": "L2", "licence3": "L3",
              "licence-pro": "Licence pro", "m1": "M1", "cpge": "CPGE", "ats": "ATS", "other": "*", "*": "*"}


class _Names:
    """School and diploma names for the labels; plain ids when no dataset is given."""

    def __init__(self, ds: Dataset | None):
        self.ds = ds

    def school(self, school_id: str) -> str:
        return self.ds.school(school_id).name if self.ds else school_id

    def diploma(self, kind: str, slug: str) -> tuple[str, str]:
        entry = self.ds.diploma(kind, slug) if self.ds and slug != "*" else None
        fr, en = (entry.name.fr, entry.name.en) if entry else (slug, slug)
        return f"{KIND_NAMES.get(kind, kind)} {fr}", f"{KIND_NAMES.get(kind, kind)} {en}"

    def channels(self, ids: list[str]) -> tuple[str, str]:
        found = {c.id: c.name for c in self.ds.registry.channels} if self.ds else {}
        return (" + ".join(found[i].fr if i in found else i for i in ids),
                " + ".join(found[i].en if i in found else i for i in ids))

# A code the reader spells in its language ("{exam_mode:remote}", "{eur:76}"): the diff names no label
# and formats no amount itself.
CODE = re.compile(r"\{([a-z_]+):([a-z0-9.-]+)\}")


def spell(value: str | None, label: Callable[[str, str], str]) -> str | None:
    """A before/after value with each code replaced by label(kind, code)."""
    return None if value is None else CODE.sub(lambda m: label(m.group(1), m.group(2)), value)


Category = Literal["dates", "fees", "seats", "diplomas", "exams", "routes"]
CATEGORIES: tuple[Category, ...] = ("dates", "fees", "seats", "diplomas", "exams", "routes")


@dataclass(frozen=True)
class Change:
    """One difference, described in both languages; before/after are display strings or None."""

    category: Category
    what_fr: str
    what_en: str
    before: str | None
    after: str | None
    sources: tuple[Source | None, Source | None] = (None, None)
    """Where the older and the newer session state the value (None where it states none)."""

    @property
    def kind(self) -> Literal["added", "removed", "changed"]:
        return "added" if self.before is None else "removed" if self.after is None else "changed"


def _sources(old, new) -> tuple[Source | None, Source | None]:
    """The sources of a fact in the older and the newer session (either may be missing)."""
    return (old.source if old else None), (new.source if new else None)


def _when(e: Event) -> str:
    start = written_moment(e.start, e.start_time)
    if not e.end:
        return ("→ " if e.until else "") + start + (" →" if e.open_ended else "")
    return f"{start} → {written_moment(e.end, e.end_time)}"


def _match_events(old: list[Event], new: list[Event]) -> list[tuple[Event | None, Event | None]]:
    # Same id first; then a kind that occurs once on each side is the same step renamed.
    pairs, left, right = [], list(old), list(new)
    for e in list(left):
        twin = next((n for n in right if n.id == e.id), None)
        if twin:
            pairs.append((e, twin))
            left.remove(e)
            right.remove(twin)
    for e in list(left):
        same_kind = [n for n in right if n.kind == e.kind]
        if len(same_kind) == 1 and sum(o.kind == e.kind for o in left) == 1:
            pairs.append((e, same_kind[0]))
            left.remove(e)
            right.remove(same_kind[0])
    return pairs + [(e, None) for e in left] + [(None, n) for n in right]


def _dates(old: Notice, new: Notice) -> list[Change]:
    out = []
    for a, b in _match_events(old.events, new.events):
        e = b or a
        before, after = (_when(a) if a else None), (_when(b) if b else None)
        if before != after:
            out.append(Change("dates", e.label.fr, e.label.en, before, after, _sources(a, b)))
    return out


def _fees(old: Notice, new: Notice) -> list[Change]:
    def amount(s: FeeScheme | None) -> str | None:
        if s is None:
            return None
        return f"{{eur:{s.first_eur:g}}}" + (f" + {{eur:{s.additional_eur:g}}}" if s.additional_eur else "")

    labels = {"standard": ("Frais de candidature", "Application fee"),
              "scholarship": ("Frais de candidature (boursiers)", "Application fee (scholarship holders)")}
    a, b = ({s.audience: s for s in n.fees.schemes} if n.fees else {} for n in (old, new))
    return [Change("fees", *labels[k], amount(a.get(k)), amount(b.get(k)), _sources(a.get(k), b.get(k)))
            for k in sorted(set(a) | set(b)) if amount(a.get(k)) != amount(b.get(k))]


def _seat_key(line: SeatLine) -> tuple:
    return (line.school, tuple(line.channels), line.entry_year, line.programme, line.track.fr if line.track else None)


def _seat_label(line: SeatLine, names: _Names, several_channels: bool) -> tuple[str, str]:
    prog = f" {line.programme.upper()}" if line.programme else ""
    track_fr = f" — {line.track.fr}" if line.track else ""
    track_en = f" — {line.track.en}" if line.track else ""
    # Albi's 75 apprentices and 5 other seats share school and year: only the channels tell them apart.
    channel_fr, channel_en = (f" ({c})" for c in names.channels(line.channels)) if several_channels else ("", "")
    year_fr, year_en = _year(line.entry_year)
    school = names.school(line.school)
    return (f"Places {school}{prog}, {year_fr}{track_fr}{channel_fr}",
            f"Seats {school}{prog}, {year_en}{track_en}{channel_en}")


def _year(entry_year: int) -> tuple[str, str]:
    return ("1re année" if entry_year == 1 else f"{entry_year}e année"), f"year {entry_year}"


def _seat_value(line: SeatLine) -> str:
    return str(line.seats) if isinstance(line.seats, int) else f"{line.seats.min}–{line.seats.max}"


def _seats(old: Notice, new: Notice, names: _Names) -> list[Change]:
    a = {_seat_key(x): x for x in old.seats.lines}
    b = {_seat_key(x): x for x in new.seats.lines}
    several = len(set(old.channels) | set(new.channels)) > 1
    out = []
    for key in list(a) + [k for k in b if k not in a]:
        x, y = a.get(key), b.get(key)
        before, after = (_seat_value(x) if x else None), (_seat_value(y) if y else None)
        if before != after:
            out.append(Change("seats", *_seat_label(y or x, names, several), before, after, _sources(x, y)))
    # The totals the notice prints: a total may change on its own (a misprint corrected, a line moved).
    ta, tb = ({(t.school, t.entry_year, t.track.fr if t.track else None, t.label.fr): t for t in n.seats.totals}
              for n in (old, new))
    for key in list(ta) + [k for k in tb if k not in ta]:
        x, y = ta.get(key), tb.get(key)
        before, after = (str(x.seats) if x else None), (str(y.seats) if y else None)
        if before != after:
            t = y or x
            out.append(Change("seats", f"{t.label.fr} (total imprimé)", f"{t.label.en} (printed total)",
                              before, after, _sources(x, y)))
    return out


def _route_key(r: Route) -> tuple:
    return (r.school, r.channel, r.programme, r.entry_year)


def _route_label(r: Route, names: _Names) -> tuple[str, str]:
    prog = f" {r.programme.upper()}" if r.programme else ""
    school = names.school(r.school)
    return (f"{school}{prog}, {r.level.fr}", f"{school}{prog}, {r.level.en}")


def _listed(r: Route) -> dict[tuple[str, str], Source]:
    """The diplomas a route lists as eligible, as (kind, speciality) ("*" stands for any), each with the
    source of the first rule that lists it."""
    out: dict[tuple[str, str], Source] = {}
    for rule in r.rules:
        if rule.verdict != "eligible":
            continue
        for kind in rule.when.kinds or ["*"]:
            for spec in rule.when.specialties or ["*"]:
                out.setdefault((kind, spec), rule.source)
    return out


def _offered(notice: Notice, r: Route) -> Source:
    """Where the notice offers the route: its seats (003 "Nombre de places": BAT, INFRES and MKX in year 1),
    else its first rule, for a notice that counts no seats for it."""
    where = (r.school, r.entry_year, r.programme)
    line = next((s for s in notice.seats.lines if (s.school, s.entry_year) == where[:2]
                 and s.programme in (None, r.programme) and r.channel in s.channels), None)
    return line.source if line else r.rules[0].source


def _diplomas(old: Notice, new: Notice, names: _Names) -> list[Change]:
    a = {_route_key(r): r for r in old.routes}
    b = {_route_key(r): r for r in new.routes}
    out = []
    for key in list(a) + [k for k in b if k not in a]:
        x, y = a.get(key), b.get(key)
        if x is None or y is None:
            fr, en = _route_label(y or x, names)
            out.append(Change("routes", fr, en, None if x is None else "✓", None if y is None else "✓",
                              (x and _offered(old, x), y and _offered(new, y))))
            continue
        fr, en = _route_label(y, names)
        was, now = _listed(x), _listed(y)
        # Added (listed now, not before), then removed; each cites the rule that lists it. A speciality
        # the other session covers by "any speciality" of its kind is neither added nor removed.
        for listed, other, added in ((now, was, True), (was, now, False)):
            for key in sorted(k for k in listed if not {k, (k[0], "*"), ("*", "*")} & other.keys()):
                dfr, den = names.diploma(*key)
                sides = (None, "✓") if added else ("✓", None)
                sources = (None, listed[key]) if added else (listed[key], None)
                out.append(Change("diplomas", f"{fr} — {dfr}", f"{en} — {den}", *sides, sources))
    return out


# "≈ 30 min", "≤ 20 min": the notice's "environ" and "maximum" as signs both languages read.
BOUND_SIGNS = {"about": "≈ ", "at-most": "≤ "}


def _exam_text(e: Exam) -> str:
    parts = [f"{{exam_mode:{e.mode or 'unstated'}}}"]
    if e.duration_min:
        parts.append(f"{BOUND_SIGNS.get(e.duration_bound, '')}{e.duration_min} min")
    if e.eliminatory_at_or_below is not None:
        parts.append(f"≤ {e.eliminatory_at_or_below:g}/20")
    return ", ".join(parts)


def _exam_label(e: Exam) -> tuple[str, str]:
    """An exam's name, with its entry years where it is for some of them only: a notice may hold one exam
    per year under one name."""
    if not e.entry_years:
        return e.name.fr, e.name.en
    years = [_year(y) for y in e.entry_years]
    return (f"{e.name.fr} ({', '.join(fr for fr, _ in years)})", f"{e.name.en} ({', '.join(en for _, en in years)})")


def _exams(old: Notice, new: Notice) -> list[Change]:
    # The same id; else the same name: one exam of a session may become one per entry year in the next.
    kept = {e.id for e in new.exams}
    pairs: list[tuple[Exam | None, Exam | None]] = [
        (next((x for x in old.exams if x.id == y.id), None)
         or next((x for x in old.exams if x.id not in kept and x.name.fr == y.name.fr), None), y)
        for y in new.exams
    ]
    matched = {id(x) for x, _ in pairs if x}
    pairs += [(x, None) for x in old.exams if id(x) not in matched]
    out = []
    for x, y in pairs:
        before, after = (_exam_text(x) if x else None), (_exam_text(y) if y else None)
        if before != after:
            fr, en = _exam_label(y or x)
            out.append(Change("exams", fr, en, before, after, _sources(x, y)))
    return out


def diff(old: Notice, new: Notice, ds: Dataset | None = None) -> list[Change]:
    """Every change from the older session to the newer one, grouped by category."""
    names = _Names(ds)
    return (_dates(old, new) + _fees(old, new) + _seats(old, new, names) + _diplomas(old, new, names)
            + _exams(old, new))
