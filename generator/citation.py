"""A source's `ref` against its document's outline: a section, annex or table the document does not have."""

from __future__ import annotations

import re

_SECTION = re.compile(r"§\s?(\d+(?:\.\d+)*)")
# "Annexe 1", "Annexes 1 et 2", "Tableaux 4, 5 et 6", "Tableaux 4 à 7" (the numbers named, not the span).
_NUMBERED = re.compile(r"\b(Annexe|Tableau)x?s?\s+(\d+(?:\s*(?:,|et|à)\s*\d+)*)")


def places(ref: str) -> list[str]:
    """The numbered places a `ref` names, written as the registry's `sections` write them."""
    found = [f"§{number}" for number in _SECTION.findall(ref)]
    for word, numbers in _NUMBERED.findall(ref):
        found += [f"{word} {n}" for n in re.findall(r"\d+", numbers)]
    return found


def _parent(place: str) -> str | None:
    head, dot, _ = place.rpartition(".")
    return head if dot else None


_PLURAL = {"Annexe": "annexes", "Tableau": "tables"}


def unknown_place(place: str, doc: str, sections: list[str], where: str) -> str:
    """Why `place` is wrong for the document, with the places it may have meant: those of its level."""
    if place.startswith("§"):
        parent = _parent(place) if _parent(place) in sections else None
        same = [s for s in sections if s.startswith("§") and _parent(s) == parent]
        if parent:
            has = f"its {parent} has " + (", ".join(same) if same else "no subsections")
        else:
            has = "its sections are " + ", ".join(same) if same else "it has no numbered sections"
    else:
        kind = place.split()[0]
        same = [s for s in sections if s.startswith(kind)]
        has = f"its {_PLURAL[kind]} are " + ", ".join(same) if same else f"it has no {_PLURAL[kind]}"
    return f"document {doc} has no {place} ({has}; see {where}): correct the reference or the document's sections"
