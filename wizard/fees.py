"""Money per route: application fee, tuition, course cost and apprentice pay; the total for chosen routes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .messages import message, note, route_names, silent
from .profile import Profile


def _text(value: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if value is None else {k: value[k] for k in ("fr", "en", "source") if k in value}


def application_fee(
    notice: dict[str, Any], route: dict[str, Any], profile: Profile, reasons: list
) -> dict[str, Any]:
    """The fee for the profile's scholarship status, per application or per formation, and its payee."""
    fees = notice["fees"]
    if fees is not None and route["channel"] not in fees["channels"]:
        fees = None  # the notice states its fees for other channels only
    if fees is None:
        reasons.append(message("no-application-fee", silent(notice["document"])))
        return {
            "application_eur": None,
            "application_additional_eur": None,
            "application_per": None,
            "application_payee": None,
            "application_scheme": None,
            "application_standard_eur": None,
            "application_reduced": None,
            "application_source": None,
        }
    schemes = fees["schemes"]
    audience = "scholarship" if profile.scholarship and "scholarship" in schemes else "standard"
    if profile.scholarship and "scholarship" not in schemes:
        reasons.append(message("no-scholarship-fee", silent(notice["document"])))
    scheme = schemes.get(audience) or next(iter(schemes.values()))
    if fees["per"] == "formation" and scheme["additional_eur"] is None:
        reasons.append(message("no-additional-fee", scheme["source"]))
    if scheme.get("note"):  # e.g. what a scholarship exemption depends on
        reasons.append(note(scheme["note"], scheme["source"]))
    if fees["refund"]:  # not refunded whatever the result: worth knowing before paying
        reasons.append(note(fees["refund"], fees["refund"]["source"]))
    standard = schemes["standard"]["first_eur"] if "standard" in schemes else None
    return {
        "application_eur": scheme["first_eur"],
        "application_additional_eur": scheme["additional_eur"],
        "application_per": fees["per"],
        "application_payee": _text(fees["payee"]),
        "application_scheme": audience,
        # What others pay, beside a scholarship holder's reduced fee: "€0" alone reads as a missing figure.
        "application_standard_eur": standard,
        # "waived" (002 §3.2: "exonérés") or "rate" where the scholarship holder's fee differs from the standard.
        "application_reduced": None if audience != "scholarship" or standard in (None, scheme["first_eur"])
        else "waived" if scheme["first_eur"] == 0 else "rate",
        "application_source": scheme["source"],
    }


def tuition(
    route: dict[str, Any], school: dict[str, Any], notice: dict[str, Any], profile: Profile, reasons: list
) -> dict[str, Any]:
    """Tuition per year for the profile's nationality; 0 where scholarship holders are exempt; None when the
    nationality is not given and it decides the amount (the stated EU and non-EU amounts come beside it)."""
    if route["tuition"] != "school":
        reasons.append(message("no-tuition-stated", silent(notice["document"])))
        return {"tuition_eur_per_year": None, "tuition": None, "tuition_exempted": False}
    if not school["tuition"]:
        reasons.append(message("no-school-tuition", silent(notice["document"])))
        return {"tuition_eur_per_year": None, "tuition": None, "tuition_exempted": False}
    stated = school["tuition"][0]
    amount = None if profile.eu_national is None else stated["eu_eur" if profile.eu_national else "non_eu_eur"]
    if profile.scholarship and stated["scholarship_exempt"]:
        amount = 0
        reasons.append(message("tuition-exempt", stated["source"]))
    elif profile.scholarship:
        reasons.append(message("tuition-exemption-unstated", stated["source"]))
    if amount is None:
        reasons.append(message("tuition-needs-nationality", stated["source"]))
    if stated["scholarship"] and profile.scholarship:
        reasons.append(note(stated["scholarship"], stated["source"]))
    if stated["academic_year"]:
        reasons.append(message("tuition-year", stated["source"], year=stated["academic_year"]))
    keys = ("eu_eur", "non_eu_eur", "scholarship_exempt", "academic_year", "source")
    exempted = bool(profile.scholarship and stated["scholarship_exempt"])  # the 0 is the exemption, not a price
    return {"tuition_eur_per_year": amount, "tuition": {k: stated[k] for k in keys}, "tuition_exempted": exempted}


def course_cost(route: dict[str, Any], notice: dict[str, Any], reasons: list) -> dict[str, Any] | None:
    """Who pays for the course and how much, where the notice says it."""
    if route["cost"] is None:
        if "course_cost" in route["unstated"]:
            reasons.append(message("no-course-cost", silent(notice["document"])))
        return None
    cost = route["cost"]
    if cost["note"]:
        reasons.append(note(cost["note"], cost["payer"]["source"]))
    return {"payer": _text(cost["payer"]), "eur_per_year": cost["eur_per_year"]}


def apprentice_pay(
    route: dict[str, Any], grid: dict[str, Any], notice: dict[str, Any], profile: Profile, reasons: list
) -> dict[str, Any] | None:
    """The minimum monthly pay of the profile's age band for each year, from the pay grid."""
    if not route["apprentice_pay"]:
        if "apprentice_pay" in route["unstated"]:
            reasons.append(message("no-pay-grid", silent(notice["document"])))
        return None
    if profile.age is None:
        reasons.append(message("pay-needs-age", grid["source"]))
        return None
    # The grid depends on the age and the year of the course: the age grows by one each year.
    years = []
    last = max(cell["year"] for band in grid["bands"] for cell in band["cells"])  # the grid's years of course
    for year in range(route["entry_year"], last + 1):
        age = profile.age + year - route["entry_year"]
        band = _band(grid, age)
        cell = next((c for c in band["cells"] if c["year"] == year), None) if band else None
        if cell is None:
            reasons.append(message("no-pay-band", grid["source"], age=age, year=year))
            continue
        years.append({**cell, "age": age, "band": band["id"], "band_label": band["label"]})
    if not years:
        return None
    date = grid["reference_date_text"]
    caveat = grid["caveat"] and {"fr": f", « {grid['caveat']['fr']} »", "en": f", “{grid['caveat']['en']}”"}
    reasons.append(message("pay-by-age", grid["source"], publisher=grid["publisher"], date=date, caveat=caveat or ""))
    return {
        "reference_date": grid["reference_date"],
        "reference_date_text": date,
        "source": grid["source"],
        "years": years,
    }


def _band(grid: dict[str, Any], age: int) -> dict[str, Any] | None:
    return next(
        (b for b in grid["bands"] if b["age_min"] <= age and (b["age_max"] is None or age <= b["age_max"])),
        None,
    )


class PickError(ValueError):
    """A chosen route id that is not one of the result's routes."""

    field = "pick"


def fee_total(result: dict[str, Any], route_ids: list[str]) -> dict[str, Any]:
    """The application fees for the chosen routes: one line per notice, then the sum.

    Per "application": one fee whatever the number of routes. Per "formation": the first fee, then the
    additional fee for each further formation (a school and programme, whatever the channel or year).
    Raises PickError for an id that is not a route of the result.
    """
    ids = {r["id"] for r in result["routes"]}
    unknown = [i for i in route_ids if i not in ids]
    if unknown:
        raise PickError(f'unknown route id "{unknown[0]}" (the ids are the routes\' "id" in the output)')
    wanted = set(route_ids)
    chosen = [r for r in result["routes"] if r["id"] in wanted]
    lines = _lines(chosen)
    sessions = sorted({ln["session"] for ln in lines})
    notes = []
    if len(sessions) > 1:
        # Cites the notices whose fees the lines add.
        notices = {ln["notice"] for ln in lines}
        documents = sorted(s["document"] for s in result["sessions"] if s["notice"] in notices)
        notes.append(message("mixed-sessions", f"documents {', '.join(documents)}", sessions=", ".join(sessions)))
    over = [s for s in result["sessions"] if s.get("over") and s["notice"] in {ln["notice"] for ln in lines}]
    if over:
        # Said here too: the total is what one adds up to budget, and these fees are of a session that is past.
        notes.append(message("fees-of-sessions-over" if len(over) > 1 else "fees-of-a-session-over", None, sessions={
            "fr": " ; ".join(s["label"]["fr"] for s in over), "en": "; ".join(s["label"]["en"] for s in over)}))
    notes += _channel_clashes(result, chosen)
    notes += _shared_formations(chosen)
    platform_notes, spans = _shared_platforms(result, chosen, lines)
    notes += platform_notes
    refused = [r for r in chosen if r["verdict"] == "ineligible"]
    if refused:
        # A refused route may cost nothing more: its school and programme are paid for by another choice.
        costs = _sums(lines) != _sums(_lines([r for r in chosen if r["verdict"] != "ineligible"]))
        notes.append(message("ineligible-pick" if costs else "ineligible-pick-free", None, routes=route_names(refused)))
    # Where notices sharing a platform each count the chosen formations their own way, the total is a range:
    # the other lines' amounts, plus each group at its lowest and at its highest reading.
    grouped = {notice for notices, _ in spans for notice in notices}
    for ln in lines:
        ln["shared_platform"] = ln["notice"] in grouped  # its amount is one reading of two: see the note
    rest = sum(ln["amount_eur"] for ln in lines if ln["notice"] not in grouped and ln["amount_eur"] is not None)
    low, high = rest + sum(min(terms) for _, terms in spans), rest + sum(max(terms) for _, terms in spans)
    unknown = [ln["notice"] for ln in lines if ln["amount_eur"] is None]
    ranged = low != high
    return {
        "lines": lines,
        "total_eur": None if unknown or ranged else low,
        "range_eur": {"min": low, "max": high} if ranged else None,
        "known_eur": None if ranged else low,
        "unknown": unknown,
        "notes": notes,
    }


def _sums(lines: list[dict[str, Any]]) -> tuple[int, int]:
    """The known amount of fee lines, and how many lines have no amount."""
    return sum(ln["amount_eur"] or 0 for ln in lines), sum(ln["amount_eur"] is None for ln in lines)


def _formation(route: dict[str, Any]) -> tuple[str, str | None]:
    """What a per-formation fee counts: a school's programme, whatever the channel or entry year."""
    return route["school"], route["programme"]


def _lines(chosen: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One fee line per notice of the chosen routes."""
    lines: list[dict[str, Any]] = []
    for notice in dict.fromkeys(r["notice"] for r in chosen):
        routes = [r for r in chosen if r["notice"] == notice]
        fees = routes[0]["fees"]
        line = {
            "notice": notice,
            "session": routes[0]["session"],
            "routes": [r["id"] for r in routes],
            "per": fees["application_per"],
            "payee": fees["application_payee"],
            "first_eur": fees["application_eur"],
            "additional_eur": fees["application_additional_eur"],
            "count": 1,
            "amount_eur": fees["application_eur"],
        }
        if fees["application_per"] == "formation":
            line["count"] = len({_formation(r) for r in routes})
            extra = line["count"] - 1
            if extra and fees["application_additional_eur"] is None:
                line["amount_eur"] = None
            elif extra:
                line["amount_eur"] = fees["application_eur"] + extra * fees["application_additional_eur"]
        lines.append(line)
    return lines


def _shared_formations(chosen: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A note for each formation chosen at two entry years: a per-formation fee counts it once (two channels
    at one entry year have the one-channel note, where a notice allows one)."""
    per_formation = [r for r in chosen if r["fees"]["application_per"] == "formation"]
    notes = []
    for key in dict.fromkeys((r["notice"], *_formation(r)) for r in per_formation):
        same = [r for r in per_formation if (r["notice"], *_formation(r)) == key]
        if len({r["entry_year"] for r in same}) > 1:
            notes.append(message("one-formation", same[0]["fees"]["application_source"], routes=route_names(same)))
    return notes


def _shared_platforms(result: dict[str, Any], chosen: list[dict[str, Any]], lines: list[dict[str, Any]]
                      ) -> tuple[list[dict[str, Any]], list[tuple[set[str], list[int]]]]:
    """A note where notices that charge per formation take their applications on one platform. Each counts a
    first formation, then each formation "choisie au-delà"; none says whose fees apply to formations of several
    notices chosen together. The note gives the amount on each one's terms (000: 90 € for Albi's formation,
    30 € for each beyond it; 003: 77 €, then 22 €), and each group its notices and those amounts, which the
    total spans: adding each notice's first fee would follow neither notice."""
    sessions = {s["notice"]: s for s in result["sessions"] if s.get("platform")}
    # An address with or without its closing slash is the same platform.
    place = {notice: s["platform"].rstrip("/").lower() for notice, s in sessions.items()}
    per_formation = [ln for ln in lines if ln["per"] == "formation" and ln["notice"] in place]
    notes, spans = [], []
    for platform in dict.fromkeys(place[ln["notice"]] for ln in per_formation):
        same = [ln for ln in per_formation if place[ln["notice"]] == platform]
        if len(same) < 2:
            continue
        count = sum(ln["count"] for ln in same)
        terms = [(sessions[ln["notice"]]["document"], ln["first_eur"] + ln["additional_eur"] * (count - 1))
                 for ln in same if ln["first_eur"] is not None and ln["additional_eur"] is not None]
        if len(terms) == len(same):  # a notice without its amounts leaves its line unknown
            spans.append(({ln["notice"] for ln in same}, [eur for _, eur in terms]))
        notes.append(message(
            "shared-platform", _cited(next(r["fees"]["application_source"] for r in chosen if r["notice"] == ln["notice"])
                                      for ln in same),
            platform=sessions[same[0]["notice"]]["platform"], count=count,
            terms={"fr": ", ".join(f"{eur}\u00a0€ selon le document {doc}" for doc, eur in terms),
                   "en": ", ".join(f"€{eur} by document {doc}" for doc, eur in terms)}))
    return notes, spans


def _cited(sources: Iterable[str]) -> str:
    """Several sources as one citation, as the documents' own references join theirs."""
    return " ; ".join(sources)


def _channel_clashes(result: dict[str, Any], chosen: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A note for each formation (a school's programme) chosen through several channels where a notice of those
    routes allows one channel a year for the same formation (000 §1 within its own channels; 002 §1.3 against
    any other channel, so across notices)."""
    clauses = {s["notice"]: s["one_channel"] for s in result["sessions"] if s.get("one_channel")}
    notes = []
    for formation in dict.fromkeys(_formation(r) for r in chosen):
        routes = [r for r in chosen if _formation(r) == formation]
        cited = [clauses[n] for n in dict.fromkeys(r["notice"] for r in routes) if n in clauses]
        if len({r["channel"] for r in routes}) > 1 and cited:
            sources = {"fr": _cited(c["source"] for c in cited), "en": "; ".join(c["source"] for c in cited)}
            notes.append(message("one-channel", sources["fr"], routes=route_names(routes), clause=sources))
    return notes
