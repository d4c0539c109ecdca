"""A route's verdict for a profile: requirements first, then the rules in order, first match wins."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from operator import itemgetter
from typing import Any

from .messages import message
from .profile import Diploma, Profile

Reason = dict[str, Any]
_RANK = {"ineligible": 0, "jury": 1, "eligible": 2}


def _names_match(diploma: Diploma | None, wanted: list[str]) -> bool:
    return diploma is not None and not diploma.names.isdisjoint(wanted)


def condition_holds(when: dict[str, Any], profile: Profile) -> bool:
    """Every field of the condition holds for the profile (an empty condition always holds)."""
    diploma, prior, ects = profile.diploma, profile.prior, profile.ects
    checks = {
        "kinds": lambda v: diploma.kind in v,
        "specialties": lambda v: _names_match(diploma, v),
        "specialty_given": lambda v: (diploma.slug is not None) == v,
        "specialty_in_catalogue": lambda v: diploma.known == v,
        # Only an answer matches: a question left unanswered is neither yes nor no.
        "specialty_scientific": lambda v: profile.specialty_scientific is v,
        "prior_given": lambda v: (prior is not None) == v,
        "prior_kinds": lambda v: prior is not None and prior.kind in v,
        "prior_specialties": lambda v: _names_match(prior, v),
        "prior_specialty_in_catalogue": lambda v: prior is not None and prior.known == v,
        "ects_given": lambda v: (ects is not None) == v,
        # An unknown ECTS count does not fail a minimum; only a known count can be below a bound.
        "ects_min": lambda v: ects is None or ects >= v,
        "ects_below": lambda v: ects is not None and ects < v,
        "foreign": lambda v: profile.foreign == v,
    }
    for field, value in when.items():
        if field not in checks:
            raise KeyError(f"rules.json: unknown condition field {field!r}")
        if not checks[field](value):
            return False
    return True


def first_rule(rules: list[Any], profile: Profile, when: Callable[[Any], dict[str, Any]] = itemgetter("when")) -> Any:
    """The first rule whose condition holds for the profile, or None (the route's "otherwise" applies).
    `when` reads a rule's condition: rules.json's dicts here, the generator's models for its diploma matrix."""
    return next((r for r in rules if condition_holds(when(r), profile)), None)


def requirement_state(req: dict[str, Any], profile: Profile) -> tuple[str, list[str]]:
    """"failed" when the profile misses this requirement of the route, "unchecked" when the profile leaves out
    what it asks (the age, the years of experience), else "met"; with the profile's fields left out."""
    checks = [
        ("age", req.get("age_below"), profile.age, lambda limit, age: age < limit),
        ("experience_years", req.get("experience_min_years"), profile.experience_years,
         lambda least, years: years >= least),
    ]
    states = {field: "unchecked" if given is None else "met" if holds(limit, given) else "failed"
              for field, limit, given, holds in checks if limit is not None}
    state = next((s for s in ("failed", "unchecked") if s in states.values()), "met")
    return state, [field for field, s in states.items() if s == "unchecked"]


def _reason(text: dict[str, Any], kind: str) -> Reason:
    reason = {"fr": text["fr"], "en": text["en"], "source": text["source"], "kind": kind}
    if text.get("note"):
        reason["note"] = text["note"]
    return reason


def _rule(route: dict[str, Any], profile: Profile) -> dict[str, Any]:
    return first_rule(route["rules"], profile) or route["otherwise"]


def _diploma_rule(route: dict[str, Any], profile: Profile) -> tuple[dict[str, Any], str | None]:
    """The rule the diploma gets, and the message owed when the profile leaves out a speciality the verdict
    depends on. A speciality left out does not refuse, as an age or a count of credits left out does not:
    unless a rule of the notice speaks of its absence (specialty_given: false), the rule is the best a
    speciality could get, and the message says so."""
    rule = _rule(route, profile)
    # Every catalogue speciality is scientific or technical: a candidate who says theirs is neither has none.
    options = [_rule(route, replace(profile, diploma=d)) for d in profile.diploma.options
               if not (d.known and profile.specialty_scientific is False)]
    if rule.get("when", {}).get("specialty_given") is not False:
        best = max(options, key=lambda r: _RANK[r["verdict"]], default=rule)
        if _RANK[best["verdict"]] > _RANK[rule["verdict"]]:
            return best, "specialty-best"
    if any(option["verdict"] != rule["verdict"] for option in options):
        return rule, "specialty-unchecked"
    return rule, None


def route_verdict(route: dict[str, Any], profile: Profile) -> tuple[str, list[Reason]]:
    """The verdict and its reasons: failed requirements, else the first matching rule; then the notes."""
    states = [(r, *requirement_state(r, profile)) for r in route["requirements"]]
    failed = [r for r, state, _ in states if state == "failed"]
    rule, specialty_missing = _diploma_rule(route, profile)
    # The form waits for a speciality; a profile sent without one is told when the verdict lacks it.
    missing = [{**message(specialty_missing, rule["reason"]["source"]), "kind": "requirement-unchecked",
                "fields": ["specialty"]}] if specialty_missing else []
    if failed:
        verdict = "ineligible"
        reasons = [_reason(r["reason"], "requirement-failed") for r in failed]
        # What the diploma alone would give, where the notice allows exceptions to every condition failed
        # ("sauf dérogation prévue par la loi"): a candidate who has one needs the rest of the answer.
        if all(r.get("exceptions") for r in failed):
            reasons += [{**_reason(rule["reason"], "rule-aside"), "verdict": rule["verdict"]}, *missing]
    else:
        # A condition the profile leaves out does not refuse: it is shown, marked as not checked.
        verdict = rule["verdict"]
        reasons = [_reason(rule["reason"], "rule"), *missing]
        # An unknown count passes a minimum of ECTS credits (ects_min): say it was not checked, as for the age.
        least = rule.get("when", {}).get("ects_min")
        if least is not None and profile.ects is None:
            unchecked = {**message("ects-unchecked", rule["reason"]["source"], least=least),
                         "kind": "requirement-unchecked", "fields": ["ects"]}
            if rule["reason"].get("note"):
                unchecked["note"] = rule["reason"]["note"]  # where the count is a reading of the notice
            reasons.append(unchecked)
        reasons += [{**_reason(r["reason"], f"requirement-{state}"), **({"fields": left_out} if left_out else {})}
                    for r, state, left_out in states]
    reasons += [_reason(note, "note") for note in route["notes"]]
    return verdict, reasons
