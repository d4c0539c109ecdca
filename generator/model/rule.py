"""Eligibility rules as data: what a route accepts, what it refuses, what it leaves to the jury."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .base import DiplomaKind, Model, Slug, Source, Text

Verdict = Literal["eligible", "jury", "ineligible"]


class Condition(Model):
    """All given fields must hold for the profile (logical AND). An empty condition always holds."""

    kinds: list[DiplomaKind] | None = None
    """The profile's diploma kind is one of these."""
    specialties: list[Slug] | None = None
    """The profile's speciality (catalogue slug or alias) is one of these."""
    specialty_given: bool | None = None
    """The profile names (true) or does not name (false) a speciality for its diploma."""
    specialty_in_catalogue: bool | None = None
    """The speciality is (true) or is not (false) a speciality of the diploma catalogue, for any diploma
    kind (every entry comes from a notice's list of scientific and technical specialities)."""
    specialty_scientific: bool | None = None
    """The candidate answers that the speciality (for an ATS year, that of the bac+2 before it) is (true) or
    is not (false) scientific and/or technical; an unanswered question matches neither. Catalogue
    specialities are scientific or technical by the notices' lists, so rules pair this with a speciality
    outside the catalogue."""
    prior_given: bool | None = None
    """The profile names (true) or does not name (false) the bac+2 held before an ATS year."""
    prior_kinds: list[DiplomaKind] | None = None
    """The bac+2 held before an ATS year is one of these kinds."""
    prior_specialties: list[Slug] | None = None
    """The speciality of that prior bac+2 is one of these."""
    prior_specialty_in_catalogue: bool | None = None
    """The speciality of that prior bac+2 is (true) or is not (false) a speciality of the catalogue."""
    ects_given: bool | None = None
    """The profile gives (true) or does not give (false) its count of ECTS credits validated."""
    ects_min: Annotated[int, Field(ge=0)] | None = None
    """ECTS validated are at least this; an unknown ECTS count does not fail this condition."""
    ects_below: Annotated[int, Field(ge=0)] | None = None
    """ECTS validated are known and below this."""
    foreign: bool | None = None
    """The diploma was (true) or was not (false) obtained abroad."""


class Rule(Model):
    """If the condition holds, this is the verdict; rules are tried in order, the first match wins."""

    when: Condition
    verdict: Verdict
    reason: Text
    source: Source
    note: Text | None = None
    """How to read the clause where it is ambiguous."""


class Requirement(Model):
    """A condition every candidate must meet whatever the diploma; failing it makes the route ineligible."""

    age_below: Annotated[int, Field(gt=0)] | None = None
    """Age must be strictly below this ("moins de 30 ans")."""
    experience_min_years: Annotated[float, Field(ge=0)] | None = None
    exceptions: bool = False
    """The notice allows exceptions to it ("sauf dérogation prévue par la loi", "hors dérogations"): the wizard
    then also says what the diploma alone would get, for a candidate who has one."""
    reason: Text
    """The requirement in plain words, as the notice states it."""
    source: Source
    note: Text | None = None
    """Where documents word the requirement differently, say how."""
