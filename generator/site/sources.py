"""Sources as footnotes: each cited (document, section, note) gets one numbered footnote per page."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model.base import Source, Text
from ..model.registry import Document
from .format import md, text
from .labels import ui


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

    def definitions(self) -> list[str]:
        """The footnote definitions, one Markdown line each."""
        lines = []
        for foot in self.notes.values():
            doc = self.documents.get(foot.source.doc)
            where = f"{md(text(doc.title, self.lang))} (`{doc.file}`)" if doc else md(foot.source.doc)
            line = f"[^{foot.key}]: {ui('document', self.lang)} {md(foot.source.doc)}, {md(foot.source.ref)} — {where}."
            if foot.note:
                line += f" {ui('note', self.lang)} : {md(text(foot.note, self.lang))}" if self.lang == "fr" else \
                    f" {ui('note', self.lang)}: {md(text(foot.note, self.lang))}"
            lines.append(line)
        return lines
