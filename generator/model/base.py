"""Building blocks shared by every data file: bilingual text, sources, dates."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, pattern=r"\S")]
"""Spaces alone are empty: the pattern tells an editor so, as stripping does here."""
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
NoticeRef = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*/\d{4}(-\d{4})?$")]
"""A notice's session as NOTICE/SESSION, its file's path under data/notices/ ("albi-alternance/2025")."""
# A numbered place of a document, as a `ref` names it: "§3.2", "Annexe 5", "Tableau 7".
Place = Annotated[str, StringConstraints(pattern=r"^(§\d+(\.\d+)*|Annexe \d+|Tableau \d+)$")]
Time = Annotated[str, StringConstraints(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]
Euros = Annotated[float, Field(ge=0)]
SchoolId = Literal["albi", "ales", "nord-europe"]
ChannelId = Literal["ast", "apprenticeship", "continuing-education", "professionalisation"]
EntryYear = Literal[1, 2]
DiplomaKind = Literal[
    "bts", "dut", "but2", "but3", "licence2", "licence3", "licence-pro", "m1", "cpge", "ats", "other"
]
DIPLOMA_KINDS: tuple[str, ...] = DiplomaKind.__args__  # type: ignore[attr-defined]
TRACK_KINDS: dict[DiplomaKind, dict[str, DiplomaKind]] = {"cpge": {"ats": "ats"}}
"""A kind's track that is a kind of its own here: 000 §1 lists ATS among the CPGE tracks ("filière … ATS"), and
the ATS kind's rules read the bac+2 before it."""
TRACK_LISTS: tuple[DiplomaKind, ...] = ("cpge",)
"""The kinds whose catalogue entries are tracks (filières: MP, PSI, TSI…), not fields of study: a title with no
list of its own (a Licence pro, another title) is not named by one."""


def _int_to_str(value: object) -> object:
    # Staff will write `session: 2027` unquoted; YAML reads it as an int.
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


# The constraints first: after the BeforeValidator, they would be left out of the JSON Schema.
_SESSION = StringConstraints(pattern=r"^\d{4}(-\d{4})?$")
SessionId = Annotated[str, _SESSION, BeforeValidator(
    _int_to_str,
    # An editor's schema takes the unquoted year too, as validation does (data.json's schema: a text).
    json_schema_input_type=Annotated[str, _SESSION] | Annotated[int, Field(ge=1000, le=9999)],
)]


def _date_to_str(value: object) -> object:
    # `published: 2027-01-15` unquoted is a date to YAML: said as a month written wrong, not as a non-text.
    return value.isoformat() if isinstance(value, dt.date) else value


Month = Annotated[str, StringConstraints(pattern=r"^\d{4}-(0[1-9]|1[0-2])$"), BeforeValidator(_date_to_str)]
"""A month, YYYY-MM."""


class Model(BaseModel):
    """Strict, closed model: unknown fields and wrong types are errors."""

    # The attribute docstrings become the JSON Schemas' descriptions: an editor shows them beside each field.
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, use_attribute_docstrings=True)


def _english_quotes(value: str) -> str:
    if "«" in value or "»" in value:
        raise ValueError("this English text quotes with « »: write “ ” instead (English quotation marks)")
    return value


class Text(Model):
    """A human-readable text in both site languages."""

    fr: NonEmpty
    # The schema says it too, so that an editor underlines « » as you type.
    en: Annotated[
        NonEmpty, AfterValidator(_english_quotes), Field(json_schema_extra={"not": {"pattern": "[«»]"}})
    ]


class Source(Model):
    """Where a fact comes from: a document of `data/registry.yaml` and a place in it."""

    doc: NonEmpty
    """Document id, as listed in data/registry.yaml (for example "002")."""
    ref: NonEmpty
    """Section, table or page as the document names it (for example "§2, Tableau 1")."""


class Sourced(Model):
    """Any fact: it carries its source and, optionally, a note on how to read it."""

    source: Source
    note: Text | None = None
    """A reading note: an ambiguity, a disagreement between documents, an approximation."""


class Amount(Model):
    """A count that may be a range ("5 à 10")."""

    min: Annotated[int, Field(ge=0)]
    max: Annotated[int, Field(ge=0)]


def _check_range(value: Amount) -> Amount:
    if value.min > value.max:
        raise ValueError(f"range minimum {value.min} is above its maximum {value.max}")
    return value


Range = Annotated[Amount, AfterValidator(_check_range)]

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _parse_date(value: object) -> object:
    if isinstance(value, str) and DATE_RE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value} is not a date of the calendar (check the day and the month)") from None
    return value


Date = Annotated[dt.date, BeforeValidator(_parse_date)]
