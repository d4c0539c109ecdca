"""A school: identity, contacts, tuition, housing, published figures, options."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import Euros, Model, NonEmpty, SchoolId, Slug, Sourced, Text


class Contact(Sourced):
    """One contact point as a document prints it."""

    label: Text
    """Which service (admissions, apprenticeship, ...)."""
    id: Slug | None = None
    """Named where a company guide's actor points at it (recruiters.yaml, an actor's `contact`); unique over the
    schools' contacts, as the recruiters' page lists them all."""
    address: list[NonEmpty] = []
    phones: list[NonEmpty] = []
    fax: list[NonEmpty] = []
    emails: list[NonEmpty] = []
    websites: list[NonEmpty] = []
    companies: bool = False
    """A contact a recruiting company would use: a company guide's own contacts, and the school's apprenticeship
    or recruitment service, which the notices give to candidates. The recruiters' page lists it too."""


class Person(Sourced):
    role: Text
    names: list[NonEmpty] = Field(min_length=1)


class Tuition(Sourced):
    """Tuition per year for the student-status engineering course."""

    eu_eur: Euros
    non_eu_eur: Euros
    academic_year: NonEmpty | None = None
    """The academic year the amounts are for, only where the document states it."""
    scholarship_exempt: bool | None = None
    """True where the document says scholarship holders are exempt; None where it says nothing."""
    scholarship: Text | None = None
    """The document's own words on scholarships."""


class Housing(Sourced):
    text: Text
    rent_min_eur: Euros | None = None
    rent_max_eur: Euros | None = None


class Figure(Sourced):
    """A published figure: class size, placement rate, salary..."""

    topic: Literal["size", "placement", "international", "housing", "network", "programme", "other"]
    label: Text
    value: float
    value_max: float | None = None
    """The upper end, where the document gives a range ("9 à 12 semaines")."""
    unit: Literal["percent", "eur", "keur", "people", "count", "hours", "weeks", "months", "score", "year"]
    """"year" is a calendar year (1843), printed without a thousands separator."""
    benchmark: float | None = None
    """A comparison value printed beside it (for example the CGE average)."""
    benchmark_label: Text | None = None


class Track(Model):
    id: Slug
    name: Text


class Option(Sourced):
    """An option, domain or profile of a course that no notice lists. A notice's own programmes and options
    (work-study, apprenticeship) stay in the notice: the school page lists them from there."""

    id: Slug
    name: Text
    short: NonEmpty | None = None
    kind: Literal["option", "domain", "profile"] = "option"
    course: Literal["student", "work-study", "apprenticeship"]
    tracks: list[Track] = []


class Paragraph(Sourced):
    title: Text | None = None
    text: Text


class School(Model):
    id: SchoolId
    name: NonEmpty
    city: NonEmpty
    contacts: list[Contact] = Field(min_length=1)
    people: list[Person] = []
    tuition: list[Tuition] = []
    housing: list[Housing] = []
    figures: list[Figure] = []
    options: list[Option] = []
    about: list[Paragraph] = []
    """Everything else the school profile says (course, international, student life...)."""


class Schools(Model):
    schools: list[School] = Field(min_length=1)
