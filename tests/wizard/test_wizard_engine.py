"""The engine on the real rules: the documents' own examples, reasons, fees, pay and deadlines."""

from __future__ import annotations

import copy
import re

import pytest
from wizard_cases import CASES

import wizard

# A place in a document, or the bare document when the reason is about what it does not say.
SOURCE = re.compile(r"^document \d{3}(, .+)?$")


@pytest.mark.parametrize(("name", "profile", "expected"), CASES, ids=[c[0] for c in CASES])
def test_document_examples(verdicts, name, profile, expected):
    got = verdicts(profile)
    assert {k: got[k] for k in expected} == expected


def test_one_route_per_school_channel_programme_year(rules):
    result = wizard.evaluate({"diploma": "bts", "age": 20}, rules)
    keys = [(r["school"], r["channel"], r["programme"], r["entry_year"]) for r in result["routes"]]
    assert len(keys) == len(set(keys)) == sum(len(n["routes"]) for n in rules.data["notices"])
    assert {r["channel"] for r in result["routes"]} == {
        "ast",
        "apprenticeship",
        "continuing-education",
        "professionalisation",
    }


def test_output_shape(rules):
    result = wizard.evaluate({"diploma": "licence3", "specialty": "chimie", "age": 21}, rules)
    assert set(result) >= {"routes", "profile"}
    for r in result["routes"]:
        assert r["school"] in {"albi", "ales", "nord-europe"}
        assert r["entry_year"] in (1, 2)
        assert r["verdict"] in {"eligible", "jury", "ineligible"}
        assert re.fullmatch(r"\d{4}", r["session"])
        assert r["reasons"], r["id"]
        for reason in r["reasons"] + r["fees"]["reasons"]:
            assert reason["fr"] and reason["en"] and SOURCE.match(reason["source"]), reason
        assert {"application_eur", "tuition_eur_per_year"} <= set(r["fees"])


def test_sessions_are_the_newest(rules):
    sessions = {
        s["notice"]: s["session"] for s in wizard.evaluate({"diploma": "bts", "age": 20}, rules)["sessions"]
    }
    assert sessions == {"albi-alternance": "2025", "ales-apprentissage": "2024", "ast": "2026"}


def test_reason_cites_the_table(route):
    r = route({"diploma": "licence3", "specialty": "biologie-biochimie", "age": 21}, "nord-europe-ast-y1")
    assert r["reasons"][0]["kind"] == "rule"
    assert r["reasons"][0]["source"].startswith("document 002, ")
    assert "Tableau 5" in r["reasons"][0]["source"]


def test_route_notes_are_reasons(route):
    """002 §1.3: one admission channel per year, shown with every AST verdict."""
    r = route({"diploma": "licence3", "specialty": "chimie", "age": 21}, "albi-ast-y1")
    notes = [x for x in r["reasons"] if x["kind"] == "note"]
    assert any("1.3" in x["source"] for x in notes)


def test_failed_requirement_is_the_reason(route):
    r = route({"diploma": "bts", "specialty": "batiment", "age": 31}, "ales-apprenticeship-bat-y1")
    assert r["verdict"] == "ineligible"
    assert r["reasons"][0]["kind"] == "requirement-failed"
    assert "30" in r["reasons"][0]["fr"]
    # The diploma's own verdict follows, for a candidate with an exception ("hors dérogations").
    aside = r["reasons"][1]
    assert (aside["kind"], aside["verdict"]) == ("rule-aside", "eligible")
    assert aside["source"].startswith("document 003, §1.1.1")
    # …and says so when the diploma is refused too.
    r = route({"diploma": "bts", "specialty": "Comptabilité et gestion", "specialty_scientific": False, "age": 31},
              "albi-apprenticeship-y1")
    assert [(x["kind"], x.get("verdict")) for x in r["reasons"][:2]] == [
        ("requirement-failed", None), ("rule-aside", "ineligible")]
    # The experience condition of continuing education has no exception: no aside.
    r = route({"diploma": "bts", "specialty": "cira", "age": 25, "experience_years": 1}, "albi-continuing-education-y1")
    assert r["verdict"] == "ineligible" and "rule-aside" not in [x["kind"] for x in r["reasons"]]


def test_a_failed_requirement_with_exceptions_still_asks_for_the_missing_speciality(route):
    """Over 30 ("sauf dérogation", 003 §1.1.1): the diploma's verdict is given aside, and a candidate with an
    exception is told the speciality it waits for."""
    r = route({"diploma": "bts", "age": 31}, "ales-apprenticeship-bat-y1")
    assert [x["kind"] for x in r["reasons"][:3]] == ["requirement-failed", "rule-aside", "requirement-unchecked"]
    assert r["reasons"][2]["fields"] == ["specialty"]


def test_a_condition_the_profile_leaves_out_is_not_checked_and_does_not_refuse(route):
    """No age, no years of experience: the diploma's verdict stands, and the condition says it was not checked."""
    r = route({"diploma": "bts", "specialty": "batiment"}, "ales-apprenticeship-bat-y1")
    assert r["verdict"] == "eligible"
    assert [x["kind"] for x in r["reasons"]][:2] == ["rule", "requirement-unchecked"]
    assert r["reasons"][1]["fields"] == ["age"]  # what the form should ask for
    assert r["fees"]["apprentice_pay"] is None
    assert any("âge" in x["fr"] for x in r["fees"]["reasons"])
    r = route({"diploma": "bts", "specialty": "Électrotechnique", "age": 40}, "albi-continuing-education-y1")
    assert r["verdict"] == "eligible"
    assert [x["fields"] for x in r["reasons"] if x["kind"] == "requirement-unchecked"] == [["experience_years"]]
    r = route({"diploma": "bts", "specialty": "Électrotechnique", "age": 40, "experience_years": 1},
              "albi-continuing-education-y1")
    assert r["verdict"] == "ineligible"


def test_an_ects_minimum_not_given_is_said_to_be_unchecked(route):
    """003 §1.1 c): a CPGE "ayant validé … au moins 120 crédits ECTS"; without a count, the verdict stands."""
    r = route({"diploma": "cpge", "specialty": "mp", "age": 20}, "ales-apprenticeship-bat-y1")
    assert r["verdict"] == "eligible"
    unchecked = [x for x in r["reasons"] if x["kind"] == "requirement-unchecked"]
    assert [x["en"] for x in unchecked] == [
        "At least 120 validated ECTS credits, a condition of this rule: the number of credits is not given."]
    assert unchecked[0]["source"] == r["reasons"][0]["source"]
    r = route({"diploma": "cpge", "specialty": "mp", "age": 20, "ects": 120}, "ales-apprenticeship-bat-y1")
    assert "requirement-unchecked" not in [x["kind"] for x in r["reasons"]]
    # Notice 000 counts no credits: the unchecked reason carries the rule's reading note.
    r = route({"diploma": "cpge", "specialty": "mp", "age": 20}, "albi-apprenticeship-y1")
    (unchecked,) = [x for x in r["reasons"] if x["kind"] == "requirement-unchecked"]
    assert unchecked["note"]["fr"].startswith("Lecture retenue : la notice 000 ne compte pas en crédits ECTS")


def test_a_speciality_not_given_does_not_refuse_and_is_said_to_be_missing(route):
    """002 Table 5 decides an L3 by its mention. A profile without one gets the verdict of an accepted mention,
    told that it holds for those only, as an age or a count of credits left out does not refuse; year 2 refuses
    any L3, whatever the mention."""
    best = ("The diploma's speciality or mention is not given, and eligibility depends on it. This verdict and "
            "its reason hold for a speciality the notice accepts, not for the others: check yours in the source cited.")
    r = route({"diploma": "licence3"}, "albi-ast-y1")
    assert r["verdict"] == "eligible"
    assert r["reasons"][0] == route({"diploma": "licence3", "specialty": "physique"}, "albi-ast-y1")["reasons"][0]
    assert [x["en"] for x in r["reasons"] if x["kind"] == "requirement-unchecked"] == [best]
    assert [x["fields"] for x in r["reasons"] if x["kind"] == "requirement-unchecked"] == [["specialty"]]
    assert route({"diploma": "licence3", "specialty": "informatique"}, "albi-ast-y1")["verdict"] == "ineligible"
    for given in ({"diploma": "licence3"}, {"diploma": "licence3", "specialty": "physique"}):
        r = route(given, "albi-ast-y2")
        assert r["verdict"] == "ineligible" and not [x for x in r["reasons"] if x["kind"] == "requirement-unchecked"]


def test_a_speciality_not_given_follows_the_notice_where_it_speaks_of_its_absence(route):
    """002 §1.1.1 (our reading, with its note): a Licence-level title without its speciality goes to the jury,
    a rule of the data (specialty_given: false); the profile is still told the verdict depends on it."""
    r = route({"diploma": "licence-pro"}, "albi-ast-y1")
    assert r["verdict"] == "jury" and "without its speciality, one cannot tell" in r["reasons"][0]["en"]
    assert [x["en"] for x in r["reasons"] if x["kind"] == "requirement-unchecked"] == [
        "The diploma's speciality or mention is not given: eligibility depends on it, and this verdict is given "
        "without it."]


def test_a_speciality_said_to_be_neither_scientific_nor_technical_is_none_of_the_catalogue(route):
    """000 §1 asks for a scientific and/or technical bac+2; every catalogue speciality is one. A BTS given
    without its speciality, said to be neither, is refused, with nothing left unchecked."""
    r = route({"diploma": "bts", "specialty_scientific": False, "age": 20}, "albi-apprenticeship-y1")
    assert r["verdict"] == "ineligible"
    assert "requirement-unchecked" not in [x["kind"] for x in r["reasons"]]
    assert route({"diploma": "bts", "age": 20}, "albi-apprenticeship-y1")["verdict"] == "eligible"


def test_a_foreign_title_below_m1_cites_the_foreign_titles_section_at_ales(route):
    """003 §2.2: the jury declares a foreign title equivalent to the titles of §2.1 (M1, 240 ECTS)."""
    r = route({"diploma": "licence3", "specialty": "Informatique", "foreign": True, "age": 22},
              "ales-apprenticeship-infres-y2")
    assert r["verdict"] == "ineligible" and r["reasons"][0]["source"] == "document 003, §2.2 Titres étrangers"
    assert r["reasons"][0]["note"]["en"].startswith("Our reading")


def test_a_foreign_title_below_120_ects_cites_the_foreign_titles_section_at_ales(route):
    """003 §1.3 compares a foreign title to those of §1.1 and §1.2 (120 ECTS); §1.2 alone is for French ones."""
    for kind in ("other", "licence2", "bts"):
        r = route({"diploma": kind, "specialty": "mecanique", "ects": 100, "foreign": True, "age": 22},
                  "ales-apprenticeship-mkx-y1")
        assert r["verdict"] == "ineligible"
        assert r["reasons"][0]["source"].startswith("document 003, §1.3 Titres étrangers")
    french = route({"diploma": "other", "specialty": "mecanique", "ects": 100, "age": 22}, "ales-apprenticeship-mkx-y1")
    assert french["reasons"][0]["source"] == "document 003, §1.2 Autres titres ou parcours français"


def test_a_candidate_outside_the_eu_is_told_of_the_visa(route):
    """000 §3: a valid visa if not a national of the EEA or Switzerland; the profile only knows the EU, so the
    document's own condition says who exactly."""
    profile = {"diploma": "bts", "specialty": "batiment", "age": 20}
    visa = [x for x in route({**profile, "eu_national": False}, "albi-apprenticeship-y1")["reasons"]
            if x["kind"] == "document"]
    assert len(visa) == 1 and "Suisse" in visa[0]["fr"] and "Switzerland" in visa[0]["en"]
    assert visa[0]["source"].startswith("document 000, §3")
    eu = {**profile, "eu_national": True}
    assert not [x for x in route(eu, "albi-apprenticeship-y1")["reasons"] if x["kind"] == "document"]
    # Nationality not given: listed, since its condition says who must give it.
    assert [x for x in route(profile, "albi-apprenticeship-y1")["reasons"] if x["kind"] == "document"] == visa
    # A refused route asks for no documents; 002 and 003 ask for no visa.
    refused = route({"diploma": "other", "ects": 60, "age": 20, "eu_national": False}, "albi-apprenticeship-y1")
    assert refused["verdict"] == "ineligible" and "document" not in [x["kind"] for x in refused["reasons"]]
    assert not [x for x in route({**profile, "eu_national": False}, "ales-apprenticeship-bat-y1")["reasons"]
                if x["kind"] == "document"]


def test_a_foreign_diploma_is_told_of_the_programme_details(route):
    """000 §3: "Détail du programme du diplôme obtenu … Si le diplôme est obtenu à l'étranger"."""
    profile = {"diploma": "bts", "specialty": "batiment", "age": 20, "eu_national": True}
    asked = [x for x in route({**profile, "foreign": True}, "albi-apprenticeship-y1")["reasons"]
             if x["kind"] == "document"]
    assert len(asked) == 1 and "étranger" in asked[0]["fr"] and "abroad" in asked[0]["en"]
    assert not [x for x in route(profile, "albi-apprenticeship-y1")["reasons"] if x["kind"] == "document"]
    # Refused on the age only (an exception may apply): the document is still listed.
    over = route({**profile, "foreign": True, "age": 31}, "albi-apprenticeship-y1")
    assert over["verdict"] == "ineligible" and "document" in [x["kind"] for x in over["reasons"]]


def test_speciality_slug_and_alias(rules):
    profile = wizard.evaluate({"diploma": "dut", "specialty": "  G.E.I.I. ", "age": 20}, rules)["profile"]
    assert profile["specialty"] == "g-e-i-i" and not profile["specialty_in_catalogue"]
    profile = wizard.evaluate({"diploma": "dut", "specialty": "GEII", "age": 20}, rules)["profile"]
    assert profile["specialty"] == "genie-electrique-et-informatique-industrielle"
    # "mp" is MP for a CPGE, Mesures physiques for a DUT: the catalogue is read per kind.
    assert (
        wizard.evaluate({"diploma": "cpge", "specialty": "MP", "age": 19}, rules)["profile"]["specialty"]
        == "mp"
    )
    assert wizard.evaluate({"diploma": "dut", "specialty": "MP", "age": 19}, rules)["profile"][
        "specialty"
    ] == ("mesures-physiques")


# ---- fees ----


def test_ast_fee_one_application_paid_to_first_choice(route):
    fees = route({"diploma": "licence3", "specialty": "chimie", "age": 21}, "ales-ast-y1")["fees"]
    assert fees["application_eur"] == 76
    assert fees["application_per"] == "application"
    assert "choix 1" in fees["application_payee"]["fr"]
    # One fee whatever the number of schools (002 §3.2): no "additional course" to speak of.
    assert any(r["en"].startswith("One application, so one payment of €76") for r in fees["reasons"])
    assert not any("additional course" in r["en"] for r in fees["reasons"])


def test_ast_fee_scholarship_exempt(route):
    fees = route(
        {"diploma": "licence3", "specialty": "chimie", "age": 21, "scholarship": True}, "ales-ast-y1"
    )["fees"]
    assert fees["application_eur"] == 0
    assert fees["application_scheme"] == "scholarship"
    assert fees["application_standard_eur"] == 76  # shown beside the 0, which alone reads as a missing figure
    # What the exemption depends on (the CROUS certificate) is given with it.
    assert any("CROUS" in r["fr"] and "CROUS" in r["en"] for r in fees["reasons"])
    assert not any(r["en"].startswith("One application, so one payment") for r in fees["reasons"])


def test_tuition_of_a_stated_year_says_which(route):
    fees = route({"diploma": "licence3", "specialty": "chimie", "age": 21}, "nord-europe-ast-y1")["fees"]
    year = fees["tuition"]["academic_year"]
    assert year and any(year in r["fr"] and year in r["en"] for r in fees["reasons"])


@pytest.mark.parametrize(
    ("scholarship", "first", "additional"), [(False, 90, 30), (True, 30, 15)], ids=["standard", "scholarship"]
)
def test_albi_platform_fee_per_formation(route, scholarship, first, additional):
    """000 §3: 90 EUR for the Albi formation, 30 per additional one; 30 and 15 for scholarship holders."""
    fees = route({"diploma": "bts", "age": 20, "scholarship": scholarship}, "albi-apprenticeship-y1")["fees"]
    assert (fees["application_eur"], fees["application_additional_eur"], fees["application_per"]) == (
        first,
        additional,
        "formation",
    )


def test_albi_professionalisation_fee_is_a_reading(route):
    """000: §1 only says to ask the school about this contract; §3's fees name no channel. The wizard shows
    the fees, with the reading note that says so."""
    result = route({"diploma": "bts", "age": 20}, "albi-professionalisation-y1")
    assert (result["fees"]["application_eur"], result["fees"]["application_additional_eur"]) == (90, 30)
    assert any(r["kind"] == "note" and "have the school confirm" in r["en"] for r in result["reasons"])


def test_ales_platform_fee(route):
    """003 §4.1: 77 EUR for one formation, 22 for each additional; 22 and 11 for scholarship holders."""
    fees = route({"diploma": "bts", "age": 20}, "ales-apprenticeship-mkx-y1")["fees"]
    assert (fees["application_eur"], fees["application_additional_eur"]) == (77, 22)
    fees = route({"diploma": "bts", "age": 20, "scholarship": True}, "ales-apprenticeship-mkx-y1")["fees"]
    assert (fees["application_eur"], fees["application_additional_eur"]) == (22, 11)


@pytest.mark.parametrize(
    ("route_id", "eu", "scholarship", "amount", "reason"),
    [
        ("ales-ast-y1", True, False, 2950, None),
        ("ales-ast-y1", False, False, 5150, None),
        ("ales-ast-y1", False, True, 0, "exempt"),
        ("albi-ast-y1", True, True, 2650, "does not say"),
        ("nord-europe-ast-y2", False, False, 4850, None),
    ],
)
def test_tuition(route, route_id, eu, scholarship, amount, reason):
    """002 Annexe 4: EU / non-EU tuition; Alès and Nord Europe exempt scholarship holders, Albi does not say."""
    profile = {
        "diploma": "m1",
        "specialty": "physique",
        "age": 23,
        "eu_national": eu,
        "scholarship": scholarship,
    }
    fees = route(profile, route_id)["fees"]
    assert fees["tuition_eur_per_year"] == amount
    if reason:
        assert any(reason in r["en"] for r in fees["reasons"])
    # Nothing is said of an exemption to a candidate who holds no scholarship.
    assert any("xempt" in r["en"] for r in fees["reasons"]) == scholarship


def test_tuition_exemption_is_said_as_the_document_states_it(route):
    """002 Annexe 4 exempts scholarship holders at Alès: the reason says so, beside the amount of 0."""
    profile = {"diploma": "m1", "specialty": "physique", "scholarship": True, "eu_national": False}
    fees = route(profile, "ales-ast-y1")["fees"]
    assert "Scholarship holder: exempt from tuition, as the document states." in [r["en"] for r in fees["reasons"]]
    assert fees["tuition_exempted"] is True


@pytest.mark.parametrize("scholarship, amount", [(False, None), (True, 0)])
def test_tuition_without_nationality(route, scholarship, amount):
    """Nationality not given: no amount is chosen for the candidate, both stay in `tuition`; an exemption holds
    whatever the nationality."""
    fees = route({"diploma": "m1", "specialty": "physique", "scholarship": scholarship}, "ales-ast-y1")["fees"]
    assert fees["tuition_eur_per_year"] == amount
    assert (fees["tuition"]["eu_eur"], fees["tuition"]["non_eu_eur"]) == (2950, 5150)
    assert any("Nationality not given" in r["en"] for r in fees["reasons"]) == (amount is None)


def test_tuition_not_stated_is_null_with_reason(route):
    fees = route({"diploma": "bts", "age": 20}, "ales-apprenticeship-bat-y1")["fees"]
    assert fees["tuition_eur_per_year"] is None
    assert any("no tuition" in r["en"] for r in fees["reasons"])


def test_course_cost_albi(route):
    """001: 11 500 EUR a year, paid by the company with its OPCO."""
    fees = route({"diploma": "bts", "age": 20}, "albi-apprenticeship-y1")["fees"]
    cost = fees["course_cost"]
    assert cost["eur_per_year"] == 11500
    assert cost["payer"]["source"].startswith("document 001, ")
    # Its reading note comes with it: the figure is the companies' brochure's, notice 000 states none.
    (reading,) = [r for r in fees["reasons"] if "notice 000 states no cost" in r["en"]]
    assert reading["source"] == cost["payer"]["source"] and "la notice 000 ne cite aucun coût" in reading["fr"]


def test_course_cost_unstated_alès(route):
    fees = route({"diploma": "bts", "age": 20}, "ales-apprenticeship-infres-y1")["fees"]
    assert fees["course_cost"] is None
    assert any("who pays" in r["en"] for r in fees["reasons"])
    assert fees["unstated"] == ["course_cost"]


def test_only_an_apprenticeship_expects_a_course_cost(route):
    """A continuing-education route is silent on its cost without being flagged as unstated."""
    fees = route({"diploma": "bts", "age": 30, "experience_years": 3}, "albi-continuing-education-y1")["fees"]
    assert fees["course_cost"] is None and fees["unstated"] == []
    assert not any("who pays" in r["en"] for r in fees["reasons"])


@pytest.mark.parametrize(
    ("age", "pay"),
    [
        (18, [683, 811, 1065]),  # 18, 19, 20: the 18-20 band all along
        (19, [683, 811, 1240]),  # 21 in year 3: the 21-25 band
        (20, [683, 970, 1240]),  # 21 from year 2
        (21, [842, 970, 1240]),
        (24, [842, 970, 1589.47]),  # 26 in year 3: "26 ans et +"
        (29, [1589.47] * 3),
    ],
)
def test_apprentice_pay_by_age(route, age, pay):
    """004: minimum pay by age band and year (as of 30 September 2021); the age grows each year."""
    got = route({"diploma": "bts", "age": age}, "ales-apprenticeship-mkx-y1")["fees"]
    years = got["apprentice_pay"]["years"]
    assert [c["eur_per_month"] for c in years] == pay
    assert [(c["year"], c["age"]) for c in years] == [(1, age), (2, age + 1), (3, age + 2)]
    assert got["apprentice_pay"]["reference_date"] == "2021-09-30"
    assert any("30 septembre 2021" in r["fr"] and "30 September 2021" in r["en"] for r in got["reasons"])
    assert any("legal minimum" in r["en"].lower() for r in got["reasons"])


def test_apprentice_pay_under_18_in_year_1(route):
    fees = route({"diploma": "bts", "age": 17}, "ales-apprenticeship-mkx-y1")["fees"]
    assert [(c["year"], c["eur_per_month"]) for c in fees["apprentice_pay"]["years"]] == [(2, 811), (3, 1065)]
    assert any("17" in r["en"] and "band" in r["en"] for r in fees["reasons"])


def test_apprentice_pay_for_a_year_2_entrant_starts_in_year_2(route):
    fees = route({"diploma": "m1", "age": 23}, "ales-apprenticeship-mkx-y2")["fees"]
    assert [(c["year"], c["age"], c["eur_per_month"]) for c in fees["apprentice_pay"]["years"]] == [
        (2, 23, 970), (3, 24, 1240)]


def test_no_pay_for_student_routes(route):
    assert route({"diploma": "licence3", "age": 20}, "albi-ast-y1")["fees"]["apprentice_pay"] is None


# ---- fee total for chosen routes ----


def test_fee_total_ast_is_one_fee(rules):
    result = wizard.evaluate({"diploma": "licence3", "specialty": "chimie", "age": 21}, rules)
    total = wizard.fee_total(result, ["albi-ast-y1", "ales-ast-y1", "nord-europe-ast-y1"])
    assert total["total_eur"] == 76
    assert total["lines"][0]["count"] == 1


def test_fee_total_platform_counts_formations(rules):
    result = wizard.evaluate({"diploma": "bts", "age": 20}, rules)
    picks = ["ales-apprenticeship-bat-y1", "ales-apprenticeship-mkx-y1", "ales-apprenticeship-infres-y1"]
    assert wizard.fee_total(result, picks)["total_eur"] == 77 + 2 * 22
    # The same formation at two entry years is still one formation.
    assert (
        wizard.fee_total(result, ["ales-apprenticeship-bat-y1", "ales-apprenticeship-bat-y2"])["total_eur"]
        == 77
    )
    both = wizard.fee_total(result, [*picks, "albi-apprenticeship-y1", "albi-ast-y1"])
    # Alès and Albi share a platform and count its four formations each its own way (see the next test).
    assert both["total_eur"] is None and both["known_eur"] is None
    assert both["range_eur"] == {"min": 77 + 3 * 22 + 76, "max": 90 + 3 * 30 + 76}
    assert wizard.fee_total(result, [])["total_eur"] == 0
    # Notices of different sessions (Alès 2024, Albi 2025, AST 2026): the total says so.
    assert "2024, 2025, 2026" in both["notes"][0]["en"]
    assert both["notes"][0]["source"] == "documents 000, 002, 003"  # the notices whose fees are added
    assert wizard.fee_total(result, picks)["notes"] == []
    # A chosen route the profile is refused at (the BTS at admission sur titres) is counted, and said so.
    (refused,) = [n for n in both["notes"] if "not eligible" in n["en"]]
    assert "IMT Mines Albi, Admission on qualifications (AST), year 1" in refused["en"]
    assert "yet the total counts that choice" in refused["en"]
    assert refused["source"] is None  # a remark on the candidate's choices: no document makes it


def test_fee_total_says_when_two_notices_share_a_per_formation_platform(rules):
    """Albi (000 §3: 90 € for its formation, 30 € for each beyond it) and Alès (003 §4.1: 77 €, then 22 €) both take
    applications on dossier-apprentissage.imt.fr: whose fees apply to formations of both, neither says."""
    result = wizard.evaluate({"diploma": "bts", "age": 20}, rules)
    picks = ["albi-apprenticeship-y1", "ales-apprenticeship-mkx-y1", "ales-apprenticeship-bat-y1"]
    total = wizard.fee_total(result, picks)
    # Adding each notice's first fee (90 + 77 + 22) would follow neither notice: the total spans both readings.
    assert total["total_eur"] is None
    assert total["range_eur"] == {"min": 121, "max": 150}
    assert [ln["shared_platform"] for ln in total["lines"]] == [True, True]
    (shared,) = [n for n in total["notes"] if "same platform" in n["en"]]
    assert "(https://dossier-apprentissage.imt.fr)" in shared["en"]
    assert "for these 3 courses, €150 by document 000, €121 by document 003. For them, the total counts from the lower" in shared["en"]
    assert "pour ces 3 formations, 150\u00a0€ selon le document 000, 121\u00a0€ selon le document 003." in shared["fr"]
    assert shared["source"] == ("document 000, §3 Modalités de Candidature ; "
                                "document 003, §4.1 Dossier de candidature en ligne")
    # A scholarship holder's terms are the reduced ones (000: 30 € then 15 €; 003: 22 € then 11 €).
    reduced = wizard.fee_total(wizard.evaluate({"diploma": "bts", "age": 20, "scholarship": True}, rules), picks[:2])
    assert "€45 by document 000, €33 by document 003" in next(n["en"] for n in reduced["notes"] if "same platform" in n["en"])
    # Formations of one notice are that notice's own count: nothing to say.
    alone = wizard.fee_total(result, picks[1:])
    assert not [n for n in alone["notes"] if "same platform" in n["en"]]
    assert alone["total_eur"] == 77 + 22 and alone["range_eur"] is None
    assert not any(ln["shared_platform"] for ln in alone["lines"])


def test_fee_total_says_when_its_fees_are_of_a_session_over(rules):
    """The total is what a candidate budgets with: fees of a session that is over are said to be so."""
    profile = {"diploma": "bts", "age": 20}
    during = wizard.fee_total(wizard.evaluate(profile, rules, now="2025-02-10"), ["albi-apprenticeship-y1"])
    assert not [n for n in during["notes"] if "over" in n["en"]]
    after = wizard.fee_total(wizard.evaluate(profile, rules, now="2026-02-10"),
                             ["albi-apprenticeship-y1", "ales-apprenticeship-bat-y1", "albi-ast-y1"])
    (over,) = [n for n in after["notes"] if n["en"].startswith("Sessions over")]
    # The AST session (2026) is still ahead: only the other two are named.
    assert over["en"].startswith("Sessions over: IMT Mines Albi, work-study, 2025 session; IMT Mines Alès, "
                                 "apprenticeship, 2024 session. The next sessions' notices are not yet published")
    assert over["fr"].startswith("Sessions terminées : IMT Mines Albi, alternance, session 2025 ; IMT Mines Alès, "
                                 "apprentissage, session 2024.")
    assert over["source"] is None
    # One session over is named in the singular.
    (alone,) = wizard.fee_total(wizard.evaluate(profile, rules, now="2026-02-10"), ["albi-apprenticeship-y1"])["notes"]
    assert alone["en"].startswith("Session over: IMT Mines Albi, work-study, 2025 session. The next session's notice")
    assert alone["fr"].startswith("Session terminée : IMT Mines Albi, alternance, session 2025. La notice")


def test_fee_total_says_what_a_formation_is(rules):
    """A formation (per-formation fees) is a school's programme: chosen at two entry years, it is counted once and
    the total says so; a refused route whose formation another choice pays for adds nothing, and is said to."""
    result = wizard.evaluate({"diploma": "but2", "specialty": "genie-mecanique-et-productique", "age": 22}, rules)
    picks = ["ales-apprenticeship-mkx-y1", "ales-apprenticeship-mkx-y2"]
    total = wizard.fee_total(result, picks)
    assert total["total_eur"] == 77
    once, refused = total["notes"]
    assert once["en"].startswith("IMT Mines Alès, Apprenticeship, Mechatronics, year 1; IMT Mines Alès, "
                                 "Apprenticeship, Mechatronics, year 2: one course, counted once")
    assert once["source"] == "document 003, §4.1 Dossier de candidature en ligne"
    assert "Mécatronique, 2e année : la candidature y serait refusée ; ce choix n'ajoute rien au total" in refused["fr"]
    # Another speciality at year 2 is a second formation: the refused choice now costs the additional fee.
    more = wizard.fee_total(result, [*picks, "ales-apprenticeship-bat-y2"])
    assert more["total_eur"] == 77 + 22
    assert "yet the total counts that choice" in more["notes"][-1]["en"]


def test_fee_total_warns_of_two_channels_where_the_notice_allows_one(rules):
    result = wizard.evaluate({"diploma": "bts", "specialty": "electrotechnique", "age": 20}, rules)
    one = wizard.fee_total(result, ["albi-apprenticeship-y1"])
    assert one["notes"] == []
    two = wizard.fee_total(result, ["albi-apprenticeship-y1", "albi-professionalisation-y1"])
    (clash,) = [n for n in two["notes"] if "in the same year" in n["en"]]
    assert clash["source"] == "document 000, §1 Conditions d'admission"
    assert "Apprentissage, 1re année ; IMT Mines Albi, Contrat de professionnalisation" in clash["fr"]
    # Several Alès apprenticeship specialities are one channel: the platform allows them (fees per formation).
    ales = ["ales-apprenticeship-bat-y1", "ales-apprenticeship-mkx-y1"]
    assert wizard.fee_total(result, ales)["notes"] == []


def test_fee_total_warns_of_two_channels_to_one_course_across_notices(rules):
    """Albi's student-status course and its work-study course give one diploma (000); 000 §1 and 002 §1.3 allow
    one channel a year to the same course. Alès's apprenticeship specialities are other courses than its
    student-status one, so choosing both is no clash."""
    result = wizard.evaluate({"diploma": "but3", "specialty": "genie-mecanique-et-productique", "age": 21}, rules)
    albi = wizard.fee_total(result, ["albi-ast-y1", "albi-apprenticeship-y1"])
    (clash,) = [n for n in albi["notes"] if "in the same year" in n["en"]]
    assert clash["en"].startswith("You chose several admission channels to what we read as the same course at the "
                                  "same school "
                                  "(IMT Mines Albi, Apprenticeship, year 1; IMT Mines Albi, Admission on "
                                  "qualifications (AST), year 1)")
    assert "(document 000, §1 Conditions d'admission; document 002, §1.3 Autres conditions)" in clash["en"]
    assert clash["source"] == "document 000, §1 Conditions d'admission ; document 002, §1.3 Autres conditions"
    ales = wizard.fee_total(result, ["ales-ast-y1", "ales-apprenticeship-mkx-y1"])
    assert not [n for n in ales["notes"] if "in the same year" in n["en"]]


# ---- deadlines ----


def test_deadlines_are_scoped_to_the_route(route):
    albi = route({"diploma": "licence3", "age": 21}, "albi-ast-y1")["deadlines"]
    ales = route({"diploma": "licence3", "age": 21}, "ales-ast-y1")["deadlines"]
    assert ("application-deadline", "2026-03-20", "23:00") in {
        (e["kind"], e["start"], e["start_time"]) for e in albi
    }
    assert [e["start"] for e in albi if e["kind"] == "exams"] == ["2026-05-18"]
    assert [e["start"] for e in ales if e["kind"] == "exams"] == ["2026-05-19"]
    assert albi == sorted(albi, key=lambda e: (e["start"], e["start_time"] or ""))


def test_deadlines_by_channel(route):
    """000 §1: the qualification held by 20 September is the continuing-education candidate's deadline; the
    company search is the apprentice's step."""
    apprentice = [e["id"] for e in route({"diploma": "bts"}, "albi-apprenticeship-y1")["deadlines"]]
    employee = [e["id"] for e in route({"diploma": "bts"}, "albi-continuing-education-y1")["deadlines"]]
    assert "company-search" in apprentice and "documents-deadline-continuing-education" not in apprentice
    assert "documents-deadline-continuing-education" in employee and "company-search" not in employee


def test_deadlines_by_entry_year(route):
    y2 = route({"diploma": "m1", "age": 23}, "ales-apprenticeship-bat-y2")["deadlines"]
    assert all(
        "phase" not in e["label"]["en"].lower() or "complementary" not in e["label"]["en"].lower() for e in y2
    )
    assert any(e["kind"] == "application-deadline" and e["start"] == "2024-03-12" for e in y2)


@pytest.mark.parametrize(
    ("now", "opening", "deadline", "results"),
    [
        # A day alone is its first minute: the platform opens at 14:00 that day (002, page de garde).
        ("2026-01-26", "upcoming", "upcoming", "upcoming"),
        ("2026-01-26T14:00", "open", "open", "upcoming"),
        # "Vendredi 20 mars 2026 à 23h" (§3.2): open through that minute, closed the next.
        ("2026-03-20T23:00", "open", "open", "upcoming"),
        ("2026-03-20T23:01", "closed", "closed", "upcoming"),
        # Published "à partir du jeudi 9 avril 2026 à 16h" (§3.3): they stay available.
        ("2026-04-20", "closed", "closed", "open"),
    ],
)
def test_each_deadline_has_its_status_at_the_moment_given(rules, now, opening, deadline, results):
    out = wizard.evaluate({"diploma": "licence3", "specialty": "chimie"}, rules, now=now)
    assert out["now"] == (now if "T" in now else now + "T00:00")
    steps = {e["id"]: e["status"] for e in next(r for r in out["routes"] if r["id"] == "albi-ast-y1")["deadlines"]}
    assert (steps["platform-open"], steps["application-deadline"], steps["admissibility-results"]) == (
        opening, deadline, results)


@pytest.mark.parametrize(
    ("now", "first"),
    [
        # Before the opening, the opening comes first (002, page de garde: 26 January at 14:00).
        ("2026-01-10", ["platform-open", "appraisal-form-deadline", "application-deadline"]),
        # Once the platform is open, its opening is behind; the two pieces due on 20 March come first, then
        # the committee of 8 April (§3.1), before the title due on 17 July that is open all along.
        ("2026-02-10", ["appraisal-form-deadline", "application-deadline", "admissibility-commission"]),
        ("2026-03-20T22:30", ["appraisal-form-deadline", "application-deadline", "admissibility-commission"]),
        ("2026-03-21", ["admissibility-commission", "admissibility-results", "exams-albi"]),
    ],
)
def test_the_steps_ahead_are_ranked_by_what_comes_first(rules, now, first):
    out = wizard.evaluate({"diploma": "licence3", "specialty": "chimie"}, rules, now=now)
    steps = next(r for r in out["routes"] if r["id"] == "albi-ast-y1")["deadlines"]
    ranked = sorted((e for e in steps if e["next"] is not None), key=lambda e: e["next"])
    assert [e["id"] for e in ranked[:3]] == first
    assert all(e["status"] != "closed" for e in ranked)
    assert not next(s for s in out["sessions"] if s["notice"] == "ast")["over"]


def test_an_opening_without_a_deadline_ahead_stays_among_the_next_dates(rules):
    """A notice may give its platform's opening and closing as one step ("ouverte du … au …"): no deadline says
    until when it is open, so the opening's own end does."""
    data = copy.deepcopy(rules.data)
    ast = next(n for n in data["notices"] if n["notice"] == "ast")
    ast["events"] = [e for e in ast["events"] if e["kind"] != "application-deadline"]
    out = wizard.evaluate({"diploma": "licence3", "specialty": "chimie"}, wizard.Rules(data), now="2026-02-10")
    steps = next(r for r in out["routes"] if r["id"] == "albi-ast-y1")["deadlines"]
    ranked = sorted((e for e in steps if e["next"] is not None), key=lambda e: e["next"])
    assert "platform-open" in [e["id"] for e in ranked[:3]]


def test_a_session_is_over_once_its_last_step_has_closed(rules):
    out = wizard.evaluate({"diploma": "bts"}, rules, now="2026-11-23")
    assert all(s["over"] for s in out["sessions"])
    assert all(e["next"] is None for r in out["routes"] for e in r["deadlines"])


def test_without_a_moment_no_deadline_has_a_status(route):
    assert all("status" not in e and "next" not in e for e in route({"diploma": "licence3"}, "albi-ast-y1")["deadlines"])


@pytest.mark.parametrize("now", ["2026-13-01", "20/03/2026", "2026-03-20 23:00", "2026-3-20", "2026-03-20T9:05", 20260320])
def test_a_moment_that_is_no_paris_date_or_minute_is_refused(rules, now):
    with pytest.raises(wizard.ProfileError) as caught:
        wizard.evaluate({"diploma": "bts"}, rules, now=now)
    assert caught.value.field == "now"


@pytest.mark.parametrize("prior", ["bts", "other", None])
def test_an_ats_year_after_a_bac2_said_not_scientific_gets_one_verdict_whatever_that_bac2(route, prior):
    # 000 §1: the ATS track is listed for apprenticeship, but the bac+2 must be scientific and/or technical. An
    # unnamed or unlisted bac+2 was read as eligible, a listed kind as jury (apprenticeship); in continuing
    # education an unnamed one went to the jury, a named one was refused.
    profile = {"diploma": "ats", "specialty_scientific": False, **({"prior_diploma": prior} if prior else {})}
    assert route(profile, "albi-apprenticeship-y1")["verdict"] == "jury"
    assert route(profile, "albi-continuing-education-y1")["verdict"] == "ineligible"


def test_an_ats_year_after_an_unlisted_title_is_judged_as_that_title_in_continuing_education(route):
    alone = route({"diploma": "other"}, "albi-continuing-education-y1")
    after = route({"diploma": "ats", "prior_diploma": "other"}, "albi-continuing-education-y1")
    assert alone["verdict"] == after["verdict"] == "jury"
    assert alone["reasons"][0]["en"] == after["reasons"][0]["en"]


def test_an_ats_year_said_scientific_without_its_bac2_goes_to_the_committee_which_asks_for_it(route):
    """000 §1: the ATS year counts after a listed bac+2; without it named, continuing education cannot decide."""
    r = route({"diploma": "ats", "specialty_scientific": True}, "albi-continuing-education-y1")
    assert r["verdict"] == "jury"
    assert "give the bac+2 obtained before the ATS year" in r["reasons"][0]["en"]
    assert "indiquez le bac+2 obtenu avant l'ATS" in r["reasons"][0]["fr"]
    assert r["reasons"][0]["source"] == "document 000, §1 Conditions d'admission"


def test_a_fee_not_refunded_says_so(route):
    # 003 §4.1: not refunded, whatever the result, nor if the application is withdrawn.
    reasons = route({"diploma": "bts", "age": 20}, "ales-apprenticeship-bat-y1")["fees"]["reasons"]
    (refund,) = [r for r in reasons if "withdrawn" in r["en"]]
    assert refund["source"].startswith("document 003")


def test_a_dut_at_ales_mechatronics_is_told_what_the_2022_brochure_said(route):
    """003 names the DUT only among the other titles (§1.2, jury); 004 (2022) listed it, and ATS after a bac+2 of
    the speciality, directly: the reason says so, as a note on the rule."""
    for profile in ({"diploma": "dut", "specialty": "genie-mecanique-et-productique", "age": 20},
                    {"diploma": "ats", "prior_diploma": {"diploma": "dut", "specialty": "genie-mecanique-et-productique"},
                     "age": 21}):
        mkx = route(profile, "ales-apprenticeship-mkx-y1")
        assert mkx["verdict"] == "jury"
        rule = mkx["reasons"][0]
        assert "§1.2 Autres titres ou parcours français" in rule["source"]
        assert "« titulaires d'un DUT (GEII, GMP, MP, GIM...) à la suite d'un bon parcours d'études »" in rule["note"]["fr"]


def test_two_channels_at_one_entry_year_are_not_called_one_formation_at_two_years(rules):
    result = wizard.evaluate({"diploma": "bts", "specialty": "electrotechnique", "age": 27, "experience_years": 4}, rules)
    total = wizard.fee_total(result, ["albi-apprenticeship-y1", "albi-continuing-education-y1"])
    assert not [n for n in total["notes"] if "counted once" in n["en"]]
    assert [n for n in total["notes"] if "in the same year" in n["en"]]


def test_a_scholarship_holders_fees_say_whether_waived_or_reduced(rules):
    """002 §3.2: scholarship holders are exempt ("exonérés") from the AST fee; 000 §3 and 003 give them a lower
    rate; 002 Annexe 4: Alès exempts them from tuition, Albi's exemption is not stated."""
    out = wizard.evaluate({"diploma": "licence3", "specialty": "chimie", "scholarship": True, "eu_national": True},
                          rules)
    fees = {r["id"]: r["fees"] for r in out["routes"]}
    assert fees["ales-ast-y1"]["application_reduced"] == "waived"
    assert fees["albi-apprenticeship-y1"]["application_reduced"] == "rate"
    assert (fees["ales-ast-y1"]["tuition_eur_per_year"], fees["ales-ast-y1"]["tuition_exempted"]) == (0, True)
    assert fees["albi-ast-y1"]["tuition_exempted"] is False
    standard = wizard.evaluate({"diploma": "licence3", "specialty": "chimie", "eu_national": True}, rules)
    assert all(r["fees"]["application_reduced"] is None and not r["fees"]["tuition_exempted"] for r in standard["routes"])
