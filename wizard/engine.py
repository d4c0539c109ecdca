"""evaluate(profile): every route of the current notices with its verdict, reasons, fees and deadlines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from . import fees
from .deadline import deadlines, parse_now, session_over
from .profile import Catalogue, Profile, parse_profile
from .verdict import route_verdict

FORMAT = 18
RULES_FILE = Path(__file__).resolve().parent / "rules.json"


class Rules:
    """rules.json, loaded once: the catalogue, the notices and their routes."""

    def __init__(self, data: dict[str, Any]):
        if not isinstance(data, dict):
            raise ValueError(f"rules.json: an object is expected, not {type(data).__name__}")
        if data.get("format") != FORMAT:
            raise ValueError(f"rules.json: format {data.get('format')!r}, this engine reads format {FORMAT}")
        self.data = data
        self.catalogue = Catalogue(data["kinds"], data["catalogue"], data["prior_for"], data["kind_aliases"],
                                   data["track_kinds"], lists=data["specialty_lists"])
        self.routes = [(n, r) for n in data["notices"] for r in n["routes"]]


_default: Rules | None = None


def load_rules(source: str | Path | dict[str, Any] | None = None) -> Rules:
    """Rules from a dict, a JSON text or a file path; None: the rules.json next to the package."""
    if isinstance(source, dict):
        return Rules(source)
    if isinstance(source, str) and source.lstrip().startswith("{"):
        return Rules(json.loads(source))
    path = Path(source) if source is not None else RULES_FILE
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: write it with `python -m generator.rules`")
    return Rules(json.loads(path.read_text(encoding="utf-8")))


def use_rules(source: str | Path | dict[str, Any] | None) -> Rules:
    """Make these rules the default of evaluate() (the browser passes the site's rules.json text)."""
    global _default
    _default = load_rules(source)
    return _default


def default_rules() -> Rules:
    """The rules.json next to the package, read once."""
    global _default
    if _default is None:
        _default = load_rules()
    return _default


def documents_for(notice: dict[str, Any], route: dict[str, Any], profile: Profile) -> list[dict]:
    """The documents the profile says this candidate must give: a visa for some who are not EU nationals (its
    condition says who exactly, since the profile does not tell an EEA or Swiss national apart; listed too
    when the nationality is not given), the details of a diploma obtained abroad."""
    return [
        {**{k: v for k, v in d.items() if k not in ("entry_years", "outside_eu", "foreign_diploma")},
         "kind": "document"}
        for d in notice["documents_by_profile"]
        if (d["outside_eu"] and profile.eu_national is not True or d["foreign_diploma"] and profile.foreign)
        and (not d["entry_years"] or route["entry_year"] in d["entry_years"])
    ]


def evaluate_route(rules: Rules, notice: dict[str, Any], route: dict[str, Any], profile: Profile,
                   now: str | None = None) -> dict:
    """One route's verdict, reasons, fees and deadlines for the profile (with `now`, each deadline's status)."""
    verdict, reasons = route_verdict(route, profile)
    # A refused route asks for no documents, unless only a condition with exceptions refuses the diploma.
    aside = next((r["verdict"] for r in reasons if r["kind"] == "rule-aside"), "ineligible")
    if verdict != "ineligible" or aside != "ineligible":
        reasons += documents_for(notice, route, profile)
    school = rules.data["schools"].get(route["school"], {"name": route["school"], "tuition": []})
    money_reasons: list[dict[str, Any]] = []
    money = fees.application_fee(notice, route, profile, money_reasons)
    money.update(fees.tuition(route, school, notice, profile, money_reasons))
    money["course_cost"] = fees.course_cost(route, notice, money_reasons)
    money["apprentice_pay"] = fees.apprentice_pay(
        route, rules.data["pay_grid"], notice, profile, money_reasons
    )
    # The renderer says "not stated" for these. (A stated grid with no band for the candidate's age is not
    # "unstated": its reason says so.)
    money["unstated"] = route["unstated"]
    money["reasons"] = money_reasons
    return {
        "id": route["id"],
        "school": route["school"],
        "school_name": school["name"],
        "channel": route["channel"],
        "channel_name": rules.data["channels"][route["channel"]]["name"],
        # "Student status", "Apprentice, employed by a company": what a channel's name does not say.
        "channel_status": rules.data["channels"][route["channel"]]["status"],
        "programme": route["programme"],
        "programme_name": route["programme_name"],
        "entry_year": route["entry_year"],
        "level": route["level"],
        "page": route["page"],
        "notice": notice["notice"],
        "session": notice["session"],
        "document": notice["document"],
        "verdict": verdict,
        "reasons": reasons,
        "fees": money,
        "deadlines": deadlines(notice, route, now),
    }


def evaluate(profile: dict[str, Any], rules: Rules | None = None, *, now: str | None = None) -> dict[str, Any]:
    """The verdict of every route for a profile; ValueError (ProfileError) naming the field if invalid. `now`, a
    Paris date or minute ("2026-03-20", "2026-03-20T14:00"), gives each deadline its status at that moment."""
    rules = rules or default_rules()
    parsed = parse_profile(profile, rules.catalogue)
    minute = None if now is None else parse_now(now)
    return {
        "routes": [evaluate_route(rules, n, r, parsed, minute) for n, r in rules.routes],
        "profile": parsed.as_json(),
        **({"now": minute} if minute else {}),
        "sessions": [
            {
                "notice": n["notice"],
                "session": n["session"],
                "document": n["document"],
                "title": n["title"],
                "label": n["label"],
                "one_channel": n["one_channel"],
                "platform": n["platform"],
                **({"over": session_over(n, minute)} if minute else {}),
            }
            for n in rules.data["notices"]
        ],
    }
