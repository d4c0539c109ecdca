"""Footnotes: numbered in the order a page cites them."""

from __future__ import annotations

import re

from generator.model.base import Source
from generator.site.sources import Citations, sources_words


def test_footnotes_are_numbered_in_the_order_the_page_cites_them():
    c = Citations("en", {})
    a, b = c.cite(Source(doc="000", ref="§1")), c.cite(Source(doc="001", ref="§2"))
    out = c.page(f"B{b} then A{a}.\n")
    assert out == ("B[^s1] then A[^s2].\n\n"
                   '[^s1]: Source: document 001, <span lang="fr">§2</span>.\n'
                   '[^s2]: Source: document 000, <span lang="fr">§1</span>.\n')


def test_a_reference_before_a_colon_is_a_reference_and_an_uncited_source_has_no_definition():
    # English puts no space before a colon: "options[^s2]:" is a reference, not a definition.
    c = Citations("en", {})
    options, intro = c.cite(Source(doc="000", ref="§1")), c.cite(Source(doc="001", ref="§2"))
    c.cite(Source(doc="002", ref="§3"))  # cited by a view, left out by the template
    out = c.page(f"Intro{intro}.\n\nThe options{options}: one, two.\n")
    assert "The options[^s2]: one, two." in out
    assert "document 002" not in out and out.count("]: Source") == 2


def test_sources_in_words_name_each_document_once_and_each_place_once():
    """A fee cites §3.2, its payee "§3.2 ; Annexe 5": a CSV row says "document 002, §3.2 ; Annexe 5"."""
    cited = [Source(doc="002", ref="§3.2"), Source(doc="002", ref="§3.2 ; Annexe 5"), Source(doc="004", ref="p. 3")]
    assert sources_words(cited, "fr") == "document 002, §3.2 ; Annexe 5 ; document 004, p. 3"


def test_every_footnote_reference_is_resolved_on_the_built_site(built_site):
    # A page that cites without its definitions shows "[^s1]" as text (the glossary did).
    raw = {str(page.relative_to(built_site)) for page in built_site.rglob("*.html")
           if re.search(r"\[\^s\d+\]", page.read_text(encoding="utf-8"))}
    assert not raw
