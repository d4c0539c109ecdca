"""Exports what the wizard needs from the model as rules.json: its only input (it never reads YAML)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .check import check_routes
from .dataset import DATA_DIR, Dataset, load_dataset
from .load import LANGUAGES, DataErrors
from .model.base import DIPLOMA_KINDS, TRACK_KINDS, TRACK_LISTS, Source, Text
from .model.notice import Event, Notice, Route
from .model.recruiter import PayGrid
from .model.rule import Condition
from .model.school import School
from .site.format import day_date, web_address
from .site.views.common import route_anchor, session_label, session_url, step_ics
from .timeline import Window, open_span, steps, window

FORMAT = 18
"""Bumped when the shape of rules.json changes in a way the engine must know about (2: prior_given; 3: until;
4: each event's open span, each route's unstated; 5: specialty_scientific; 6: specialty_given, prior_for;
7: one_channel, the integration step as its periods; 8: each route's page; 9: each notice's
documents_outside_eu; 10: each notice's short label; 11: documents_by_profile, for non-EU nationals or
foreign diplomas; 12: each requirement's exceptions; 13: ects_given; 14: each notice's platform address; 15: kind_aliases, track_kinds; 16: the pay grid's publisher and caveat; 17: specialty_lists; 18: a route cost's own note)."""
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "wizard" / "rules.json"

PRIOR_FIELDS = tuple(name for name in Condition.model_fields if name.startswith("prior_"))
"""The condition fields about the diploma held before an ATS year."""


def specialty_lists(ds: Dataset) -> dict[str, list[str]]:
    """Each kind's specialities, as the form lists them and the engine tries them: the kind's own entries; for a
    kind with none, every field of study any list names (not the preparatory classes' tracks); none for a kind
    whose rules read the diploma held before it (an ATS year: its bac+2's speciality is asked instead)."""
    prior_for = _prior_for(ds)
    diplomas = ds.registry.diplomas
    fields = [d.slug for d in diplomas if any(k not in TRACK_LISTS for k in d.kinds)]
    return {
        kind: [] if kind in prior_for else [d.slug for d in diplomas if kind in d.kinds] or fields
        for kind in DIPLOMA_KINDS
    }


def _prior_for(ds: Dataset) -> list[str]:
    """The diploma kinds whose rules read a prior diploma (the bac+2 before an ATS year): a profile may give
    one only with these."""
    kinds = {
        kind
        for file in ds.notices
        for route in file.notice.routes
        for rule in route.rules
        if any(getattr(rule.when, name) is not None for name in PRIOR_FIELDS)
        for kind in rule.when.kinds or []
    }
    return [k for k in DIPLOMA_KINDS if k in kinds]


class _Exporter:
    def __init__(self, ds: Dataset):
        self.ds = ds

    def source(self, source: Source) -> str:
        """ "document 002, §1.1", as every reason cites it (the sources page lists the documents)."""
        return f"document {source.doc}, {source.ref}"

    def text(self, text: Text, source: Source, note: Text | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"fr": text.fr, "en": text.en, "source": self.source(source)}
        if note is not None:
            out["note"] = note.model_dump()
        return out

    def school(self, school: School) -> dict[str, Any]:
        tuition = [
            {
                "eu_eur": t.eu_eur,
                "non_eu_eur": t.non_eu_eur,
                "academic_year": t.academic_year,
                "scholarship_exempt": t.scholarship_exempt,
                "scholarship": t.scholarship.model_dump() if t.scholarship else None,
                "source": self.source(t.source),
            }
            for t in school.tuition
        ]
        return {"name": school.name, "city": school.city, "tuition": tuition}

    def pay_grid(self, grid: PayGrid) -> dict[str, Any]:
        return {
            "reference_date": grid.reference_date.isoformat(),
            # Spelled here with Babel: the engine, stdlib only in Pyodide, has no localized dates.
            "reference_date_text": {lang: day_date(grid.reference_date, lang) for lang in ("fr", "en")},
            "publisher": self.ds.school(grid.school).name,
            "caveat": grid.caveat.model_dump() if grid.caveat else None,
            "title": grid.title.model_dump(),
            "source": self.source(grid.source),
            "note": grid.note.model_dump() if grid.note else None,
            "footnotes": [f.model_dump() for f in grid.footnotes],
            "bands": [
                {
                    "id": b.id,
                    "label": b.label.model_dump(),
                    "age_min": b.age_min,
                    "age_max": b.age_max,
                    "cells": [c.model_dump() for c in sorted(b.cells, key=lambda c: c.year)],
                }
                for b in grid.bands
            ],
        }

    def route(self, notice: Notice, route: Route) -> dict[str, Any]:
        programme = next(
            (p for p in notice.programmes if (p.school, p.id) == (route.school, route.programme)), None
        )
        return {
            "id": route.id,
            "school": route.school,
            "channel": route.channel,
            "programme": route.programme,
            "programme_name": programme.name.model_dump() if programme else None,
            "entry_year": route.entry_year,
            "level": route.level.model_dump(),
            # Its section of the notice page, under the language's root (the wizard page links to it).
            "page": f"{session_url(notice)}#{route_anchor(route)}",
            "requirements": [
                {
                    "age_below": r.age_below,
                    "experience_min_years": r.experience_min_years,
                    "exceptions": r.exceptions,
                    "reason": self.text(r.reason, r.source, r.note),
                }
                for r in route.requirements
            ],
            "rules": [
                {
                    "when": r.when.model_dump(exclude_none=True),
                    "verdict": r.verdict,
                    "reason": self.text(r.reason, r.source, r.note),
                }
                for r in route.rules
            ],
            "otherwise": {
                "verdict": route.otherwise.verdict,
                "reason": self.text(route.otherwise.reason, route.otherwise.source),
            },
            "tuition": route.tuition,
            "cost": (
                None
                if route.cost is None
                else {
                    "payer": self.text(route.cost.payer, route.cost.source),
                    "eur_per_year": route.cost.eur_per_year,
                    # How to read the figure (Albi: from the companies' brochure, not the notice): a reason of its own.
                    "note": route.cost.note.model_dump() if route.cost.note else None,
                }
            ),
            "apprentice_pay": route.apprentice_pay,
            "unstated": route.unstated,
            "notes": [self.text(n.text, n.source, n.note) for n in route.notes],
        }

    def event(self, notice: Notice, event: Event, span: Window) -> dict[str, Any]:
        opens, closes = open_span(event, span)
        return {
            "id": event.id,
            "ics": f"downloads/{step_ics(notice, event)}",
            "kind": event.kind,
            "label": event.label.model_dump(),
            "start": event.start.isoformat(),
            "start_time": event.start_time,
            "end": event.end.isoformat() if event.end else None,
            "end_time": event.end_time,
            "open_ended": event.open_ended,
            "until": event.until,
            "opens": opens,
            "closes": closes,
            "provisional": event.provisional,
            "schools": event.schools,
            "channels": event.channels,
            "entry_years": event.entry_years,
            "programmes": event.programmes,
            "audience": event.audience.model_dump() if event.audience else None,
            "source": self.source(event.source),
            "note": event.note.model_dump() if event.note else None,
        }

    def fees(self, notice: Notice) -> dict[str, Any] | None:
        fees = notice.fees
        if fees is None:
            return None
        return {
            "per": fees.per,
            "channels": fees.channels or notice.channels,
            "payee": self.text(fees.payee.text, fees.payee.source, fees.payee.note),
            "schemes": {
                s.audience: {
                    "first_eur": s.first_eur,
                    "additional_eur": s.additional_eur,
                    "source": self.source(s.source),
                    "note": s.note.model_dump() if s.note else None,
                }
                for s in fees.schemes
            },
            "refund": self.text(fees.refund.text, fees.refund.source) if fees.refund else None,
        }

    def notice(self, notice: Notice) -> dict[str, Any]:
        doc = self.ds.document(notice.document)
        span = window(notice)
        return {
            "notice": notice.notice,
            "session": notice.session,
            "document": doc.id,
            "title": notice.title.model_dump(),
            "label": {lang: session_label(notice, lang) for lang in ("fr", "en")},
            "fees": self.fees(notice),
            # Where its routes are applied for: routes of two notices on one platform may share its fees.
            "platform": web_address(notice.platform.text.fr) if notice.platform else None,
            "one_channel": next(
                (self.text(c.text, c.source) for c in notice.clauses if c.applies == "one-channel"), None
            ),
            "routes": [self.route(notice, r) for r in notice.routes],
            "events": [self.event(notice, e, span) for e in steps(notice)],
            "documents_by_profile": [
                {
                    **self.text(Text(fr=f"{d.name.fr} — {d.condition.fr}", en=f"{d.name.en} — {d.condition.en}")
                                if d.condition else d.name, d.source, d.note),
                    "entry_years": d.entry_years,
                    "outside_eu": d.outside_eu,
                    "foreign_diploma": d.foreign_diploma,
                }
                for d in notice.documents
                if d.outside_eu or d.foreign_diploma
            ],
        }


def export_rules(ds: Dataset) -> dict[str, Any]:
    """Everything the wizard evaluates, from the newest session of each notice."""
    errors = check_routes(ds)
    if errors:
        raise DataErrors(errors)
    ex = _Exporter(ds)
    notices = [ex.notice(n) for n in ds.current()]
    return {
        "format": FORMAT,
        "kinds": list(DIPLOMA_KINDS),
        "kind_aliases": {k.kind: k.names for k in ds.registry.kind_names},
        "track_kinds": TRACK_KINDS,
        "prior_for": _prior_for(ds),
        "specialty_lists": specialty_lists(ds),
        "catalogue": [
            {
                "slug": d.slug,
                "name": d.name.model_dump(),
                "label": {lang: d.label(lang) for lang in LANGUAGES},
                "kinds": d.kinds,
                "aliases": d.aliases,
            }
            for d in ds.registry.diplomas
        ],
        "channels": {
            c.id: {"name": c.name.model_dump(), "status": c.status.model_dump()} for c in ds.registry.channels
        },
        "schools": {s.id: ex.school(s) for s in ds.schools},
        "pay_grid": ex.pay_grid(ds.recruiters.pay_grid),
        "notices": notices,
    }


def _whole(value: Any) -> Any:
    """76.0 -> 76: euros are floats in the model, but a reader expects "76"."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: _whole(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_whole(v) for v in value]
    return value


def dumps(rules: dict[str, Any], compact: bool = False) -> str:
    """Stable JSON text: indented for the committed copy (diffs), compact for the site."""
    if compact:
        return json.dumps(_whole(rules), ensure_ascii=False, separators=(",", ":"))
    return json.dumps(_whole(rules), ensure_ascii=False, indent=1) + "\n"


def write_rules(out: Path, ds: Dataset | None = None) -> Path:
    """Export the rules of `ds` (default: data/) to `out`."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(dumps(export_rules(ds or load_dataset())), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    """`python -m generator.rules`: export the wizard's rules.json from a data folder."""
    p = argparse.ArgumentParser(prog="python -m generator.rules", description=__doc__)
    p.add_argument("--data", default=str(DATA_DIR), help="the data folder (default: data/)")
    p.add_argument(
        "--out", default=str(DEFAULT_OUT), help="where to write rules.json (default: wizard/rules.json)"
    )
    p.add_argument("--check", action="store_true", help="exit 1 if the file differs from a fresh export")
    args = p.parse_args(argv)
    try:
        text = dumps(export_rules(load_dataset(Path(args.data))))
    except DataErrors as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        return 1
    out = Path(args.out)
    if args.check:
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            print(f"{out} is out of date: run python -m generator.rules", file=sys.stderr)
            return 1
        return 0
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
