"""Weekdays written in texts ("vendredi 20 mars 2026"), compared with the calendar: a new session's texts
get their dates changed, and their weekdays are easily forgotten."""

from __future__ import annotations

import datetime as dt
import functools
import re

from babel.dates import format_date, get_day_names, get_month_names


def weekday_names(lang: str) -> dict[str, int]:
    """ "lundi" / "monday" → 0 (Monday), as Babel spells them, in lower case."""
    return {name.lower(): i for i, name in get_day_names("wide", locale=lang).items()}


def month_numbers(lang: str) -> dict[str, int]:
    """ "mars" / "march" → 3, as Babel spells them, in lower case."""
    return {name.lower(): i for i, name in get_month_names("wide", locale=lang).items()}


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern, re.Pattern, dict[str, int], dict[str, int]]:
    days = weekday_names(lang)
    months = month_numbers(lang)
    day = re.compile(rf"\b({'|'.join(days)})\s+(\d{{1,2}})(?:er)?\b", re.IGNORECASE)
    # The month and year that follow: "lundi 18 et mardi 19 mai", "du jeudi 28 mai au vendredi 17 juillet 2026".
    month = re.compile(rf"\b(\d{{1,2}})(?:er)?\s+({'|'.join(months)})\b(?:\s+(\d{{4}}))?", re.IGNORECASE)
    return day, month, days, months


def wrong_weekdays(text: str, lang: str, year: int | None) -> list[str]:
    """What each weekday of `text` that does not fit its date says, and what the date's weekday is. A date
    without its year takes `year` (the session's), or is not checked without one."""
    day, month, days, months = _patterns(lang)
    found = []
    for m in day.finditer(text):
        # The month named next, within the same phrase (no sentence ends between them).
        after = month.search(text, m.start(2))
        if not after or _ends_a_sentence(text[m.end():after.start()]):
            continue
        # Its year: written after the month, or further in the phrase ("du jeudi 28 mai au … 2026"), or the session's.
        later = _YEAR.search(text, after.end())
        if after[3]:
            when_year = int(after[3])
        elif later and not _ends_a_sentence(text[after.end():later.start()]):
            when_year = int(later[1])
        elif year is None:
            continue
        else:
            when_year = year
        said = f'"{m[0]} {after[2]}"'
        try:
            date = dt.date(when_year, months[after[2].lower()], int(m[2]))
        except ValueError:
            found.append(f"says {said}: there is no such day in {when_year}")
            continue
        if date.weekday() != days[m[1].lower()]:
            found.append(f"says {said}, but {format_date(date, 'd MMMM y', locale='en')} is a "
                         f"{format_date(date, 'EEEE', locale='en')}: correct the weekday or the date")
    return found


_YEAR = re.compile(r"\b(\d{4})\b")


def _ends_a_sentence(between: str) -> bool:
    return bool(re.search(r"[.;]\s", between))
