"""The staff guide (site_src/*/guide.md): words quoted in the other language are marked as such, so a
screen reader says them in their own language."""

from __future__ import annotations

from pathlib import Path

from site_pages import built_page


def test_the_guide_marks_words_in_the_other_language(built_site: Path):
    fr, en = (built_page(built_site, lang, "guide/") for lang in ("fr", "en"))
    # The tool's messages are in English; the scaffold's markers are French.
    assert '<div lang="en">\n<pre><code>data/notices/ast/2027.yaml:61:7:' in fr
    assert '<span lang="en">Not checked yet: …</span>' in fr
    assert en.count('<code lang="fr">À CONFIRMER') == 2
