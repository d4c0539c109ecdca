"""What a company recruiting an apprentice needs: steps, actors, cost, minimum pay, week rhythm."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .base import Date, Euros, Model, NonEmpty, NoticeRef, SchoolId, Slug, Sourced, Text
from .notice import SourcedText


class Step(Sourced):
    order: Annotated[int, Field(ge=1)]
    name: Text
    text: Text


class Actor(Sourced):
    id: Slug
    name: Text
    duties: list[Text] = Field(min_length=1)
    contact: Slug | None = None
    """The `id` of the guide's school's contact (schools.yaml, with `companies: true`) that reaches this actor:
    the recruiters' page links the actor to it, whose details are typed once."""


class Funding(Sourced):
    label: Text
    cost_of: NoticeRef | None = None
    """The notice session (NOTICE/SESSION) whose route at the guide's school gives the course's cost per year:
    the figure shown here is that route's, typed once, in the notice."""
    text: Text
    see: Literal["pay", "rhythm"] | None = None
    """The site's page on this item, linked after its text: the minimum-pay grid, or the week rhythm."""


class Fact(Sourced):
    """Any other fact for companies, as text (programme, hours, international stay...)."""

    topic: Literal[
        "programme", "hours", "international", "follow-up", "missions", "sectors", "contract", "pay", "other"
    ]
    """"hours" facts are also on the rhythm page, "pay" facts on the minimum-pay page."""
    title: Text
    text: Text


class Guide(Model):
    """A school's guide for companies (for example document 001 for Albi)."""

    school: SchoolId
    session: NonEmpty
    document: NonEmpty
    title: Text
    steps_title: Text | None = None
    """The steps' heading where they are not the company's hiring steps (a brochure's steps for the
    apprentice); by default "Hiring steps, in order"."""
    steps: list[Step] = Field(min_length=1)
    actors: list[Actor] = []
    funding: list[Funding] = []
    facts: list[Fact] = []


class PayCell(Model):
    year: Literal[1, 2, 3]
    percent_smic: Annotated[float, Field(gt=0)]
    eur_per_month: Euros


class PayBand(Model):
    id: Slug
    label: Text
    age_min: Annotated[int, Field(ge=0)]
    age_max: Annotated[int, Field(ge=0)] | None = None
    """Inclusive; None for "and over"."""
    cells: list[PayCell] = Field(min_length=1)


class PayGrid(Sourced):
    """The apprentice minimum-pay grid as a document prints it."""

    school: SchoolId
    """The school whose document prints the grid (the wizard says whose grid it gives)."""
    reference_date: Date
    """The date the euro amounts were computed at."""
    title: Text
    bands: list[PayBand] = Field(min_length=1)
    caveat: Text | None = None
    """The reservation the document puts on its amounts, as it words it ("sous réserve de …")."""
    footnotes: list[Text] = []
    elsewhere: list[SourcedText] = []
    """What the other documents say of the apprentice's pay, each with its own source: the pay page lists it
    under the grid, for a recruiter whose school's documents print no grid."""


WeekKind = Literal["school", "company", "abroad", "event", "unknown"]


class Week(Model):
    week: Annotated[int, Field(ge=1, le=53)]
    start: Date | None = None
    end: Date | None = None
    years: list[WeekKind] = Field(min_length=1)
    """One entry per course year (1st, 2nd, 3rd)."""
    labels: list[Text | None] = []
    """Optional text per course year (for example "Rentrée pédagogique")."""


class Rhythm(Sourced):
    """A school/company week planning for one academic year."""

    id: Slug
    school: SchoolId
    academic_year: NonEmpty
    title: Text
    weeks: list[Week] = Field(min_length=1)
    summary: list[Text] = []


class Recruiters(Model):
    """Everything of data/recruiters.yaml."""

    guides: list[Guide] = Field(min_length=1)
    pay_grid: PayGrid
    rhythms: list[Rhythm] = []
