"""The candidate's profile: validation, defaults, speciality slugs resolved through the diploma catalogue."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

# Letters NFKD does not decompose into ASCII.
_LIGATURES = str.maketrans(
    {
        "œ": "oe",
        "Œ": "OE",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "þ": "th",
        "Þ": "TH",
    }
)
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d)")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")

UNLISTED = "unlisted"
"""The speciality the site's form sends for its "not in the list" answer: a speciality given, in no list."""

FIELDS = (
    "diploma",
    "specialty",
    "specialty_scientific",
    "prior_diploma",
    "prior_specialty",
    "ects",
    "foreign",
    "age",
    "experience_years",
    "scholarship",
    "eu_national",
)


class ProfileError(ValueError):
    """An invalid profile; `field` names the offending field (dotted for nested ones). The message is in
    English and French, as the site shows it on the page of either language; `missing` tells a field left
    empty (a prompt to fill it in) from a wrong value."""

    def __init__(self, field: str, en: str, fr: str, missing: bool = False):
        super().__init__(f"{field}: {en}")
        self.field = field
        self.message = {"en": en, "fr": fr}
        self.missing = missing


def slugify(text: str) -> str:
    """French name -> slug: accents stripped, lowercase, runs of non-alphanumerics become '-'."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_LIGATURES)).encode("ascii", "ignore").decode()
    ascii_text = _DIGIT_COMMA.sub("", ascii_text)  # "1,5" -> "15", as python-slugify (the generator's) does
    return _NON_ALNUM.sub("-", ascii_text.lower()).strip("-")


@dataclass(frozen=True)
class Diploma:
    """A diploma kind with its speciality: the slug as given, and every name of its catalogue entry."""

    kind: str
    slug: str | None
    catalogue_slug: str | None
    names: frozenset[str]
    known: bool = False
    """The speciality names an entry of the catalogue, for whatever diploma kind."""
    options: tuple[Diploma, ...] = ()
    """For a speciality not given: the diplomas it could be, one per speciality the catalogue names and one
    unlisted. A verdict may depend on which."""

    def as_json(self) -> dict[str, Any]:
        return {
            "diploma": self.kind,
            "specialty": self.catalogue_slug or self.slug,
            "specialty_in_catalogue": self.known,
        }


@dataclass(frozen=True)
class Profile:
    diploma: Diploma
    prior: Diploma | None
    specialty_scientific: bool | None
    """The candidate's own answer: is the speciality outside the catalogue (for an ATS year, that of the bac+2
    before it) scientific and/or technical? None when not answered."""
    ects: int | None
    foreign: bool
    age: int | None
    experience_years: float | None
    """None when not given: a route's age or experience condition is then reported as not checked."""
    scholarship: bool
    eu_national: bool | None
    """None when not given: the tuition shows both amounts, and a document asked of some non-EU nationals is
    listed with its condition."""

    def as_json(self) -> dict[str, Any]:
        """The normalised profile, as the output and a shared URL give it."""
        return {
            **self.diploma.as_json(),
            "prior_diploma": self.prior.as_json() if self.prior else None,
            "specialty_scientific": self.specialty_scientific,
            "ects": self.ects,
            "foreign": self.foreign,
            "age": self.age,
            "experience_years": self.experience_years,
            "scholarship": self.scholarship,
            "eu_national": self.eu_national,
        }


class Catalogue:
    """The diploma catalogue: (kind, slug or alias) -> the entry's names."""

    def __init__(self, kinds: list[str], entries: list[dict[str, Any]], prior_for: list[str],
                 aliases: dict[str, list[str]] | None = None, track_kinds: dict[str, dict[str, str]] | None = None,
                 *, lists: dict[str, list[str]]):
        self.kinds = tuple(kinds)
        self._lists = lists
        """kind -> the specialities a candidate of that kind could give (rules.json's specialty_lists, which
        the form lists too)."""
        # "BTS", " M1 ", "Licence-Pro", "BUT 3", "L3": a kind as typed (or as a notice writes it, `aliases`) is
        # compared without case, spaces or dashes.
        self._bare_kinds = {k.replace("-", ""): k for k in kinds}
        for kind, names in (aliases or {}).items():
            self._bare_kinds.update({slugify(name).replace("-", ""): kind for name in names})
        self._track_kinds = track_kinds or {}
        """kind -> {track slug: the kind it is}: "cpge" with the track "ats" is the kind "ats"."""
        self.prior_for = tuple(prior_for)
        """The kinds that take a prior diploma (an ATS year: the bac+2 before it)."""
        self._index: dict[tuple[str, str], dict[str, Any]] = {}
        self._slugs: dict[str, set[str]] = {}
        """Name -> the slugs of every entry that has it (as slug or alias), whatever the kind."""
        self._options_of: dict[str, tuple[Diploma, ...]] = {}
        self._by_kind: dict[str, list[dict[str, Any]]] = {}
        """The kinds the catalogue lists specialities for, with their entries."""
        for entry in entries:
            for kind in entry["kinds"]:
                self._by_kind.setdefault(kind, []).append(entry)
            for name in (entry["slug"], *entry.get("aliases", [])):
                self._slugs.setdefault(name, set()).add(entry["slug"])
                for kind in entry["kinds"]:
                    self._index.setdefault((kind, name), entry)

    def _options(self, kind: str) -> tuple[Diploma, ...]:
        """Each speciality this kind could have, as the candidate would give it (its list in rules.json's
        specialty_lists, which the form offers), and one in no list: made once per kind, not on every evaluation."""
        if kind not in self._options_of:
            names = sorted(set(self._lists.get(kind, [])))
            self._options_of[kind] = tuple(self.diploma("diploma", kind, name) for name in (*names, UNLISTED))
        return self._options_of[kind]

    def diploma(self, field: str, kind: object, specialty: object) -> Diploma:
        """Validate a kind and a speciality; resolve the speciality through the catalogue."""
        if kind is None:
            if field == "diploma":
                raise ProfileError(field, "required: the kind of the highest qualification",
                                   "à indiquer : le type du diplôme le plus élevé", missing=True)
            raise ProfileError(field, "required: the kind of the diploma held before it",
                               "à indiquer : le type du diplôme obtenu avant", missing=True)
        if not isinstance(kind, str):
            raise ProfileError(field, *_not("a string", "un texte", kind))
        kind = self._bare_kinds.get(slugify(kind).replace("-", ""), kind)
        if kind not in self.kinds:
            known = ", ".join(self.kinds)
            raise ProfileError(field, f'unknown diploma kind "{kind}" (known: {known})',
                               f"type de diplôme inconnu « {kind} » (connus : {known})")
        spec_field = "specialty" if field == "diploma" else field.rsplit(".", 1)[0] + ".specialty"
        if specialty is not None and not isinstance(specialty, str):
            raise ProfileError(spec_field, *_not("a string", "un texte", specialty))
        slug = slugify(specialty) if specialty else ""
        if not slug:
            return Diploma(kind, None, None, frozenset(), options=self._options(kind))
        entry = self._index.get((kind, slug))
        if slug in self._track_kinds.get(kind, {}):
            return self.diploma(field, self._track_kinds[kind][slug], None)
        known = slug in self._slugs
        if entry is None and kind not in self._by_kind:
            # A kind with no list of its own (licence-pro, other): its speciality is named as any list names it
            # ("eea" is the Licence mention and the Master domain), without taking an entry's other aliases.
            return Diploma(kind, slug, None, frozenset({slug, *self._slugs.get(slug, ())}), known)
        if entry is None:
            return Diploma(kind, slug, None, frozenset({slug}), known)
        return Diploma(kind, slug, entry["slug"], frozenset({slug, entry["slug"], *entry.get("aliases", [])}), known)


def parse_profile(data: object, catalogue: Catalogue) -> Profile:
    """Validate a profile dict; raise ProfileError naming the first wrong field."""
    if not isinstance(data, dict):
        raise ProfileError("profile", *_not("a JSON object", "un objet JSON", data))
    for key in data:
        if key not in FIELDS:
            known = ", ".join(FIELDS)
            raise ProfileError(str(key), f"unknown field (known: {known})", f"champ inconnu (connus : {known})")
    diploma = catalogue.diploma("diploma", data.get("diploma"), data.get("specialty"))
    prior = None
    raw = data.get("prior_diploma")
    if isinstance(raw, str):
        # The flat form the site's addresses use: prior_diploma=bts&prior_specialty=cira.
        raw = {"diploma": raw, **({"specialty": data["prior_specialty"]} if data.get("prior_specialty") else {})}
    elif data.get("prior_specialty") is not None:
        raise ProfileError("prior_specialty", 'only with "prior_diploma" given as a kind, for example "bts"',
                           "à donner seulement avec « prior_diploma » écrit comme un type de diplôme, par exemple « bts »")
    if raw is not None:
        if not isinstance(raw, dict):
            raise ProfileError("prior_diploma", *_not("a diploma kind or an object {diploma, specialty}",
                                                      "un type de diplôme ou un objet {diploma, specialty}", raw))
        for key in raw:
            if key not in ("diploma", "specialty"):
                raise ProfileError(f"prior_diploma.{key}", "unknown field (known: diploma, specialty)",
                                   "champ inconnu (connus : diploma, specialty)")
        takes = ", ".join(f'"{k}"' for k in catalogue.prior_for)
        takes_fr = ", ".join(f"« {k} »" for k in catalogue.prior_for)
        if diploma.kind not in catalogue.prior_for:
            raise ProfileError("prior_diploma", f"only with the diploma {takes}: the diploma held before it",
                               f"seulement avec le diplôme {takes_fr} : le diplôme obtenu avant lui")
        prior = catalogue.diploma("prior_diploma.diploma", raw.get("diploma"), raw.get("specialty"))
        if prior.kind in catalogue.prior_for:
            raise ProfileError("prior_diploma.diploma", f"cannot be {takes} itself: give the diploma held before it",
                               f"ne peut pas être {takes_fr} : indiquez le diplôme obtenu avant")
    age = _count(data, "age", required=False)
    experience = _years(data, "experience_years")
    if age is not None and experience is not None and experience > age:
        raise ProfileError("experience_years", f"cannot be more than the age ({age}), not {experience:g}",
                           f"ne peut pas dépasser l'âge ({age}) : {_fr_number(experience)} indiqué")
    return Profile(
        diploma=diploma,
        prior=prior,
        specialty_scientific=_flag(data, "specialty_scientific", None),
        ects=_count(data, "ects", required=False),
        foreign=_flag(data, "foreign", False),
        age=age,
        experience_years=experience,
        scholarship=_flag(data, "scholarship", False),
        eu_national=_flag(data, "eu_national", None),
    )


_TYPES = {
    bool: ("a boolean", "un booléen"),
    int: ("a whole number", "un nombre entier"),
    float: ("a number", "un nombre"),
    str: ("a string", "un texte"),
    list: ("a list", "une liste"),
    dict: ("an object", "un objet"),
    type(None): ("null", "null"),
}


def _not(en: str, fr: str, value: object) -> tuple[str, str]:
    """ "must be a string, not a list", in English and French."""
    name = type(value).__name__
    en_type, fr_type = _TYPES.get(type(value), (name, name))
    if isinstance(value, str):  # what the candidate typed: "2e", "vingt"
        en_type, fr_type = f'"{value}"', f"« {value} »"
    return f"must be {en}, not {en_type}", f"doit être {fr}, et non {fr_type}"


def _fr_number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


# Bounds of plausible input, not rules of a notice: the form's age field stops at 99, and a doctorate is
# 480 ECTS credits; no one has worked for longer than the oldest age.
MOST = {"age": 99, "ects": 600, "experience_years": 99}


def _count(data: dict, field: str, required: bool) -> int | None:
    value = data.get(field)
    if value is None and not required:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # 20.0 is 20: some JSON writers print every number with a decimal point
    elif isinstance(value, float) and math.isfinite(value):
        raise ProfileError(field, f"must be a whole number, not {value:g}",
                           f"doit être un nombre entier, et non {_fr_number(value)}")
    elif isinstance(value, float):  # NaN or infinity, which Python's JSON reader accepts
        raise ProfileError(field, f"must be a whole number, not {value}", f"doit être un nombre entier, et non {value}")
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProfileError(field, *_not("a whole number", "un nombre entier", value))
    if value < 0:
        raise ProfileError(field, f"must be 0 or more, not {value}", f"doit être 0 ou plus, et non {value}")
    if value > MOST[field]:
        raise ProfileError(field, f"must be {MOST[field]} or less, not {value}",
                           f"doit être au plus {MOST[field]}, et non {value}")
    return value


def _years(data: dict, field: str) -> float | None:
    value = data.get(field)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ProfileError(field, *_not("a number", "un nombre", value))
    if not math.isfinite(value):  # JSON has no infinity, but Python callers may pass one
        raise ProfileError(field, f"must be a number of years, not {value}",
                           f"doit être un nombre d'années, et non {_fr_number(value)}")
    if value < 0:
        raise ProfileError(field, f"must be 0 or more, not {value:g}", f"doit être 0 ou plus, et non {_fr_number(value)}")
    if value > MOST[field]:
        raise ProfileError(field, f"must be {MOST[field]} or less, not {value:g}",
                           f"doit être au plus {MOST[field]}, et non {_fr_number(value)}")
    return value


def _flag(data: dict, field: str, default: bool | None) -> bool | None:
    value = data.get(field, default)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise ProfileError(field, *_not("true or false", "true ou false", value))
    return value
