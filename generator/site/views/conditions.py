"""Eligibility rules and requirements in plain words, from the rule data (no verdict is computed here)."""

from __future__ import annotations

from slugify import slugify

from ...dataset import Dataset
from ...model.rule import Condition
from ..format import md, semicolon, text
from ..labels import enum

WORDS = {
    "kinds": ("diplôme : {v}", "diploma: {v}"),
    "specialties": ("spécialité : {v}", "speciality: {v}"),
    "in_catalogue": (
        "spécialité figurant dans les listes des notices",
        "speciality in the notices' lists",
    ),
    "not_in_catalogue": (
        "spécialité absente des listes des notices",
        "speciality missing from the notices' lists",
    ),
    "scientific": (
        "spécialité déclarée scientifique et/ou technique par le candidat",
        "speciality declared scientific and/or technical by the candidate",
    ),
    "not_scientific": (
        "spécialité déclarée ni scientifique ni technique par le candidat",
        "speciality declared neither scientific nor technical by the candidate",
    ),
    "specialty_given": ("spécialité indiquée", "speciality given"),
    "specialty_missing": ("spécialité non indiquée", "speciality not given"),
    "prior_missing": ("bac+2 obtenu avant l'année ATS non indiqué", "two-year diploma held before the ATS year not given"),
    "prior_given": ("bac+2 obtenu avant l'année ATS indiqué", "two-year diploma held before the ATS year given"),
    "prior_kinds": ("bac+2 obtenu avant l'année ATS : {v}", "two-year diploma held before the ATS year: {v}"),
    "prior_specialties": ("spécialité de ce bac+2 : {v}", "speciality of that two-year diploma: {v}"),
    "prior_in_catalogue": (
        "spécialité de ce bac+2 figurant dans les listes des notices",
        "speciality of that two-year diploma in the notices' lists",
    ),
    # The count is the wizard's: credits validated or to be validated by the end of the academic year, as the
    # notices admit candidates who will hold their title by then (002 §3.1 and §3.2, 003 §1.2 and §2.1).
    "ects_given": ("nombre d'ECTS validés ou à valider indiqué", "number of ECTS validated or to be validated given"),
    "ects_missing": (
        "nombre d'ECTS validés ou à valider non indiqué",
        "number of ECTS validated or to be validated not given",
    ),
    "ects_min": (
        "au moins {v} ECTS validés ou à valider (un nombre inconnu ne l'exclut pas)",
        "at least {v} ECTS validated or to be validated (an unknown count does not rule it out)",
    ),
    "ects_min_known": ("au moins {v} ECTS validés ou à valider", "at least {v} ECTS validated or to be validated"),
    "ects_below": ("moins de {v} ECTS validés ou à valider", "fewer than {v} ECTS validated or to be validated"),
    "foreign": ("diplôme obtenu à l'étranger", "diploma obtained abroad"),
    "french": ("diplôme obtenu en France", "diploma obtained in France"),
    "any": ("tout diplôme", "any diploma"),
    "or": (" ou ", " or "),
}


def word(key: str, lang: str, **values: object) -> str:
    """A condition's words in `lang`, with {placeholders} filled."""
    return WORDS[key][0 if lang == "fr" else 1].format(**values)


def speciality_name(ds: Dataset, slug: str, kinds: list[str] | None, lang: str) -> str:
    """The catalogue name of a speciality slug (or alias), for any of the given kinds."""
    for kind in kinds or [k for d in ds.registry.diplomas for k in d.kinds]:
        entry = ds.diploma(kind, slug)
        if entry is not None:
            return text(entry.name, lang)
    # A kind with no list (licence-pro, other): the entry that is this slug before one that has it as an
    # alias ("mecanique" is the Master's Mécanique, not the Licence's "Mécanique, Génie Mécanique, Génie Civil").
    exact = [e for e in ds.registry.diplomas if slug == e.slug or slugify(slug) == e.slug]
    for entry in exact or [e for e in ds.registry.diplomas if slug in e.aliases]:
        return text(entry.name, lang)
    return slug


def describe(ds: Dataset, cond: Condition, lang: str) -> str:
    """A condition as one Markdown-safe sentence fragment."""
    alt = word("or", lang)
    parts: list[str] = []
    if cond.kinds:
        parts.append(word("kinds", lang, v=alt.join(enum("diploma_kind", k, lang) for k in cond.kinds)))
    if cond.specialties:
        names = [speciality_name(ds, s, cond.kinds, lang) for s in cond.specialties]
        parts.append(word("specialties", lang, v=alt.join(names)))  # names may hold commas
    if cond.specialty_given is not None:
        parts.append(word("specialty_given" if cond.specialty_given else "specialty_missing", lang))
    if cond.specialty_in_catalogue is not None:
        parts.append(word("in_catalogue" if cond.specialty_in_catalogue else "not_in_catalogue", lang))
    if cond.prior_given is not None:
        parts.append(word("prior_given" if cond.prior_given else "prior_missing", lang))
    if cond.prior_kinds:
        parts.append(
            word("prior_kinds", lang, v=alt.join(enum("diploma_kind", k, lang) for k in cond.prior_kinds))
        )
    if cond.prior_specialties:
        names = [speciality_name(ds, s, cond.prior_kinds, lang) for s in cond.prior_specialties]
        parts.append(word("prior_specialties", lang, v=alt.join(names)))
    if cond.prior_specialty_in_catalogue is not None:
        parts.append(word("prior_in_catalogue" if cond.prior_specialty_in_catalogue else "not_in_catalogue", lang))
    # After the speciality it is about: the diploma's, or for an ATS year the prior bac+2's.
    if cond.specialty_scientific is not None:
        parts.append(word("scientific" if cond.specialty_scientific else "not_scientific", lang))
    if cond.ects_given is not None and not (cond.ects_given and cond.ects_min is not None):
        parts.append(word("ects_given" if cond.ects_given else "ects_missing", lang))
    if cond.ects_min is not None:
        # With the count given, a minimum no longer lets an unknown count through: no proviso.
        parts.append(word("ects_min_known" if cond.ects_given else "ects_min", lang, v=cond.ects_min))
    if cond.ects_below is not None:
        parts.append(word("ects_below", lang, v=cond.ects_below))
    if cond.foreign is not None:
        parts.append(word("foreign" if cond.foreign else "french", lang))
    return md(semicolon(lang).join(parts) if parts else word("any", lang))

