"""Sources as footnotes: each cited (document, section, note) gets one numbered footnote per page."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model.base import Source, Text
from ..model.registry import Document
from .format import colon, md, text
from .labels import ui


def source_words(source: Source, lang: str) -> str:
    """A source in plain words: "document 002, Annexe 1, Tableau 5"."""
    return f"{ui('document', lang).lower()} {source.doc}, {source.ref}"


def sources_words(sources: Iterable[Source], lang: str) -> str:
    """Sources in plain words, each document once with its places in order of first citation: a fee's
    "§3.2" and its payee's "§3.2 ; Annexe 5" read "document 002, §3.2 ; Annexe 5"."""
    places: dict[str, dict[str, None]] = {}
    for source in sources:
        for place in source.ref.split(" ; "):
            places.setdefault(source.doc, {})[place] = None
    return " ; ".join(source_words(Source(doc=doc, ref=" ; ".join(refs)), lang) for doc, refs in places.items())


def document_anchor(doc_id: str) -> str:
    """The id of a document's entry on the sources page."""
    return f"doc-{doc_id}"


@dataclass
class Footnote:
    key: str
    source: Source
    note: Text | None


@dataclass
class Citations:
    """The footnotes of one page, in order of first citation."""

    lang: str
    documents: dict[str, Document]
    sources_page: str = "sources.md"
    """The sources page, relative to the citing page: each footnote links its document's entry there."""
    notes: dict[tuple, Footnote] = field(default_factory=dict)

    def cite(self, source: Source | None, note: Text | None = None) -> str:
        """A Markdown footnote reference for this source (the same source and note share one number)."""
        if source is None:
            return ""
        key = (source.doc, source.ref, note.fr if note else None)
        if key not in self.notes:
            self.notes[key] = Footnote(f"s{len(self.notes) + 1}", source, note)
        return f"[^{self.notes[key].key}]"

    def of(self, fact) -> str:
        """Footnote reference for any sourced fact (a model with `source` and maybe `note`)."""
        return self.cite(getattr(fact, "source", None), getattr(fact, "note", None))

    def all_of(self, facts) -> str:
        """Footnote references for several facts, each footnote once (two steps with one source share it)."""
        return "".join(dict.fromkeys(self.of(fact) for fact in facts))

    def cited_in(self, markdown: str) -> list[Footnote]:
        """The footnotes a piece of Markdown cites, in order, each once."""
        by_key = {foot.key: foot for foot in self.notes.values()}
        keys = dict.fromkeys(re.findall(r"\[\^(s\d+)\]", markdown))
        return [by_key[k] for k in keys if k in by_key]

    def plain(self, source: Source) -> str:
        """The source in plain text, for a tooltip: "Source : document 002, Annexe 1, Tableau 5"."""
        return f"{ui('source', self.lang)}{colon(self.lang)} {source_words(source, self.lang)}"

    def page(self, body: str) -> str:
        """The page's Markdown: the body with its footnotes numbered in the order it cites them (views cite
        before the template does), and their definitions under it. Every page ends here, so that no template can
        cite and forget them."""
        reference = re.compile(r"\[\^(s\d+)\]")
        order: dict[str, int] = {}
        for key in reference.findall(body):
            order.setdefault(key, len(order) + 1)
        text_ = reference.sub(lambda m: f"[^s{order[m.group(1)]}]", body)
        by_key = {foot.key: foot for foot in self.notes.values()}
        lines = [f"[^s{n}]: {self.definition(by_key[key])}" for key, n in order.items() if key in by_key]
        return text_.rstrip("\n") + ("\n\n" + "\n".join(lines) if lines else "") + "\n"

    def definition(self, foot: Footnote) -> str:
        """A footnote's text: document (linked to the sources page), section, reading note."""
        doc = f"{ui('document', self.lang).lower()} {md(foot.source.doc)}"
        if foot.source.doc in self.documents:
            doc = f"[{doc}]({self.sources_page}#{document_anchor(foot.source.doc)})"
        # The section is named as the French document names it; lang lets a screen reader say it so.
        ref = md(foot.source.ref) if self.lang == "fr" else f'<span lang="fr">{md(foot.source.ref)}</span>'
        line = f"{ui('source', self.lang)}{colon(self.lang)} {doc}, {ref}."
        if foot.note:
            line += f" {ui('note', self.lang)}{colon(self.lang)} {md(text(foot.note, self.lang))}"
        return line
