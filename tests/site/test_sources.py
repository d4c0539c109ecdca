"""Footnotes: numbered in the order a page cites them."""

from __future__ import annotations

import re

from generator.model.base import Source
from generator.site.sources import Citations, sources_words


def test_renumber_follows_the_order_of_citation():
    page = "B[^s2] then A[^s1].\n\n[^s1]: Source: a.\n[^s2]: Source: b.\n"
    assert Citations("en", {}).renumber(page) == "B[^s1] then A[^s2].\n\n[^s1]: Source: b.\n[^s2]: Source: a.\n"


def test_a_reference_before_a_colon_is_renumbered_too():
    # English puts no space before a colon: "options[^s2]:" is a reference, not a definition.
    page = "Intro[^s2].\n\nThe options[^s1]: one, two.\n\n[^s1]: Source: options.\n[^s2]: Source: intro.\n"
    out = Citations("en", {}).renumber(page)
    assert "The options[^s2]: one, two." in out
    assert out.endswith("[^s1]: Source: intro.\n[^s2]: Source: options.\n")


def test_sources_in_words_name_each_document_once_and_each_place_once():
    """A fee cites §3.2, its payee "§3.2 ; Annexe 5": a CSV row says "document 002, §3.2 ; Annexe 5"."""
    cited = [Source(doc="002", ref="§3.2"), Source(doc="002", ref="§3.2 ; Annexe 5"), Source(doc="004", ref="p. 3")]
    assert sources_words(cited, "fr") == "document 002, §3.2 ; Annexe 5 ; document 004, p. 3"


def test_every_footnote_reference_is_resolved_on_the_built_site(built_site):
    # A page that cites without its definitions shows "[^s1]" as text (the glossary did).
    raw = {str(page.relative_to(built_site)) for page in built_site.rglob("*.html")
           if re.search(r"\[\^s\d+\]", page.read_text(encoding="utf-8"))}
    assert not raw
