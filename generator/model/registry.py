"""Shared registries: source documents, admission channels, the diploma catalogue."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import ChannelId, DiplomaKind, Model, Month, NonEmpty, Place, Slug, Source, Text


class Document(Model):
    """One source document of ../shared/seeds."""

    id: NonEmpty
    """Short id used in every `source.doc` (for example "002")."""
    file: NonEmpty
    """The document's file name."""
    title: Text
    kind: Literal["notice", "presentation", "brochure"]
    session: NonEmpty
    """The session or year the document is about, as it states it."""
    published: Month | None = None
    """The month the document says it was issued ("Janvier 2024" -> "2024-01"), where it says so."""
    note: Text | None = None
    """What else the document shows of its date, version or issuer, where `published` cannot say it."""
    sections: list[Place] | None = None
    """Every numbered section, annex and table of the document ("§3.2", "Annexe 5", "Tableau 7"): a source's
    `ref` may name only these. Empty for a document without numbers; left out, refs are not checked."""


class Channel(Model):
    """An admission channel (voie d'admission)."""

    id: ChannelId
    name: Text
    status: Text
    """The candidate's status on that channel (student, apprentice, trainee, employee)."""
    description: Text
    sources: list[Source] = Field(min_length=1)
    """Where the documents describe the channel (the description is cited with them)."""


class Diploma(Model):
    """A speciality, mention or track of the diploma catalogue, usable with several diploma kinds."""

    slug: Slug
    """The French name, accents stripped, lowercase, runs of non-alphanumerics as `-`."""
    name: Text
    kinds: list[DiplomaKind] = Field(min_length=1)
    """The diploma kinds this speciality exists for in the notices."""
    abbr: str | None = None
    """The abbreviation the notices use ("GMP"): the site and the wizard print it after the name."""
    aliases: list[Slug] = []
    """Other spellings found in the notices, as slugs."""
    sources: list[Source] = Field(min_length=1)

    @property
    def written(self) -> str:
        """The name as a diploma spells it (in French), with the notices' abbreviation where the name lacks it."""
        return f"{self.name.fr} ({self.abbr})" if self.abbr and self.abbr not in self.name.fr else self.name.fr

    def translation(self, lang: str) -> str:
        """The name in `lang` when it differs from the French one; "" otherwise."""
        return "" if self.name.fr == getattr(self.name, lang) else getattr(self.name, lang)

    def label(self, lang: str) -> str:
        """How the site and the wizard name it: `written`, then its translation, since a candidate looks for
        the name printed on the diploma ("Génie mécanique et productique (GMP) — Mechanical and Production
        Engineering")."""
        return " — ".join(filter(None, [self.written, self.translation(lang)]))


class Term(Model):
    """An abbreviation or French term the pages use, explained for readers (the glossary page, and a tooltip on
    each occurrence)."""

    term: NonEmpty
    """As the pages write it, case and all ("BTS")."""
    variants: list[NonEmpty] = []
    """Other spellings of it on the pages ("bac+2" for "Bac+2")."""
    expansion: NonEmpty | None = None
    """The full French name the term abbreviates, where it abbreviates one (marked as French on English pages)."""
    meaning: Text
    source: Source | None = None
    """The document that explains the term, where one does; without it, the explanation is general knowledge
    of French education and employment, not a notice's word."""

    @property
    def spellings(self) -> tuple[str, ...]:
        """The term, then its variants: each spelling the pages explain."""
        return (self.term, *self.variants)


class KindNames(Model):
    """Other ways the notices write a diploma kind ("niveau L2", "Spé ATS"): a wizard profile may give them."""

    kind: DiplomaKind
    names: list[NonEmpty] = Field(min_length=1)
    """Compared with a profile's kind without case, spaces or dashes, like the kind's own id."""
    source: Source


class Registry(Model):
    """Everything of data/registry.yaml."""

    documents: list[Document] = Field(min_length=1)
    channels: list[Channel] = Field(min_length=1)
    diplomas: list[Diploma] = Field(min_length=1)
    kind_names: list[KindNames] = []
    glossary: list[Term] = []
