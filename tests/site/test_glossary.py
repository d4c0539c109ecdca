"""The glossary: its page in both languages, and each abbreviation explained where a page uses it."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from site_pages import LANGS, lang_path

from generator.site.format import text


def _page(built_site: Path, lang: str, path: str) -> str:
    return (built_site / lang_path(lang, path) / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGS)
def test_the_glossary_page_lists_every_term_with_its_meaning(built_site: Path, dataset, lang):
    page = unescape(re.sub(r"<[^>]+>", "", _page(built_site, lang, "glossary/")))
    assert dataset.registry.glossary
    for term in dataset.registry.glossary:
        assert term.term in page
        assert re.sub(r"<[^>]+>", "", text(term.meaning, lang)) in page.replace("\u202f", " ").replace("\xa0", " ")


@pytest.mark.parametrize("lang", LANGS)
def test_an_abbreviation_on_a_page_carries_its_explanation_in_the_page_language(built_site: Path, dataset, lang):
    bts = next(t for t in dataset.registry.glossary if t.term == "BTS")
    page = unescape(_page(built_site, lang, "notices/albi-alternance/2025/"))
    titles = set(re.findall(r'<abbr title="([^"]*)">BTS</abbr>', page))
    assert len(titles) == 1
    [title] = titles
    assert title.startswith(bts.expansion) and text(bts.meaning, lang)[:40] in title.replace("\u202f", " ")


def test_an_english_page_marks_a_french_full_name_as_french(built_site: Path):
    page = _page(built_site, "en", "glossary/")
    assert '<i lang="fr">Brevet de technicien supérieur</i>' in page
