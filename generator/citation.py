"""A source's `ref` against its document's outline: a section, annex or table the document does not have."""

from __future__ import annotations

import re

# A number ends at a word boundary: "2e phase", "1re ligne" are no places.
_NUMBER = r"\d+(?:\.\d+)*\b"
_LIST = rf"{_NUMBER}(?:\s*(?:,|et|à)\s*{_NUMBER})*"
_SECTION = re.compile(rf"§\s?({_LIST})")
# A list only after a plural ("Tableaux 4 et 5"): "Annexe 4, 2 jours" names Annexe 4 alone.
_NUMBERED = re.compile(rf"\b(Annexe|Tableau)(?:\s+(\d+)\b|(?:s|x)\s+({_LIST}))")


def _listed(numbers: str) -> list[str]:
    """The numbers of a list, a span counted out: "4, 5 et 6"; "4 à 7" -> 4, 5, 6, 7; "3.1 à 3.3"."""
    parts = re.split(r"\s*(,|et|à)\s*", numbers)
    found = [parts[0]]
    for sep, number in zip(parts[1::2], parts[2::2], strict=True):
        head, _, first = found[-1].rpartition(".")
        same, _, last = number.rpartition(".")
        if sep == "à" and head == same:
            found += [f"{head}.{n}" if head else str(n) for n in range(int(first) + 1, int(last))]
        found.append(number)
    return found


def places(ref: str) -> list[str]:
    """The numbered places a `ref` names, written as the registry's `sections` write them."""
    found = [f"§{number}" for numbers in _SECTION.findall(ref) for number in _listed(numbers)]
    for word, single, numbers in _NUMBERED.findall(ref):
        found += [f"{word} {n}" for n in ([single] if single else _listed(numbers))]
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
