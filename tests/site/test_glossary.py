"""The glossary: its page in both languages, and each abbreviation explained where a page uses it."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from playwright.sync_api import expect
from site_pages import LANGS, built_page, lang_path

from generator.site.format import text


@pytest.mark.parametrize("lang", LANGS)
def test_the_glossary_page_lists_every_term_with_its_meaning(built_site: Path, dataset, lang):
    page = unescape(re.sub(r"<[^>]+>", "", built_page(built_site, lang, "glossary/")))
    assert dataset.registry.glossary
    for term in dataset.registry.glossary:
        assert term.term in page
        assert re.sub(r"<[^>]+>", "", text(term.meaning, lang)) in page.replace("\u202f", " ").replace("\xa0", " ")


@pytest.mark.parametrize("lang", LANGS)
def test_an_abbreviation_on_a_page_carries_its_explanation_in_the_page_language(built_site: Path, dataset, lang):
    bts = next(t for t in dataset.registry.glossary if t.term == "BTS")
    page = unescape(built_page(built_site, lang, "notices/albi-alternance/2025/"))
    titles = set(re.findall(r'<abbr title="([^"]*)">BTS</abbr>', page))
    assert len(titles) == 1
    [title] = titles
    assert title.startswith(bts.expansion) and text(bts.meaning, lang)[:40] in title.replace("\u202f", " ")


def test_an_english_page_marks_a_french_full_name_as_french(built_site: Path):
    page = built_page(built_site, "en", "glossary/")
    assert '<i lang="fr">Brevet de technicien supérieur</i>' in page


def test_an_explanation_shows_on_a_tap_and_on_focus(browser, site_url, dataset):
    """A phone has no hover: a tap shows the explanation. The keyboard reaches each term's first occurrence."""
    bts = next(t for t in dataset.registry.glossary if t.term == "BTS")
    url = site_url + lang_path("en", "notices/albi-alternance/2025/")
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(url)
    page.locator("article abbr", has_text="BTS").first.tap()
    expect(page.locator(".md-tooltip2--active")).to_contain_text(bts.expansion)
    context.close()
    page = browser.new_page()
    page.goto(url)
    focusable = page.locator("article abbr[tabindex='0']")
    terms = focusable.all_inner_texts()
    assert "BTS" in terms and len(terms) == len(set(terms))  # once per term, not some 300 tab stops
    first = page.locator("article abbr", has_text="BTS").first
    expect(first).to_have_attribute("tabindex", "0")
    first.focus()
    expect(page.locator(".md-tooltip2--active")).to_contain_text(bts.expansion)
    page.close()
