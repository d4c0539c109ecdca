"""The wizard page in Chromium, in both languages: form -> verdicts, shared URL, history, fees, a11y, privacy."""

from __future__ import annotations

import re
import time

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

ENGINE_TIMEOUT = 60_000  # a cold Pyodide start on a slow CI machine
LANGS = {"fr": "wizard/", "en": "en/wizard/"}
STATUS = {"fr": "Ouvert|À venir|Clos", "en": "Open|Upcoming|Closed"}


@pytest.fixture(scope="module")
def context(browser, site_url):
    """One browser context per module: its HTTP cache keeps the 9.6 MB wasm between pages."""
    ctx = browser.new_context(base_url=site_url)
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def clock_context(browser, site_url):
    """The tests that fix the clock get a context of their own: a page's clock is its context's, and once
    fixed it stays so for every later page, which would then read another day than today."""
    ctx = browser.new_context(base_url=site_url)
    yield ctx
    ctx.close()


@pytest.fixture
def wizard_page(context, site_url):
    """Open the wizard (lang, query) and wait for the engine; records every request and console error."""
    pages: list[Page] = []

    def open_(lang: str, query: str = "") -> Page:
        page = context.new_page()
        pages.append(page)
        page.requests = []
        page.errors = []
        page.on("request", lambda r: page.requests.append(r.url))
        page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: page.errors.append(str(e)))
        page.goto(site_url + LANGS[lang] + query)
        expect(page.locator("#imt-wizard")).not_to_have_attribute(
            "data-state", "loading", timeout=ENGINE_TIMEOUT
        )
        return page

    yield open_
    for page in pages:
        page.close()


def card(page: Page, route_id: str):
    return page.locator(f"#route-{route_id}")


def fill_biology(page: Page) -> None:
    page.select_option("#wz-diploma", "licence3")
    page.select_option("#wz-specialty", "biologie-biochimie")
    page.fill("#wz-age", "21")


@pytest.mark.parametrize("lang", LANGS)
def test_fill_form_see_verdicts(wizard_page, site_url, lang):
    """002 §3.1's example: Licence Biochimie, Biologie -> Albi and Alès only."""
    page = wizard_page(lang)
    fill_biology(page)
    expect(card(page, "albi-ast-y1")).to_have_class(re.compile(r"\bwz-eligible\b"))
    expect(card(page, "ales-ast-y1")).to_have_class(re.compile(r"\bwz-eligible\b"))
    expect(card(page, "nord-europe-ast-y1")).to_have_class(re.compile(r"\bwz-ineligible\b"))
    expect(page.locator(".wz-group-eligible #route-albi-ast-y1")).to_be_visible()
    # Above the cards, every open route links to its card; the refused ones are not listed.
    contents = page.locator("nav.wz-contents")
    expect(contents.locator('a[href="#route-albi-ast-y1"]')).to_have_count(1)
    expect(contents.locator('a[href="#route-nord-europe-ast-y1"]')).to_have_count(0)
    hrefs = contents.locator('a[href^="#route-"]').evaluate_all("as => as.map(a => a.getAttribute('href'))")
    assert hrefs == page.locator(".wz-group-eligible .wz-card, .wz-group-jury .wz-card").evaluate_all(
        "cs => cs.map(c => '#' + c.id)"
    )
    expect(card(page, "nord-europe-ast-y1").locator(".wz-source").first).to_contain_text(
        "document 002"
    )
    # The document links to the sources page, which says what it is.
    doc_link = card(page, "nord-europe-ast-y1").locator(".wz-source a").first
    expect(doc_link).to_have_attribute("href", "../sources/#doc-002")
    expect(card(page, "albi-ast-y1").locator(".wz-fees")).to_contain_text("76")
    expect(card(page, "albi-ast-y1").locator(".wz-status").first).to_have_text(re.compile(STATUS[lang]))
    assert all(url.startswith(site_url) for url in page.requests), [
        u for u in page.requests if not u.startswith(site_url)
    ]
    assert page.errors == []


@pytest.mark.parametrize("lang", LANGS)
def test_shared_url_reproduces_the_result(wizard_page, lang):
    page = wizard_page(lang)
    fill_biology(page)
    page.check("#wz-scholarship")
    expect(card(page, "ales-ast-y1")).to_have_class(re.compile(r"\bwz-eligible\b"))
    expect(page).to_have_url(re.compile(r"scholarship=1"))
    shared = page.url
    assert "specialty=biologie-biochimie" in shared and "age=21" in shared and "scholarship=1" in shared
    other = wizard_page(lang, shared.split("/wizard/", 1)[1])
    expect(other.locator("#wz-diploma")).to_have_value("licence3")
    expect(other.locator("#wz-specialty")).to_have_value("biologie-biochimie")
    expect(other.locator("#wz-scholarship")).to_be_checked()
    expect(card(other, "nord-europe-ast-y1")).to_have_class(re.compile(r"\bwz-ineligible\b"))
    assert other.locator("#wz-results").text_content() == page.locator("#wz-results").text_content()


def test_a_long_speciality_is_written_in_full_under_its_list_on_a_phone(wizard_page):
    """A phone's closed list cuts "Cybersécurité, Informatique et…" (two options begin so); the English list
    names each speciality as the diploma does, in French, then translates it."""
    page = wizard_page("en")
    page.set_viewport_size({"width": 390, "height": 800})
    page.select_option("#wz-diploma", "bts")
    option_b = "cybersecurite-informatique-et-reseaux-electronique-option-b-electronique-et-reseaux"
    page.select_option("#wz-specialty", option_b)
    chosen = page.locator("#wz-specialty + .wz-chosen")
    expect(chosen).to_be_visible()
    expect(chosen).to_have_text(re.compile(r"^Cybersécurité, .*option B électronique et réseaux — Cybersecurity, "))
    assert page.locator("#wz-specialty option[value='conception-de-produits-industriels']").inner_text() == (
        "Conception de Produits Industriels (CPI) — Industrial Product Design")
    page.select_option("#wz-specialty", "unlisted")
    expect(chosen).to_be_hidden()  # the list's own words say it all
    page.set_viewport_size({"width": 1280, "height": 800})
    page.select_option("#wz-specialty", option_b)
    expect(chosen).to_be_hidden()  # wide enough for the list to show the whole name


def test_back_and_forward(wizard_page):
    page = wizard_page("en")
    fill_biology(page)
    page.locator("#wz-age").blur()
    expect(card(page, "nord-europe-ast-y1")).to_have_class(re.compile(r"\bwz-ineligible\b"))
    page.select_option("#wz-specialty", "chimie")
    expect(card(page, "nord-europe-ast-y1")).to_have_class(re.compile(r"\bwz-eligible\b"))
    page.go_back()
    expect(page.locator("#wz-specialty")).to_have_value("biologie-biochimie")
    expect(card(page, "nord-europe-ast-y1")).to_have_class(re.compile(r"\bwz-ineligible\b"))
    page.go_forward()
    expect(page.locator("#wz-specialty")).to_have_value("chimie")
    expect(card(page, "nord-europe-ast-y1")).to_have_class(re.compile(r"\bwz-eligible\b"))


def test_back_from_a_notice_returns_to_the_card(wizard_page):
    """The cards are drawn once the engine answers, after the browser has tried to put the reader back where
    they were: the wizard does it itself, once drawn, on coming back from a notice page or on reloading."""
    page = wizard_page("en", "?diploma=but3&specialty=genie-mecanique-et-productique&eu_national=1")
    expect(page.locator("#imt-wizard")).to_have_attribute("data-state", "done", timeout=ENGINE_TIMEOUT)
    target = card(page, "ales-apprenticeship-mkx-y1")
    target.scroll_into_view_if_needed()
    y = settled_scroll(page)
    assert y > 2000  # far down: the form alone is about a screen
    page.reload()
    expect(page.locator("#imt-wizard")).to_have_attribute("data-state", "done", timeout=ENGINE_TIMEOUT)
    scrolled_back(page, y)
    link = target.locator(".wz-page a")
    link.scroll_into_view_if_needed()
    y = settled_scroll(page)
    link.click()
    page.wait_for_url("**/notices/**")
    page.go_back()
    expect(page.locator("#imt-wizard")).to_have_attribute("data-state", "done", timeout=ENGINE_TIMEOUT)
    scrolled_back(page, y)


def scrolled_back(page: Page, y: float, within_s: float = 20) -> None:
    """Wait (polling: the page's CSP refuses a string wait_for_function) until the page is scrolled to y; timed,
    not counted, so that a slow machine's polls do not shorten it."""
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        if abs(page.evaluate("() => scrollY") - y) < 5:
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"scrolled to {page.evaluate('() => scrollY')}, not {y}")


def settled_scroll(page: Page) -> float:
    """The scroll position once it stays put: cards drawn with content-visibility may still move it."""
    y = page.evaluate("() => scrollY")
    for _ in range(20):
        page.wait_for_timeout(100)
        now = page.evaluate("() => scrollY")
        if now == y:
            return y
        y = now
    return y


def test_fee_total_for_ticked_routes(wizard_page):
    page = wizard_page("en", "?diploma=licence3&specialty=chimie&age=20")
    # The count of verdicts, in sight at the foot of a phone's screen, leads to them.
    expect(page.locator("#wz-status a")).to_have_attribute("href", "#wz-results")
    expect(page.locator("#wz-status a")).to_have_text(re.compile(r"^5 eligible routes"))
    said = page.locator("#wz-total-status")  # a screen reader hears the total as a tick changes it
    expect(said).to_have_attribute("role", "status")
    expect(said).to_be_empty()
    for route in ("albi-ast-y1", "ales-ast-y1"):
        card(page, route).locator("input[data-pick]").check()
    expect(page.locator("#wz-total tfoot")).to_contain_text("€76")
    expect(said).to_have_text("Application fees in total: €76.")
    # Every box reads "Include in the total…": its card's heading, with the entry year, tells them apart.
    expect(card(page, "albi-ast-y1").locator("input[data-pick]")).to_have_accessible_description(
        re.compile(r"^IMT Mines Albi — .* \(year 1\)$"))
    for route in ("ales-apprenticeship-mkx-y1", "ales-apprenticeship-bat-y1"):
        card(page, route).locator("input[data-pick]").check()
    # AST: one 76 EUR fee; the apprenticeship platform: 77 EUR + 22 EUR for a second formation.
    expect(page.locator("#wz-total tfoot")).to_contain_text("€175")
    assert "pick=" in page.url
    # Each ticked card says the total in view, linked to its detail; an unticked one says nothing.
    beside = card(page, "albi-ast-y1").locator(".wz-pick-total")
    expect(beside).to_have_text("Total: €175 (details at the foot of the page)")
    expect(beside).to_have_attribute("href", "#wz-total-title")
    card(page, "albi-ast-y1").locator("input[data-pick]").uncheck()
    expect(card(page, "albi-ast-y1").locator(".wz-pick-total")).to_have_count(0)
    expect(card(page, "ales-ast-y1").locator(".wz-pick-total")).to_have_text(re.compile("^Total: €175 "))
    for route in ("ales-ast-y1", "ales-apprenticeship-mkx-y1", "ales-apprenticeship-bat-y1"):
        card(page, route).locator("input[data-pick]").uncheck()
    expect(said).to_have_text("No route is included in the application-fee total any more.")


def test_fee_total_of_two_notices_on_one_platform_is_a_range(wizard_page):
    """Albi (000: 90 €, then 30 €) and Alès (003: 77 €, then 22 €) take applications on one platform, and neither
    says whose fees apply to both: the total spans the two readings, the lines point to the note."""
    page = wizard_page("fr", "?diploma=bts&specialty=cira&age=20")
    for route in ("albi-apprenticeship-y1", "ales-apprenticeship-mkx-y1"):
        card(page, route).locator("input[data-pick]").check()
    expect(page.locator("#wz-total tfoot td")).to_have_text(re.compile(r"^de 99\s€ à 120\s€$"))
    expect(page.locator("#wz-total tbody td:last-child")).to_have_text(["selon la lecture : voir la note sous le tableau"] * 2)
    expect(page.locator("#wz-total .wz-fee-notes")).to_contain_text("Pour elles, le total compte du moins élevé au plus élevé de ces montants.")
    expect(page.locator("#wz-total-status")).to_have_text(re.compile(r"^Total des frais de candidature\s:\sde 99\s€ à 120\s€\."))


def test_refused_routes_fold_and_stay_as_left(wizard_page):
    page = wizard_page("en", "?diploma=licence3&specialty=chimie&age=20")
    refused = card(page, "albi-ast-y2")
    expect(refused).to_be_hidden()
    summary = page.locator(".wz-refused > summary")
    expect(summary).to_contain_text("why they are closed to you")
    summary.press("Enter")  # a keyboard user opens it
    expect(refused).to_be_visible()
    page.fill("#wz-age", "21")
    page.locator("#wz-age").blur()
    expect(page.locator("#wz-results")).to_contain_text("age 21")
    expect(refused).to_be_visible()  # the form changed; the group stayed open


def test_a_refusal_on_age_still_says_what_the_diploma_gets(wizard_page):
    page = wizard_page("fr", "?diploma=bts&specialty=cira&age=31")
    page.locator(".wz-refused > summary").click()
    reasons = card(page, "ales-apprenticeship-mkx-y1").locator(".wz-main")
    expect(reasons).to_contain_text("Avoir moins de 30 ans")
    expect(reasons.locator(".wz-rule-aside")).to_contain_text("Votre diplôme, hors la condition ci-dessus : Recevable.")


@pytest.mark.parametrize(
    ("lang", "query", "route_id", "part", "shown"),
    [
        # A scholarship holder's waived fee says what others pay: "0 €" alone reads as a missing figure.
        ("fr", "?diploma=licence3&specialty=chimie&age=21&scholarship=1", "albi-ast-y1", ".wz-fees dd",
         r"^0\s€ par candidature \(boursier\s: exonéré\s; sinon 76\s€\)"),
        # Tuition the school waives says so on its line (002 Annexe 4, Alès: "Les boursiers sont exonérés").
        ("en", "?diploma=licence3&specialty=chimie&age=21&scholarship=1&eu_national=1", "ales-ast-y1",
         ".wz-fees dd >> nth=1", r"^€0 per year \(scholarship holder: exempt\)"),
        # A reduced one is a rate (000 §3: 30 € for scholarship holders).
        ("fr", "?diploma=bts&specialty=cira&age=20&scholarship=1", "albi-apprenticeship-y1", ".wz-fees dd",
         r"^30\s€ pour une formation \(tarif boursier\s; sinon 90\s€\)"),
        # A web address in a reason is a link.
        ("fr", "?diploma=bts&specialty=cira&age=20", "albi-apprenticeship-y1",
         'a[href="https://dossier-apprentissage.imt.fr"]', r"^https://dossier-apprentissage\.imt\.fr$"),
        # So is an e-mail address, as on the notice's page.
        ("en", "?diploma=bts&specialty=cira&age=20", "albi-professionalisation-y1",
         'a[href="mailto:admissions@mines-albi.fr"]', r"^admissions@mines-albi\.fr$"),
        # Pay reads as a share of the minimum wage first; the euros are those of the grid's date.
        ("en", "?diploma=bts&specialty=cira&age=20", "ales-apprenticeship-mkx-y1", ".wz-pay li",
         r"^Year 1 \(age 20\): 43% of the SMIC \(at the SMIC rate of .+: €683 per month\)$"),
        # The channel's status, which its name does not say: "admission sur titres" is the student route.
        ("fr", "?diploma=licence3&specialty=chimie&age=21", "albi-ast-y1", ".wz-meta", r"Statut étudiant · "),
        ("en", "?diploma=bts&specialty=cira&age=20", "albi-apprenticeship-y1", ".wz-meta",
         r"Apprentice, employed by a company · "),
    ],
    ids=["scholarship-fee", "scholarship-tuition", "scholarship-rate", "link", "mail", "pay", "status-fr", "status-en"],
)
def test_a_card_shows(wizard_page, lang, query, route_id, part, shown):
    page = wizard_page(lang, query)
    expect(card(page, route_id).locator(part).first).to_have_text(re.compile(shown))


def test_invalid_input_names_the_field(wizard_page):
    page = wizard_page("fr", "?diploma=bts&specialty=unlisted&age=20")
    expect(page.locator("#imt-wizard")).to_have_attribute("data-state", "done")
    page.fill("#wz-age", "-3")
    # The line at the foot of the screen names the field in a word; the error is said in full.
    expect(page.locator("#wz-status")).to_have_text("Vérifiez le champ « Âge » (doit être 0 ou plus, et non -3).")
    expect(page.locator("#imt-wizard")).to_have_attribute("data-state", "invalid")
    expect(page.locator("#wz-age")).to_have_attribute("aria-invalid", "true")
    # Said under the field too, and read with it.
    expect(page.locator("#wz-age-error")).to_have_text("Doit être 0 ou plus, et non -3")
    expect(page.locator("#wz-age")).to_have_attribute("aria-describedby", "wz-age-hint wz-age-error")
    page.fill("#wz-age", "2e")  # a number field would have read nothing, and given a verdict without an age
    expect(page.locator("#wz-age-error")).to_have_text("Doit être un nombre entier, et non « 2e »")
    # What is typed is quoted as typed: "$&" and "$'" are no replacement patterns.
    page.fill("#wz-age", "$' $&")
    expect(page.locator("#wz-status")).to_have_text(
        "Vérifiez le champ « Âge » (doit être un nombre entier, et non « $' $& »).")
    page.fill("#wz-age", "9" * 400)  # Infinity to JavaScript, which JSON would have sent as a blank field
    expect(page.locator("#wz-age-error")).to_contain_text("Doit être un nombre entier")
    page.fill("#wz-age", "24 ans")  # the field's own unit is read, and dropped
    expect(page.locator("#wz-age-error")).to_have_count(0)
    expect(page).to_have_url(re.compile(r"[?&]age=24(&|$)"))
    page.fill("#wz-age", "")
    expect(page.locator("#wz-age-error")).to_have_count(0)
    expect(page.locator("#wz-age")).to_have_attribute("aria-describedby", "wz-age-hint")
    # No age: the verdicts stand, and the age condition of a route says it was not checked.
    expect(card(page, "ales-apprenticeship-mkx-y1")).to_contain_text("Non vérifié (champ « Âge » laissé vide) :")
    page.select_option("#wz-diploma", "")
    # A field not filled in yet is a prompt, not an error.
    expect(page.locator("#wz-status")).to_have_text("Renseignez le champ « Diplôme » pour voir les verdicts.")
    expect(page.locator("#imt-wizard")).to_have_attribute("data-state", "prompt")


def test_a_number_being_typed_is_judged_once_the_typing_pauses(wizard_page):
    """The status line is a live region: "180 ECTS" typed key by key said "180 E" was wrong, then each count."""
    page = wizard_page("en", "?diploma=licence3&specialty=chimie&age=21")
    expect(page.locator("#imt-wizard")).to_have_attribute("data-state", "done")
    page.evaluate("""() => {
        window.said = [];
        new MutationObserver(() => window.said.push(document.getElementById("wz-status").textContent))
            .observe(document.getElementById("wz-status"), {childList: true, characterData: true, subtree: true});
    }""")
    # Typed key by key, each key an input event; sent in one task, so that no pause on a loaded machine falls
    # between two keys (a pause is what judges the number: that is the behaviour under test).
    page.evaluate("""() => {
        const field = document.getElementById("wz-ects");
        for (const end of ["1", "18", "180", "180 ", "180 E", "180 EC", "180 ECT", "180 ECTS"]) {
            field.value = end;
            field.dispatchEvent(new Event("input", {bubbles: true}));
        }
    }""")
    expect(page).to_have_url(re.compile(r"[?&]ects=180(&|$)"))
    expect(page.locator("#wz-ects-error")).to_have_count(0)
    said = page.evaluate("window.said")  # a count said again unchanged is not said at all
    assert len(said) <= 1 and not any("Check" in x for x in said), said
    # Leaving the field judges it at once: the change event cancels the pause's timer and asks.
    cancelled = page.evaluate("""() => {
        const field = document.getElementById("wz-ects");
        const set = window.setTimeout, clear = window.clearTimeout;
        let pause = null, cancelled = false;
        window.setTimeout = (fn, ms, ...rest) => { const id = set(fn, ms, ...rest); if (ms >= 400) pause = id; return id; };
        window.clearTimeout = (id) => { if (id === pause && id !== null) cancelled = true; return clear(id); };
        try {
            field.value = "12 E";
            field.dispatchEvent(new Event("input", {bubbles: true}));
            field.dispatchEvent(new Event("change", {bubbles: true}));
        } finally {
            window.setTimeout = set;
            window.clearTimeout = clear;
        }
        return pause !== null && cancelled;
    }""")
    assert cancelled
    expect(page.locator("#wz-ects-error")).to_be_visible()


def test_a_decimal_comma_is_read_as_a_point(wizard_page):
    # "1,5" years is not 15 (a number field drops the comma), and not enough for the 3 years of 000 §1.
    page = wizard_page("fr", "?diploma=bts&specialty=unlisted&specialty_scientific=1&age=30")
    page.fill("#wz-experience-years", "2,5")
    expect(card(page, "albi-continuing-education-y1")).to_have_class(re.compile(r"\bwz-ineligible\b"))
    page.fill("#wz-experience-years", "3,5")
    expect(card(page, "albi-continuing-education-y1")).not_to_have_class(re.compile(r"\bwz-ineligible\b"))


def test_an_eligible_verdict_given_without_a_blank_field_says_so(wizard_page):
    # A CPGE student who leaves the ECTS count blank: eligible at Albi if the two years are validated (000 §4).
    page = wizard_page("fr", "?diploma=cpge&specialty=mp&age=20")
    albi = card(page, "albi-apprenticeship-y1")
    expect(albi.locator(".wz-badge")).to_have_text("Recevable, sous réserve")
    # The count says which field to fill in.
    expect(page.locator("#wz-status")).to_contain_text("sous réserve de : les crédits ECTS, à remplir)")
    page.fill("#wz-age", "")
    expect(page.locator("#wz-status")).to_contain_text("sous réserve de : les crédits ECTS et l'âge, à remplir)")
    page.fill("#wz-age", "20")
    page.fill("#wz-ects", "120")
    expect(albi.locator(".wz-badge")).to_have_text("Recevable")
    expect(page.locator("#wz-status")).not_to_contain_text("sous réserve")


def test_sessions_whose_dates_are_all_past_are_named_above_the_verdicts(wizard_page):
    # The newest notices are of 2024 to 2026: on any later day, each session is over.
    page = wizard_page("en", "?diploma=licence3&specialty=chimie&age=21")
    expect(page.locator(".wz-past")).to_contain_text("These sessions are over:")
    expect(page.locator(".wz-past")).to_contain_text("2026")
    # That line names the sessions the verdicts follow: no "Sessions used" line above it saying it again.
    expect(page.locator(".wz-sessions")).to_have_count(0)
    # A fee says who is paid, a course's cost who pays.
    expect(card(page, "albi-ast-y1").locator(".wz-fees dd").first).to_contain_text("Where to pay: Your first-choice")


def test_another_title_names_its_speciality_from_every_list(wizard_page):
    # A foreign title in a mention of Annex 1 (002 §1.1.2): the jury judges it; the form can say which mention.
    page = wizard_page("en", "?diploma=other&foreign=1&ects=180&age=22")
    expect(page.locator("#wz-specialty")).to_be_enabled()
    page.select_option("#wz-specialty", "chimie")
    expect(card(page, "albi-ast-y1").locator(".wz-main")).not_to_contain_text("not given")


def test_ats_asks_for_the_prior_diploma(wizard_page):
    page = wizard_page("en")
    expect(page.locator("#wz-prior")).to_be_hidden()
    page.select_option("#wz-diploma", "ats")
    expect(page.locator("#wz-prior")).to_be_visible()
    # Its own speciality list would hold nothing to choose: the bac+2's is asked instead.
    expect(page.locator("#wz-specialty")).to_be_hidden()
    page.select_option("#wz-prior-diploma", "bts")
    page.select_option("#wz-prior-specialty", "controle-industriel-et-regulation-automatique")
    page.fill("#wz-age", "21")
    expect(card(page, "ales-apprenticeship-mkx-y1")).to_have_class(re.compile(r"\bwz-eligible\b"))
    assert "prior_diploma=bts" in page.url


def test_unlisted_speciality_asks_if_it_is_scientific(wizard_page):
    page = wizard_page("fr")
    question = page.locator("#wz-scientific")
    expect(question).to_be_hidden()
    page.select_option("#wz-diploma", "bts")
    page.fill("#wz-age", "22")
    # A list to choose from: no verdict until the speciality is chosen, or said not to be in it.
    expect(page.locator("#wz-status")).to_contain_text("Renseignez le champ « Spécialité »")
    expect(page.locator("#wz-results .wz-card")).to_have_count(0)
    expect(question).to_be_hidden()
    page.select_option("#wz-specialty", "unlisted")
    expect(question).to_be_visible()
    expect(card(page, "albi-apprenticeship-y1")).to_have_class(re.compile(r"\bwz-jury\b"))
    assert "specialty=unlisted" in page.url
    page.get_by_label("Non, ni scientifique ni technique").check()
    expect(card(page, "albi-apprenticeship-y1")).to_have_class(re.compile(r"\bwz-ineligible\b"))
    assert "specialty_scientific=0" in page.url
    # A listed speciality answers the question: it is hidden and no longer sent.
    page.select_option("#wz-specialty", "electrotechnique")
    expect(question).to_be_hidden()
    expect(card(page, "albi-apprenticeship-y1")).to_have_class(re.compile(r"\bwz-eligible\b"))
    assert "specialty_scientific" not in page.url
    # Another kind of diploma without that speciality: the choice is asked again, and the address follows.
    page.select_option("#wz-diploma", "licence3")
    expect(page.locator("#wz-specialty")).to_have_value("")
    expect(page.locator("#wz-status")).to_contain_text("Renseignez le champ « Spécialité »")
    page.wait_for_url(re.compile(r"diploma=licence3(?!.*specialty=)"))


def test_a_diploma_kind_the_form_does_not_know_is_named_not_dropped(wizard_page):
    """A mistyped or outdated address: the engine names the field and the kinds it knows; picking one judges."""
    page = wizard_page("en", "?diploma=phd&age=20")
    expect(page.locator("#imt-wizard")).to_have_attribute("data-state", "invalid")
    expect(page.locator("#wz-diploma")).to_have_value("phd")
    expect(page.locator("#wz-diploma")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#wz-diploma-error")).to_contain_text('Unknown diploma kind "phd" (known: bts, ')
    page.select_option("#wz-diploma", "bts")
    expect(page.locator('#wz-diploma option[value="phd"]')).to_have_count(0)  # chosen from the list: gone
    page.select_option("#wz-specialty", "unlisted")
    expect(page.locator("#imt-wizard")).to_have_attribute("data-state", "done")


def test_a_diploma_kind_written_as_a_notice_names_it_is_the_kind(wizard_page):
    """"BTS", "Spé ATS" (000 §1), as the engine reads them: the form's own kind, with its list or its bac+2."""
    page = wizard_page("fr", "?diploma=BTS&specialty=batiment&age=20")
    expect(page.locator("#wz-diploma")).to_have_value("bts")
    expect(page.locator("#wz-specialty")).to_have_value("batiment")
    expect(page.locator('#wz-diploma option[data-from-address]')).to_have_count(0)
    page = wizard_page("fr", "?diploma=Sp%C3%A9%20ATS&prior_diploma=bts&age=20")
    expect(page.locator("#wz-diploma")).to_have_value("ats")
    expect(page.locator("#wz-prior")).to_be_visible()


def test_an_address_made_before_the_unlisted_answer_still_means_it(wizard_page):
    page = wizard_page("fr", "?diploma=bts&specialty_scientific=1&age=22")
    expect(page.locator("#wz-specialty")).to_have_value("unlisted")
    expect(card(page, "albi-apprenticeship-y1")).to_have_class(re.compile(r"\bwz-eligible\b"))


def test_language_switch_keeps_the_profile(wizard_page):
    page = wizard_page("fr", "?diploma=licence3&specialty=chimie&age=21")
    expect(page.locator("#imt-wizard")).to_have_attribute("data-state", "done")
    page.locator('a[hreflang="en"]').first.evaluate("a => a.click()")
    page.wait_for_url("**/en/wizard/?*")
    assert "diploma=licence3" in page.url and "specialty=chimie" in page.url
    expect(page.locator("#wz-diploma")).to_have_value("licence3")


def test_english_cards_mark_their_french_quotations(wizard_page):
    page = wizard_page("en", "?diploma=bts&specialty=electrotechnique&age=22")
    route = card(page, "albi-apprenticeship-y1")
    # “Frais de dossier” is the French page's own title: said in French. A quotation the English text
    # translates (“bac+2 or higher…”) is not.
    expect(route.locator('span[lang="fr"]', has_text="Frais de dossier")).to_have_count(1)
    expect(route.locator("span[lang=fr]", has_text="bac+2 or higher")).to_have_count(0)
    expect(route).to_contain_text("“bac+2 or higher in a scientific")


def test_keyboard_only(wizard_page):
    page = wizard_page("en")
    page.focus("#wz-diploma")
    page.keyboard.press("End")  # last kind: "other", named with any list's specialities
    page.keyboard.press("Tab")
    expect(page.locator("#wz-specialty")).to_be_focused()
    page.keyboard.press("ArrowDown")  # from "— Choose —" to "Other speciality, or not listed"
    expect(page.locator("#wz-specialty")).to_have_value("unlisted")
    page.keyboard.press("Tab")
    expect(page.locator("#wz-specialty-hint a")).to_be_focused()  # the accepted-diplomas page, for the unsure
    page.keyboard.press("Tab")
    # The next stop is the question about the speciality, on its checked answer.
    expect(page.locator("#wz-scientific-unsure")).to_be_focused()
    page.keyboard.press("ArrowUp")
    expect(page.locator("#wz-scientific-no")).to_be_checked()
    page.focus("#wz-age")
    page.keyboard.type("24")
    # The address follows the drawn answer: once it says 24, no answer for "2" is still to come.
    expect(page).to_have_url(re.compile(r"[?&]age=24(&|$)"))
    expect(page.locator("#imt-wizard")).to_have_attribute("data-state", "done")
    # The cards are those of age 24 (the age condition is checked), not of an earlier keystroke.
    expect(card(page, "ales-apprenticeship-bat-y1").locator(".wz-main")).not_to_contain_text("Not checked")
    pick = page.locator("input[data-pick]").first
    pick.focus()
    page.keyboard.press("Space")
    expect(pick).to_be_checked()
    # The results are drawn again with the new total; the keyboard stays on the ticked box.
    expect(page.locator("#wz-total table")).to_be_visible()
    expect(page.locator("input[data-pick]").first).to_be_focused()


@pytest.mark.parametrize(
    ("clock", "first", "later"),
    [
        # Before the opening, everything is upcoming.
        ("2026-01-20T10:00:00+01:00", ("Upcoming", "26 January 2026"), ("Upcoming", "20 March 2026")),
        # Applications are open until 20 March 23:00: their deadline comes first (the opening is behind), then
        # the committee of 8 April.
        ("2026-03-01T10:00:00+01:00", ("Open", "20 March 2026"), ("Upcoming", "8 April 2026")),
        # After the deadline, the next step is the admissibility results.
        ("2026-03-21T10:00:00+01:00", ("Upcoming", "8 April 2026"), ("Upcoming", "9 April 2026")),
        # Results once out can be read until the next step: they say "Published", not "Open".
        ("2026-04-09T18:00:00+02:00", ("Published", "9 April 2026"), ("Upcoming", "18 May 2026")),
    ],
)
def test_deadline_status_follows_the_clock(clock_context, site_url, clock, first, later):
    page = clock_context.new_page()
    page.clock.set_fixed_time(clock)
    page.goto(site_url + "en/wizard/?diploma=licence3&specialty=chimie&age=21")
    items = card(page, "albi-ast-y1").locator(".wz-events").first.locator("li")
    for status, day in (first, later):
        item = items.filter(has_text=day).first
        expect(item.locator(".wz-status")).to_have_text(status, timeout=ENGINE_TIMEOUT)
    expect(items.first).to_contain_text(first[1])
    page.close()


def test_each_next_date_links_to_its_own_calendar_file(clock_context, site_url):
    page = clock_context.new_page()
    page.clock.set_fixed_time("2026-01-20T10:00:00+01:00")
    page.goto(site_url + "en/wizard/?diploma=licence3&specialty=chimie&age=21")
    link = card(page, "albi-ast-y1").locator(".wz-events").first.locator("li").first.locator("a.wz-ics")
    expect(link).to_have_attribute("aria-label", re.compile(r"^Add “Application platform opens” to a calendar"),
                                   timeout=ENGINE_TIMEOUT)
    response = page.request.get(link.evaluate("a => a.href"))
    assert response.ok and b"BEGIN:VCALENDAR" in response.body()
    page.close()


def test_a_next_date_says_whom_it_is_for_and_holds_its_note(clock_context, site_url):
    page = clock_context.new_page()
    page.clock.set_fixed_time("2026-04-15T10:00:00+02:00")  # after the admissibility results, before the exams
    page.goto(site_url + "en/wizard/?diploma=licence3&specialty=chimie&age=21")
    exams = card(page, "ales-ast-y1").locator(".wz-events").first.locator("li").filter(has_text="May 2026").first
    # The exams are the choice-1 school's: not every candidate of this card sits them on these days.
    expect(exams.locator(".wz-audience")).to_have_text("Who: Admissible candidates whose choice 1 is IMT Mines Alès",
                                                       timeout=ENGINE_TIMEOUT)
    note = exams.locator("details.wz-date-note")
    expect(note.locator("summary")).to_have_text("Note on this date")
    expect(note.locator("summary")).to_have_attribute("aria-label", re.compile(r"^Note on this date: “.+”$"))
    note.locator("summary").click()
    expect(note.locator("a[href^='https://ast.concours-mines-telecom.fr/']")).to_be_visible()
    page.close()


def test_a_step_that_is_over_has_no_calendar_file(clock_context, site_url):
    page = clock_context.new_page()
    page.clock.set_fixed_time("2026-03-25T10:00:00+01:00")  # after the AST deadline, before its results
    page.goto(site_url + "en/wizard/?diploma=licence3&specialty=chimie&age=21")
    steps = card(page, "albi-ast-y1").locator(".wz-calendar li.wz-event")
    expect(steps.first).to_be_attached(timeout=ENGINE_TIMEOUT)
    over = steps.filter(has=page.locator(".wz-status-closed"))
    assert over.count() and over.locator("a.wz-ics").count() == 0
    ahead = steps.filter(has_not=page.locator(".wz-status-closed"))
    assert ahead.count() and ahead.locator("a.wz-ics").count() == ahead.count()
    page.close()


def test_years_of_experience_left_empty_are_unknown_not_zero(wizard_page):
    # A default of 0 years once refused continuing education outright to whoever had not typed anything.
    page = wizard_page("en", "?diploma=but3&specialty=genie-mecanique-et-productique&age=21")
    expect(page.locator("#imt-wizard")).to_have_attribute("data-state", "done")
    expect(page.locator("#wz-experience-years")).to_have_value("")
    continuing = card(page, "albi-continuing-education-y1")
    expect(continuing).not_to_have_class(re.compile(r"\bwz-ineligible\b"))
    expect(continuing).to_contain_text("Not checked (the “Years of experience” field is blank): Have at least 3 years")
    page.close()


def test_year_two_routes_come_first_in_their_group(wizard_page):
    page = wizard_page("en", "?diploma=m1&specialty=physique&age=23")
    expect(page.locator("#imt-wizard")).to_have_attribute("data-state", "done")
    years = page.locator(".wz-group-eligible .wz-card").evaluate_all(
        "cards => cards.map((c) => c.dataset.route.endsWith('-y2') ? 2 : 1)")
    assert 2 in years and 1 in years and years == sorted(years, reverse=True)
    first = page.locator(".wz-contents a[href^='#route-']").first
    expect(first).to_have_attribute("href", re.compile(r"-y2$"))
    page.close()


def test_nationality_not_given_shows_both_tuitions(wizard_page):
    """002 Annexe 4: EU and non-EU tuition. Until the candidate says, neither is picked for them."""
    page = wizard_page("en", "?diploma=m1&specialty=physique&age=23")
    expect(page.locator("#imt-wizard")).to_have_attribute("data-state", "done")
    expect(page.locator("#wz-eu-national-unsaid")).to_be_checked()
    tuition = card(page, "ales-ast-y1").locator(".wz-fees dd").nth(1)
    expect(tuition).to_have_text(re.compile(r"^EU: €2,950, non-EU: €5,150 per year"))
    page.check("#wz-eu-national-no")
    expect(tuition).to_have_text(re.compile(r"^€5,150 per year \(EU: €2,950, non-EU: €5,150"))
    expect(page).to_have_url(re.compile(r"[?&]eu_national=0\b"))
    page.close()


@pytest.mark.parametrize("lang", LANGS)
def test_no_axe_violations(wizard_page, lang):
    page = wizard_page(lang, "?diploma=licence3&specialty=chimie&age=21&pick=albi-ast-y1")
    expect(page.locator("#imt-wizard")).to_have_attribute("data-state", "done")
    page.locator("#route-albi-ast-y1 details").first.evaluate("d => d.open = true")
    # Off-screen cards skip layout (content-visibility: auto) until scrolled to, so axe would read their
    # colours against whatever their placeholder box overlaps (the footer, once): lay them all out, as a
    # reader scrolling down sees them.
    page.evaluate("document.querySelectorAll('.wz-card').forEach(c => c.style.contentVisibility = 'visible')")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    # And the form as first opened, before any verdict: the fee total's box, empty, is named by nothing.
    page = wizard_page(lang)
    expect(page.locator("#wz-total")).to_be_empty()
    expect(page.locator("#wz-total")).not_to_have_attribute("aria-labelledby", re.compile("."))
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_without_a_tick_the_total_and_its_hint_do_not_print(wizard_page):
    """Its hint says to tick boxes that paper does not show."""
    page = wizard_page("en", "?diploma=licence3&specialty=chimie&age=21")
    expect(page.locator("#wz-total")).to_contain_text("Tick")
    page.emulate_media(media="print")
    expect(page.locator("#wz-total")).to_be_hidden()


def test_print_and_mobile(wizard_page):
    # Ticked routes of three notices: the fee total's four columns and a payee's web address must fit too.
    picks = "albi-ast-y1,albi-apprenticeship-y1,ales-apprenticeship-mkx-y1"
    page = wizard_page("fr", f"?diploma=licence3&specialty=chimie&age=21&pick={picks}")
    page.set_viewport_size({"width": 320, "height": 740})
    expect(page.locator("#imt-wizard")).to_have_attribute("data-state", "done")
    expect(page.locator(".wz-total-table tbody tr")).to_have_count(3)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    folded = card(page, "albi-ast-y1").locator("details.wz-more li").first
    expect(folded).to_be_hidden()
    page.emulate_media(media="print")
    expect(page.locator(".wz-pick").first).to_be_hidden()
    expect(card(page, "albi-ast-y1")).to_be_visible()
    expect(folded).to_be_visible()  # on paper the folded conditions are shown
    expect(page.locator("#wz-status")).to_be_visible()  # the summary of the verdicts
    expect(card(page, "albi-ast-y1").locator("details.wz-calendar")).to_be_hidden()  # the next dates suffice
    expect(page.locator("#wz-total")).to_be_visible()  # the ticked routes' total prints
    # A refused route prints as its reason, without its calendar and fees.
    refused = card(page, "albi-ast-y2")
    expect(refused).to_have_class(re.compile(r"\bwz-ineligible\b"))
    expect(refused.locator(".wz-reasons.wz-main")).to_be_visible()
    expect(refused.locator(":scope > details")).to_be_hidden()
    # A link that reads as its address does not print it twice, though the cards came after the page.
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    bare = page.locator('#wz-results a[href="https://dossier-apprentissage.imt.fr"]').first
    expect(bare).to_have_class(re.compile(r"\bis-url\b"))
    # The chosen speciality prints whole, once, in place of its closed list (which cuts a long name), on a
    # narrow sheet as on a wide one (US Letter's 816 px, where the phone-only line used to be hidden).
    name = page.locator("#wz-specialty").evaluate("s => s.selectedOptions[0].text")
    for width in (320, 816):
        page.set_viewport_size({"width": width, "height": 1056})
        expect(page.locator("#wz-specialty")).to_be_hidden()
        expect(page.locator("#wz-specialty + .wz-chosen")).to_be_visible()
        expect(page.locator("#wz-specialty + .wz-chosen")).to_have_text(name)


def test_without_javascript(browser, site_url):
    ctx = browser.new_context(java_script_enabled=False)
    page = ctx.new_page()
    page.goto(site_url + "wizard/")
    link = page.locator(".wz-noscript a")
    expect(link).to_be_visible()
    expect(page.locator("#wz-form")).to_be_hidden()  # a form that cannot answer is not shown
    page.goto(site_url + "en/wizard/")
    href = page.locator(".wz-noscript a").get_attribute("href")
    page.goto(site_url + "en/wizard/" + href)
    assert page.url.rstrip("/").endswith("/en/compare")
    ctx.close()


def test_warm_visit_restores_the_snapshot(browser, site_url):
    """A second visit starts from the worker's memory snapshot and gives the same verdicts."""
    ctx = browser.new_context()
    url = site_url + "en/wizard/?diploma=m1&specialty=geosciences&age=23"
    first = ctx.new_page()
    first.goto(url)
    expect(first.locator("#imt-wizard")).to_have_attribute("data-warm", "stored", timeout=ENGINE_TIMEOUT)
    second = ctx.new_page()
    second.goto(url)
    expect(second.locator("#imt-wizard")).to_have_attribute("data-state", "done", timeout=ENGINE_TIMEOUT)
    expect(second.locator("#imt-wizard")).to_have_attribute("data-warm", "restored")
    expect(card(second, "ales-ast-y2")).to_have_class(re.compile(r"\bwz-eligible\b"))
    assert second.locator("#wz-results").text_content() == first.locator("#wz-results").text_content()
    ctx.close()
