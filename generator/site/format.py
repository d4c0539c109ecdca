"""Formatting per locale: dates and amounts with Babel, bilingual texts, Markdown-safe strings."""

from __future__ import annotations

import datetime as dt
import functools
import re

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal
from babel.units import format_unit

from ..model.base import Text

BABEL_LOCALE = {"fr": "fr_FR", "en": "en_GB"}
# Babel supplies the day and month names; the pattern gives "vendredi 20 mars 2026" / "Friday 20 March 2026".
DATE_PATTERN = "EEEE d MMMM y"
SHORT_PATTERN = {"fr": "d MMM y", "en": "d MMM y"}
DAY_PATTERN = "d MMMM y"

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|])")
# Web and e-mail addresses in a text; a sentence's closing punctuation is not part of them. Then French phone
# numbers as the notices print them ("05 63 49 33 03", "+33 (0)4 66 78 50 00"), to be dialled with a tap.
_WEB = re.compile(r"https?://[^\s<>«»“”\"]*[^\s<>«»“”\".,;:!?)]")
_ADDRESS = re.compile(rf"{_WEB.pattern}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])(?:\+33 ?\(0\) ?|0)[1-9](?:[ .]?\d\d){4}(?![ .]?\d)")
_LINKED = re.compile(f"{_ADDRESS.pattern}|(?P<phone>{_PHONE.pattern})")
LINK_PATTERNS = {"address": _ADDRESS.pattern, "phone": _PHONE.pattern}
"""The same patterns for the wizard's renderer, which links the texts it shows as md() does (generator/wizard_hook.py
writes them into the wizard's page; they are written so that JavaScript reads them alike)."""


def web_address(value: str) -> str | None:
    """The first web address of a text, as md() links it ("https://dossier-apprentissage.imt.fr")."""
    found = _WEB.search(value)
    return found.group() if found else None


def website(value: str) -> str:
    """A website as a Markdown link, written as the data writes it; https:// where it names no scheme
    ("www.mines-ales.org", as the notices print it)."""
    return f"<{value}>" if re.match(r"https?://", value) else f"[{_plain(value)}](https://{value})"


def text(value: Text | None, lang: str) -> str:
    """The text of a bilingual value in `lang` ("" for None)."""
    return "" if value is None else getattr(value, lang)


def md(value: object, links: bool = True) -> str:
    """A plain string made safe for Markdown and HTML: no markup, no table break, on one line. Its web
    and e-mail addresses become links (Markdown autolinks, which take them verbatim), its phone numbers
    `tel:` links; `links=False` for a text that is a link's own or must not be one (a fax number)."""
    s = str(value)
    parts, last = [], 0
    for m in _LINKED.finditer(s) if links else ():
        link = f"[{m.group()}]({tel_uri(m.group())})" if m.group("phone") else f"<{m.group()}>"
        parts += [_plain(s[last : m.start()]), link]
        last = m.end()
    parts.append(_plain(s[last:]))
    return re.sub(r"\s*\n\s*", " ", "".join(parts)).strip()


def _plain(s: str) -> str:
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", s)


def _international(number: str) -> str:
    """The digits of a phone number as a notice prints it, in international form: "05 63 49 31 11" and
    "+33 (0)4 66 78 50 00" -> "+33563493111", "+33466785000"."""
    digits = re.sub(r"\(0\)|[^\d+]", "", number)
    return "+33" + digits[1:] if digits.startswith("0") and len(digits) == 10 else digits  # a French national number


def tel_uri(number: str) -> str:
    """A `tel:` link target (RFC 3966, international form) for a phone number as a notice prints it."""
    return "tel:" + _international(number)


def phone(number: str, lang: str) -> str:
    """A phone or fax number as a French page prints it (as the notice does), and as an English page's reader, who
    may call from abroad, dials it: "05 63 49 31 11" -> "+33 5 63 49 31 11"."""
    digits = _international(number)
    if lang == "fr" or not re.fullmatch(r"\+33\d{9}", digits):
        return number
    rest = digits[4:]
    return " ".join(["+33", digits[3], *(rest[i:i + 2] for i in range(0, 8, 2))])


def colon(lang: str) -> str:
    """The colon after a label: " :" in French (a space before it, made narrow on the page)."""
    return " :" if lang == "fr" else ":"


def semicolon(lang: str) -> str:
    """The separator of a list of clauses: " ; " in French (a space before it, made narrow on the page)."""
    return " ; " if lang == "fr" else "; "


def html(value: object) -> str:
    """A plain string made safe for an HTML attribute or element."""
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _first(day: dt.date, pattern: str, lang: str) -> str:
    # French writes the first of the month "1er" ("jeudi 1er février 2024"); CLDR patterns cannot.
    return pattern.replace("d ", "d'er' ", 1) if lang == "fr" and day.day == 1 else pattern


def long_date(day: dt.date, lang: str) -> str:
    """ "vendredi 20 mars 2026" / "Friday 20 March 2026"."""
    return format_date(day, _first(day, DATE_PATTERN, lang), locale=BABEL_LOCALE[lang])


def day_date(day: dt.date, lang: str) -> str:
    """ "1er octobre 2021" / "1 October 2021" (no weekday)."""
    return format_date(day, _first(day, DAY_PATTERN, lang), locale=BABEL_LOCALE[lang])


def short_date(day: dt.date, lang: str) -> str:
    """ "20 mars 2026" / "20 Mar 2026"."""
    return format_date(day, _first(day, SHORT_PATTERN[lang], lang), locale=BABEL_LOCALE[lang])


def month(year_month: str, lang: str) -> str:
    """ "2024-01" -> "janvier 2024" / "January 2024"."""
    day = dt.date.fromisoformat(f"{year_month}-01")
    return format_date(day, "LLLL y", locale=BABEL_LOCALE[lang])


def time(hhmm: str | None, lang: str) -> str:
    """ "23 h" / "23:00" style clock time ("" for None)."""
    if not hhmm:
        return ""
    hours, minutes = hhmm.split(":")
    if lang == "fr":
        return f"{int(hours)}\u00a0h\u00a0{minutes}" if minutes != "00" else f"{int(hours)}\u00a0h"
    return hhmm


def eur(amount: float, lang: str) -> str:
    """ "11 500 €" / "€11,500", with cents only where the amount has them."""
    fmt = None if amount != int(amount) else ("#,##0\u00a0¤" if lang == "fr" else "¤#,##0")
    return format_currency(amount, "EUR", format=fmt, locale=BABEL_LOCALE[lang], currency_digits=fmt is None)


def eur_range(low: float, high: float | None, lang: str) -> str:
    """An amount known by its lower bound ("à partir de 295 €"), one amount, or a range ("de 296 € à 437 €")."""
    if high is None:
        return f"{'à partir de' if lang == 'fr' else 'from'} {eur(low, lang)}"
    if high == low:
        return eur(low, lang)
    return f"de {eur(low, lang)} à {eur(high, lang)}" if lang == "fr" else f"{eur(low, lang)} to {eur(high, lang)}"


def number(value: float, lang: str) -> str:
    """A number per locale ("43,5" / "43.5")."""
    return format_decimal(value, locale=BABEL_LOCALE[lang])


def file_size(size: int, lang: str) -> str:
    """A file's size in decimal units, as the locale writes them ("844 ko" / "844 kB", "1,2 Mo" / "1.2 MB"), the
    number and its unit on one line (Babel puts a narrow no-break space in French, a space in English)."""
    if size >= 999_500:
        words = format_unit(round(size / 1e6, 1), "digital-megabyte", length="short", locale=BABEL_LOCALE[lang])
    else:
        words = format_unit(max(1, round(size / 1e3)), "digital-kilobyte", length="short", locale=BABEL_LOCALE[lang])
    return words.replace(" ", "\u00a0")


def percent(value: float, lang: str) -> str:
    """ "43 %" in French, "43%" in English."""
    return number(value, lang) + ("\u00a0%" if lang == "fr" else "%")


# French typography: a non-breaking space before ":" and a narrow one before ; ! ? and inside « », so
# that on a phone the sign never starts a line of its own.
_HTML_PARTS = re.compile(r"(<!--.*?-->|<[^>]+>)", re.S)
_RAW_TEXT = re.compile(r"<(/?)(script|style|code|pre|kbd|samp)\b", re.I)
_FRENCH_SPACES = [
    (re.compile(r" :(?=\s|$|<|&)"), "\u00a0:"),
    (re.compile(r" ([;!?»])"), "\u202f\\1"),
    (re.compile(r"« "), "«\u202f"),
    # Nor does a unit or the end of a number: "11 500 €", "43 %", "7 h 45" stay on one line.
    # Only a number's groups: "11 500", not an IBAN's "0289 731" (a bank app may refuse the copied text).
    (re.compile(r"(?<!\d)\d{1,3}(?: \d{3})+(?!\d)"), lambda m: m.group().replace(" ", "\u202f")),
    (re.compile(r"(?<=\d) (?=[€%]|h\b)"), "\u00a0"),
    (re.compile(r"(?<=\d\u00a0h) (?=\d)"), "\u00a0"),
]


def french_spaces(text: str) -> str:
    """A plain French text with its non-breaking spaces (see french_spacing for a page)."""
    for pattern, repl in _FRENCH_SPACES:
        text = pattern.sub(repl, text)
    return text


def _on_text(html: str, change) -> str:
    """The page with `change` applied to its text; tags, scripts and code are left as they are."""
    out, raw = [], 0
    for part in _HTML_PARTS.split(html):
        if part.startswith("<"):
            m = _RAW_TEXT.match(part)
            if m:
                raw = max(0, raw + (-1 if m.group(1) else 1))
            out.append(part)
        else:
            out.append(part if raw else change(part))
    return "".join(out)


_JSON_SCRIPT = re.compile(r'(<script type="application/json"[^>]*>)(.*?)(?=</script>)', re.S)


def french_spacing(html: str) -> str:
    """The page's text with French non-breaking spaces, and the texts its scripts show from a JSON block
    (the wizard's words, the home page's steps)."""
    html = _on_text(html, french_spaces)
    return _JSON_SCRIPT.sub(lambda m: m.group(1) + french_spaces(m.group(2)), html)


_QUOTED = re.compile(r"“([^“”]*[^\W\d_][^“”]*)”")


@functools.lru_cache(maxsize=8192)
def _french_holds(words: str, french: str) -> bool:
    """Whether the French texts hold `words` as whole words. Asked once per quotation and build: the pages
    quote the same words again and again, and each search reads all the French texts."""
    return words in french and re.search(rf"(?<!\w){re.escape(words)}(?!\w)", french) is not None


def mark_french(html: str, french: str) -> str:
    """An English page's quotations of French words (“Oui”, “rentrée”) marked lang="fr", so that a screen
    reader says them in French. A quotation is French when the data's French texts hold it as it is."""
    def quote(m: re.Match) -> str:
        if not _french_holds(m.group(1), french):
            return m.group()
        return f'“<span lang="fr">{m.group(1)}</span>”'
    return _on_text(html, lambda part: _QUOTED.sub(quote, part))
