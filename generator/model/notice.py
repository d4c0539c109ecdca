"""One session of an admission notice: routes, seats, calendar, fees, procedure, exams, documents."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from .base import (
    ChannelId,
    Date,
    EntryYear,
    Euros,
    Model,
    NonEmpty,
    Range,
    SchoolId,
    SessionId,
    Slug,
    Source,
    Sourced,
    Text,
    Time,
)
from .rule import Requirement, Rule, Verdict


class Track(Model):
    id: Slug
    name: Text
    note: Text | None = None
    source: Source | None = None
    """Where the track or option is named, when that is not the programme's own source."""


class TeachingUnit(Model):
    """A teaching unit (UE) of a curriculum, with its hours over the whole course as the document prints them."""

    code: NonEmpty
    """As the document abbreviates it ("BST")."""
    name: Text
    hours: Annotated[int, Field(gt=0)]


class SemesterUnit(Model):
    """A unit's share of one semester: its hours and what it teaches."""

    code: NonEmpty
    hours: Annotated[int, Field(gt=0)]
    topics: Text
    """The courses as the document lists them, separated by " ; " (French) and "; " (English)."""


class Semester(Model):
    number: Annotated[int, Field(ge=1, le=10)]
    hours: Annotated[int, Field(ge=0)]
    """The semester's academic volume as the document prints it (0: spent entirely in the company)."""
    units: list[SemesterUnit] = []


class Curriculum(Sourced):
    """A programme's courses, semester by semester. imt-admissions check verifies that the units' hours
    add up to the semesters' volumes."""

    units: list[TeachingUnit] = Field(min_length=1)
    semesters: list[Semester] = Field(min_length=1)


class Programme(Sourced):
    """A speciality course of a school (for example Alès BAT, INFRES, MKX)."""

    id: Slug
    school: SchoolId
    name: Text
    abbr: NonEmpty | None = None
    tracks: list[Track] = []
    options: list[Track] = []
    curriculum: Curriculum | None = None


class SourcedText(Sourced):
    text: Text


class Fallback(Model):
    verdict: Verdict
    reason: Text
    source: Source


class Cost(Sourced):
    """Who pays for the course and how much, where the notice says it."""

    payer: Text
    eur_per_year: Euros | None = None


class Route(Model):
    """One way in: a school x channel x programme x entry year that the notice offers."""

    school: SchoolId
    channel: ChannelId
    programme: Slug | None = None
    entry_year: EntryYear
    level: Text
    """The level of entry as the notice names it (for example "1re année (L3 / BUT 3)")."""
    requirements: list[Requirement] = []
    rules: list[Rule] = Field(min_length=1)
    otherwise: Fallback
    """The verdict when no rule matches."""
    tuition: Literal["school", "none-stated"] = "none-stated"
    """"school": the school's student tuition applies (data/schools.yaml)."""
    cost: Cost | None = None
    apprentice_pay: bool = False
    """True where the apprentice minimum-pay grid applies."""
    notes: list[SourcedText] = []
    """Clauses shown with every verdict (for example "one admission channel per year")."""

    @property
    def id(self) -> str:
        """A stable id across sessions (shared wizard URLs, page anchors): school-channel[-programme]-y<year>."""
        return "-".join(p for p in (self.school, self.channel, self.programme, f"y{self.entry_year}") if p)

    @property
    def unstated(self) -> list[str]:
        """What this route should state and its notice leaves out ("course_cost", "apprentice_pay"): an
        apprentice's course has a cost someone bears, and the law sets the apprentice's minimum pay. The
        wizard (through rules.json) says so for both, the session page for the cost (the pay grid is on
        the recruiters' pages)."""
        if self.channel != "apprenticeship":
            return []
        silent = {"course_cost": self.cost is None, "apprentice_pay": not self.apprentice_pay}
        return [k for k, quiet in silent.items() if quiet]


class SeatLine(Sourced):
    school: SchoolId
    channels: list[ChannelId] = Field(min_length=1)
    entry_year: EntryYear
    programme: Slug | None = None
    track: Text | None = None
    """A sub-division the notice counts separately (L3 / BUT 3, a track)."""
    seats: Annotated[int, Field(ge=0)] | Range


class SeatTotal(Sourced):
    """A total printed by the notice; the validator checks it against the matching lines."""

    label: Text
    school: SchoolId | None = None
    entry_year: EntryYear | None = None
    track: Text | None = None
    seats: Annotated[int, Field(ge=0)]
    discrepancy: Text | None = None
    """Where the notice's own total disagrees with its lines: say so; the site shows both figures."""


class Seats(Model):
    lines: list[SeatLine] = Field(min_length=1)
    totals: list[SeatTotal] = []
    notes: list[SourcedText] = []


EventKind = Literal[
    "platform-open",
    "application-deadline",
    "documents-deadline",
    "admissibility-commission",
    "admissibility-results",
    "exams",
    "admission-commission",
    "admission-results",
    "integration",
    "company-search",
    "final-list",
    "course-start",
    "other",
]


class Event(Sourced):
    """A dated step of the calendar."""

    # For an editor: a step known only by its last day has no end and is not open-ended (check.py says so too).
    model_config = ConfigDict(json_schema_extra={
        "if": {"properties": {"until": {"const": True}}, "required": ["until"]},
        "then": {"properties": {"end": {"type": "null"}, "open_ended": {"const": False}}},
    })

    id: Slug
    kind: EventKind
    label: Text
    start: Date
    start_time: Time | None = None
    end: Date | None = None
    end_time: Time | None = None
    open_ended: bool = False
    """True for "à partir du ..." steps that have a start and no end."""
    until: bool = False
    """True for "jusqu'au ..." steps whose notice gives only the last day, written as `start`."""
    provisional: bool = False
    """True where the notice says the date is provisional or may change."""
    schools: list[SchoolId] = []
    """Empty means every school of the notice."""
    channels: list[ChannelId] = []
    entry_years: list[EntryYear] = []
    programmes: list[Slug] = []
    audience: Text | None = None


class IntegrationPeriod(Sourced):
    number: Annotated[int, Field(ge=1)]
    start: Date
    start_time: Time
    end: Date
    end_time: Time


class Decision(Sourced):
    code: NonEmpty
    """As the notice writes it: OUI DÉFINITIF, OUI MAIS..."""
    meaning: Text
    reconnect_each_period: bool


class Integration(Model):
    period_label: Annotated[Text, Field(json_schema_extra={  # for an editor, as check.py
        "properties": {lang: {"pattern": r"\{n\}"} for lang in ("fr", "en")},
    })]
    """The calendar's name of each period, {n} standing for its number ("Période d'intégration {n} : …")."""
    periods: list[IntegrationPeriod] = Field(min_length=1)
    decisions: list[Decision] = Field(min_length=1)
    rules: list[SourcedText] = []


class FeeScheme(Sourced):
    audience: Literal["standard", "scholarship"]
    first_eur: Euros
    """For the first formation (or the single application)."""
    additional_eur: Euros | None = None
    """For each additional formation; None where the notice has no such fee."""


class ApplicationFees(Model):
    channels: list[ChannelId] = []
    """The channels these fees are stated for; empty means every channel of the notice."""
    note: Text | None = None
    """How to read the fees' scope where the notice is unclear."""
    schemes: list[FeeScheme] = Field(min_length=1)
    per: Literal["application", "formation"]
    """"application": one fee whatever the number of schools; "formation": charged per formation chosen."""
    payee: SourcedText
    payment: list[SourcedText] = []
    refund: SourcedText | None = None


class Exam(Sourced):
    id: Slug
    name: Text
    nature: Text
    duration_min: Annotated[int, Field(gt=0)] | None = None
    duration_bound: Literal["about", "at-most"] | None = None
    """How the notice bounds the minutes: "environ 30 minutes" (about), "20 minutes maximum" (at-most); None where
    it states them plainly."""
    duration_note: Text | None = None
    """The notice's own words on the time ("25 minutes, dont 10 minutes maximum de présentation"), or what is
    unclear about it."""
    mode: Literal["in-person", "remote", "online", "in-person-or-remote", "in-person-maybe-remote"] | None = None
    """None where the document does not say how the exam is held."""
    eliminatory_at_or_below: Annotated[float, Field(ge=0)] | None = None
    """A mark at or below this (out of 20) eliminates; None where the notice states no such mark."""
    topics: list[Text] = []
    entry_years: list[EntryYear] = []
    programmes: list[Slug] = []
    channels: list[ChannelId] = []

    @property
    def note_gives_minutes(self) -> bool:
        """Whether the note states the minutes itself, in both languages: then it is said alone, not after
        "30 min" again."""
        if self.duration_min is None or self.duration_note is None:
            return False
        number = re.compile(rf"(?<!\d){self.duration_min}(?!\d)")
        return all(number.search(text) for text in (self.duration_note.fr, self.duration_note.en))


class RequiredDocument(Sourced):
    name: Text
    formats: list[NonEmpty] = []
    max_size_mb: Annotated[float, Field(gt=0)] | None = None
    max_pixels: NonEmpty | None = None
    condition: Text | None = None
    entry_years: list[EntryYear] = []
    outside_eu: bool = False
    """Only some candidates who are not EU nationals must give it (a visa); its condition says which. The
    wizard shows it to a candidate who answers that they are not an EU national, or who does not say."""
    foreign_diploma: bool = False
    """Only candidates whose diploma was obtained abroad must give it (its programme's details). The wizard
    shows it to a candidate who says so."""


class Phase(Sourced):
    order: Annotated[int, Field(ge=1)]
    name: Text
    text: Text
    entry_years: list[EntryYear] = []


class Clause(Sourced):
    """Any other statement of the notice, kept whole."""

    topic: Literal[
        "conditions", "procedure", "admission", "selection", "course", "rules", "company", "contact", "other"
    ]
    title: Text
    text: Text
    applies: Literal["one-channel"] | None = None
    """What the wizard enforces of this clause. "one-channel": a candidate may apply to one course of a school
    (its programme) through one channel a year, this notice's or another's; the wizard warns when the chosen
    routes to one course use several channels and one of their notices has such a clause."""


class Notice(Model):
    """One session of one notice: the whole of a data/notices/NOTICE/SESSION.yaml file."""

    notice: Slug
    """The notice series id, the same for every session (the folder name)."""
    session: SessionId
    document: NonEmpty
    """Document id of data/registry.yaml this session is taken from."""
    title: Text
    short_title: Text | None = None
    """A few words for menus ("Admission sur titres"); the session is added to it."""
    summary: Text
    schools: list[SchoolId] = Field(min_length=1)
    channels: list[ChannelId] = Field(min_length=1)
    platform: SourcedText | None = None
    programmes: list[Programme] = []
    options: list[Programme] = []
    routes: list[Route] = Field(min_length=1)
    seats: Seats
    events: list[Event] = Field(min_length=1)
    integration: Integration | None = None
    fees: ApplicationFees | None = None
    """None where the document states no application fee."""
    exams: list[Exam] = []
    documents: list[RequiredDocument] = []
    phases: list[Phase] = []
    clauses: list[Clause] = []
