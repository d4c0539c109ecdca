"""Reads YAML keeping line numbers, refuses duplicate keys, and turns model errors into file:line:col."""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
import typing
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, StringConstraints, ValidationError
from slugify import slugify

from .model.base import Month, Place, SessionId, Slug, Source, Text, Time
from .weekdays import month_numbers

M = TypeVar("M", bound=BaseModel)
Loc = tuple[str | int, ...]

# The scaffold of a new session writes this in front of every date and amount to check.
TO_CONFIRM = "À CONFIRMER"
# What most YAML syntax errors of hand-edited files come from.
SYNTAX_HINT = 'check the indentation (spaces only, no tabs), and put quotes around a text containing ": " or "#"'


@dataclass(frozen=True, order=True)
class DataError:
    """One problem in a data file, printed as `file:line:col: field: message`."""

    file: str
    line: int
    col: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.field}: {self.message}"


def _natural(field: str) -> tuple:
    """A field path with its numbers as numbers, so that rules[2] comes before rules[10]."""
    return tuple(int(part) if part.isdecimal() else part for part in re.split(r"(\d+)", field))


class DataErrors(Exception):
    """All the problems found in the data, reported at once."""

    def __init__(self, errors: list[DataError], waiting: str | None = None):
        # A value shared through a YAML anchor fails once per use, at one place: say it once. The registry
        # comes first, then the other shared files: a wrong registry entry is the cause of the errors that
        # name it elsewhere.
        unique: dict[tuple, DataError] = {}
        for e in sorted(set(errors), key=lambda e: ("/notices/" in e.file, not e.file.endswith("registry.yaml"),
                                                     e.file, e.line, e.col, _natural(e.field), e.message)):
            unique.setdefault((e.file, e.line, e.col, e.message), e)
        self.errors = list(unique.values())
        self.waiting = waiting
        """The checks that could not run yet, for files with errors of their own, when some could not."""
        super().__init__("\n".join(map(str, self.errors)))

    def waiting_line(self) -> str:
        """ "Not checked yet: …." after the errors, or "" when every check ran."""
        return f"Not checked yet: {self.waiting}." if self.waiting else ""


def field_path(loc: Loc) -> str:
    """Render a location as `events[3].start`."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(file)"


@dataclass
class YamlFile:
    """A parsed YAML file: its plain data, and where each key and item was written."""

    path: Path
    display: str
    data: dict
    positions: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    """0-based (line, column) of each mapping key and sequence item, by location."""
    unconfirmed: dict[Loc, str] = field(default_factory=dict)
    """The values the scaffold marked "to confirm", by location."""

    def locate(self, loc: Loc) -> tuple[int, int]:
        """1-based line and column of the deepest node of `loc` that exists in the file."""
        for end in range(len(loc), 0, -1):
            if loc[:end] in self.positions:
                line, col = self.positions[loc[:end]]
                return line + 1, col + 1
        return 1, 1

    def error(self, loc: Loc, message: str) -> DataError:
        line, col = self.locate(loc)
        return DataError(self.display, line, col, field_path(loc), message)


class _Loader(yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader):  # type: ignore[misc]
    """libyaml's fast parser, with YAML 1.2 core scalars, as editors read them (the schemas' squiggles agree):
    "no" and "14:00" stay strings, as staff expect; 002 is the number 2, which a text field refuses with a hint."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in (
        "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))
_Loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"),
                              list("-+0123456789"))
_Loader.add_implicit_resolver("tag:yaml.org,2002:float",
                              re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"),
                              list("-+0123456789."))
_SCALARS = yaml.constructor.SafeConstructor()
_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"


@dataclass
class _Found:
    """What a walk of one file's nodes records beside the plain data."""

    positions: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    unconfirmed: dict[Loc, str] = field(default_factory=dict)
    duplicates: list[tuple[Loc, Any]] = field(default_factory=list)
    """Each repeated key (its location, its node's mark): the first value is kept, the walk goes on."""


def _construct(node: yaml.Node, loc: Loc, found: _Found) -> Any:
    """Plain Python from a composed node, recording where each key and item stands, which text values the
    scaffold marked "to confirm", and repeated keys (collected here rather than by a second walk)."""
    if isinstance(node, yaml.MappingNode):
        out: dict = {}
        for key_node, value_node in node.value:
            key = key_node.value if key_node.tag == _STR else _construct(key_node, loc, _Found())
            if key in out:
                found.duplicates.append(((*loc, key), key_node.start_mark))
                continue
            found.positions[(*loc, key)] = (key_node.start_mark.line, key_node.start_mark.column)
            out[key] = _construct(value_node, (*loc, key), found)
        return out
    if isinstance(node, yaml.SequenceNode):
        items = []
        for i, item in enumerate(node.value):
            found.positions[(*loc, i)] = (item.start_mark.line, item.start_mark.column)
            items.append(_construct(item, (*loc, i), found))
        return items
    if node.tag == _STR:
        if node.value.startswith(TO_CONFIRM):
            found.unconfirmed[loc] = node.value
        return node.value  # most scalars are text: skip the generic constructor
    if node.tag == _INT:
        return int(node.value)  # base 10, leading zeros or not: PyYAML's own reads 010 as octal
    try:
        value = _SCALARS.construct_object(node)
    except ValueError:
        # "2027-02-30" looks like a date and is none: the model then says so, at its line.
        value = node.value
    _SCALARS.constructed_objects.clear()  # it would otherwise keep every node of every file
    return value


def display_path(path: Path, root: Path) -> str:
    """How errors name a file: relative to the data folder's parent ("data/schools.yaml")."""
    return path.relative_to(root.parent).as_posix() if path.is_relative_to(root.parent) else str(path)


def read_yaml(path: Path, root: Path) -> tuple[YamlFile | None, list[DataError]]:
    """Parse one file; syntax errors, duplicate keys and an empty file are errors."""
    display = display_path(path, root)
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except OSError as exc:
        return None, [DataError(display, 1, 1, "(file)", f"cannot read the file: {exc}")]
    except UnicodeDecodeError as exc:
        # Typically "é" saved as Latin-1 by an editor: point at it, as an editor shows it.
        before = raw[:exc.start]
        start_of_line = before[before.rfind(b"\n") + 1:]
        line, col = before.count(b"\n") + 1, len(start_of_line.decode("utf-8", "replace")) + 1
        return None, [DataError(display, line, col, "(file)", "the file is not saved as UTF-8 (byte "
                                f"0x{raw[exc.start]:02x} here): save it again with the encoding UTF-8")]
    found = _Found()
    try:
        node = yaml.compose(text, Loader=_Loader)
        data = None if node is None else _construct(node, (), found)
    except yaml.MarkedYAMLError as exc:
        mark, message = _syntax_error(exc, text)
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return None, [DataError(display, line, col, _key_at(text, line), message)]
    if data is None:
        return None, [DataError(display, 1, 1, "(file)", "the file is empty")]
    if not isinstance(data, dict):
        return None, [DataError(display, 1, 1, "(file)", "the file must hold a mapping of fields")]
    doc = YamlFile(path, display, data, found.positions, found.unconfirmed)
    errors = [DataError(display, mark.line + 1, mark.column + 1, field_path(loc),
                        f'duplicate key "{loc[-1]}": each field may appear only once here (the first is kept)')
              for loc, mark in found.duplicates]
    # A value the scaffold marked "to confirm" must be confirmed or removed before publishing.
    errors += [doc.error(loc, f'value to confirm ("{value}"): write the confirmed value (delete the line only where the field is optional)')
               for loc, value in found.unconfirmed.items()]
    return doc, errors


def _key_at(text: str, line: int) -> str:
    """The field a syntax error is in, for its message: the key written on its line (with or without its colon),
    or on the nearest line above that is less indented ("label"); "(syntax)" where there is none. The file
    cannot be read, so this is the text's own key, not a path."""
    lines = text.splitlines()[:line]
    if lines and not _FIELD_AT.match(lines[-1]) and (named := re.match(r"\s*([A-Za-z_$][\w$-]*)\s", lines[-1])):
        return named[1]  # "city Albi": the field written without its colon
    indent = None
    for written in reversed(lines):
        found = _FIELD_AT.match(written)
        if found and (indent is None or _indent(written) < indent):
            return found[2]
        if _holds_data(written):
            indent = _indent(written) if indent is None else min(indent, _indent(written))
    return "(syntax)"


# PyYAML's context for a quote or bracket left open, found lines later: the error points at its opening.
_UNCLOSED = {
    "while scanning a quoted scalar": "the quoted text that starts here is never closed (the file ends first): "
                                      "add its closing quote mark at the end of the text",
    "while parsing a flow sequence": 'the list "[" opened here is not closed where expected ({problem}): check '
                                     f'that it ends with "]"; {SYNTAX_HINT}',
    "while parsing a flow mapping": 'the "{" opened here is not closed where expected ({problem}): check that it '
                                    f'ends with "}}"; {SYNTAX_HINT}',
}
# A text in single quotes cut short by an apostrophe: 'l'école'.
_APOSTROPHE = re.compile(r"""(^|[\s:,\[{])'[^']*'[^\s'#,\]}]""")


def _line_of(mark: yaml.Mark | None, text: str) -> str:
    """The line of the file that a syntax error's mark is on ("" without one)."""
    lines = text.splitlines()
    return lines[mark.line] if mark is not None and mark.line < len(lines) else ""


def _cut_by_apostrophe(exc: yaml.MarkedYAMLError, text: str) -> bool:
    return bool(_APOSTROPHE.search(_line_of(exc.problem_mark, text)))


def _runaway_quote(exc: yaml.MarkedYAMLError, text: str) -> yaml.ScalarToken | None:
    """The quoted text just before the error, if it runs over several lines: its closing quote is missing
    (our data writes no quoted text over several lines), and the error shows only where the next text began."""
    mark = exc.problem_mark
    if mark is None:
        return None
    last = None
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if token.start_mark.index >= mark.index:
                break
            last = token
    except yaml.MarkedYAMLError:
        pass
    quoted = isinstance(last, yaml.ScalarToken) and last.style in ('"', "'")
    return last if quoted and last.start_mark.line < last.end_mark.line == mark.line else None


def _odd_quotes(mark: yaml.Mark | None, text: str) -> int:
    """How many double quote marks the line of `mark` holds, if an odd number (else 0)."""
    count = len(re.findall(r'(?<!\\)"', _line_of(mark, text)))
    return count if count % 2 else 0


def _syntax_error(exc: yaml.MarkedYAMLError, text: str) -> tuple[yaml.Mark | None, str]:
    """Where a syntax error is to be fixed, and what to do. A quote or bracket left open is found lines later
    (at the file's end for a quote): the error points at its opening."""
    default = exc.problem_mark or exc.context_mark
    if isinstance(exc, yaml.composer.ComposerError):
        return default, _alias_message(exc, text)
    if _cut_by_apostrophe(exc, text):
        return default, ("YAML syntax error: an apostrophe ends a text written in single quotes: write the text in "
                         """double quotes ("l'école"), or double the apostrophe ('l''école')""")
    runaway = _runaway_quote(exc, text)
    if runaway:
        return runaway.start_mark, (f"YAML syntax error: the quoted text that starts here runs on to line "
                                    f"{runaway.end_mark.line + 1}: add its closing quote mark ({runaway.style}) at "
                                    "the end of the text")
    if exc.context in _UNCLOSED and exc.context_mark is not None and (odd := _odd_quotes(exc.problem_mark, text)):
        # {fr: "Ouverture, en: "Opening"}: the bracket is blamed, but a quote mark is missing before the error.
        return exc.problem_mark, (f'YAML syntax error: a quoted text on this line is not closed (the line holds {odd} '
                                  'quote marks ", an odd number): add its closing quote mark before this point')
    if exc.context in _UNCLOSED and exc.context_mark is not None:
        at = exc.problem_mark
        problem = f"{exc.problem} at line {at.line + 1}, column {at.column + 1}" if at else exc.problem
        return exc.context_mark, "YAML syntax error: " + _UNCLOSED[exc.context].replace("{problem}", problem)
    return _layout_slip(exc, text) or (default, f"YAML syntax error: {exc.problem}; {SYNTAX_HINT}")


# A line's field name, after any "- " of a list item.
_FIELD_AT = re.compile(r"(\s*(?:-\s+)*)([A-Za-z_$][\w$-]*)\s*:(\s|$)")
# A list item that is no field: an alias, a {…} or […] block, a quoted text.
_ITEM_VALUE = re.compile(r"\s*-\s+[*&{\[\"']")
_LAYOUT_PROBLEMS = ("mapping values are not allowed in this context", "did not find expected key",
                    "did not find expected <document start>",
                    "did not find expected '-' indicator")
_NO_COLON = ('YAML syntax error: this line has no ":" after a field name: write a field as "name: value"; a text '
             "stays on one line, in double quotes")


def _indent(line: str) -> int:
    """How many spaces a line starts with."""
    return len(line) - len(line.lstrip())


def _holds_data(line: str) -> bool:
    """A line that is neither blank nor a comment."""
    return bool(line.strip()) and not line.lstrip().startswith("#")


def _content_above(lines: list[str], line: int) -> int | None:
    """The index of the nearest line above `line` that holds data."""
    return next((i for i in range(line - 1, -1, -1) if _holds_data(lines[i])), None)


def _lacks_colon(lines: list[str], i: int) -> bool:
    """A data line that names no field where one is expected: "channel ast", or "- school albi" with the item's
    other fields under it ("- chimie", a list's plain item, names none and needs none)."""
    line = lines[i]
    if _FIELD_AT.match(line) or _ITEM_VALUE.match(line):
        return False
    item = re.match(r"(\s*-\s+)", line)
    if not item:
        return True
    below = next((k for k in range(i + 1, len(lines)) if _holds_data(lines[k])), None)
    return below is not None and bool(_FIELD_AT.match(lines[below])) and _indent(lines[below]) == len(item[1])


def _lead(line: str, items: bool) -> tuple[str, int]:
    """What a line starts with and its column: the item's "-" (`items`), else its field name."""
    found = _FIELD_AT.match(line)
    if found and not items:
        return f'"{found[2]}"', len(found[1]) + 1
    return '"-"', _indent(line) + 1


def _layout_slip(exc: yaml.MarkedYAMLError, text: str) -> tuple[yaml.Mark, str] | None:
    """PyYAML's words for the slips of a hand-edited file ("mapping values are not allowed", "did not find
    expected key", "could not find expected ':'") name no cause. Read the lines to say which slip it is: a text
    holding ": " without quotes, a field name without its colon, or a line out of line with the one above."""
    mark, lines = exc.problem_mark, text.splitlines()
    if mark is None or mark.line >= len(lines):
        return None

    def at(line: int, column: int | None = None) -> yaml.Mark:
        return yaml.Mark(mark.name, 0, line, _indent(lines[line]) if column is None else column, None, None)

    if exc.problem == "could not find expected ':'" and exc.context_mark is not None:
        return exc.context_mark, _NO_COLON
    line = lines[mark.line]
    if "\t" in line[:mark.column + 1] and not line[:line.index("\t")].strip():
        return mark, "YAML syntax error: a tab character indents this line: indent with spaces only"
    if exc.problem not in _LAYOUT_PROBLEMS:
        return None
    here = _FIELD_AT.match(line)
    if _lacks_colon(lines, mark.line):  # "label {fr: …}": the colon after the field's own name is missing
        return at(mark.line), _NO_COLON
    if here and exc.problem.startswith("mapping") and mark.column > here.end(2):
        return mark, (f'YAML syntax error: the text after "{here[2]}:" holds ": ", which YAML reads as a new field: '
                      'put the whole text in double quotes ("…")')
    above = _content_above(lines, mark.line)
    if above is None:
        return None
    if _lacks_colon(lines, above):
        return at(above), _NO_COLON
    # Two items of one list are compared by their "-", other lines by their field names. The line is compared
    # with the block it ends up in: the least indented lines since the last line indented less than it ("text:"
    # shifted by a space puts the "source:" after its two lines out of line with it, not with them).
    items = all(written.lstrip().startswith("-") for written in (line, lines[above]))
    name, column = _lead(line, items)
    block = []
    for k in range(mark.line - 1, -1, -1):
        if _holds_data(lines[k]):
            if _lead(lines[k], items)[1] < column:
                break
            block.append(k)
    if block:
        above = min(block, key=lambda k: (_lead(lines[k], items)[1], -k))
    upper, upper_column = _lead(lines[above], items)
    return at(mark.line, column - 1), (
        f"YAML syntax error: {name} starts at column {column}, {upper} on line {above + 1} at column {upper_column}: "
        'the fields of one block start in the same column, and so do the items ("-") of one list; indent with '
        "spaces only")


def _alias_message(exc: yaml.composer.ComposerError, text: str) -> str:
    """Anchors and aliases (a copied block keeps its &name) get their own advice."""
    mark = exc.problem_mark
    at = _line_of(mark, text)[mark.column:] if mark else ""
    written = re.match(r"[&*][^\s,\[\]{}]+", at)
    name = f" {written.group()}" if written else ""
    if exc.context and "duplicate anchor" in exc.context:
        return (f"YAML error: the anchor{name} is defined twice, first at line {exc.context_mark.line + 1}: an "
                "anchor (&name) names one value per file; rename this copy's anchor, or write *name to reuse "
                "the first value")
    return f"YAML error: {exc.problem}{name}: define the anchor (&name) before this alias (*name), in the same file"


_PLAIN_WORDS = {
    "extra_forbidden": "unknown field (check its spelling; see data/schema/ for the allowed fields)",
    "missing": "missing field",
}
# What to write instead of a text where a number or a date is expected ("12 places", "76 €", "31/03/2027").
_WRITE_INSTEAD = {
    "int": "should be a whole number: write the number only, for example 12 (no unit)",
    "float": "should be a number: write the number only, with a dot for decimals, for example 76.5 (no € sign)",
    "date": "should be a date: write it as YYYY-MM-DD, for example 2027-03-31",
}


def _pattern(annotated: object) -> str:
    """The pattern a constrained string type of generator/model/base.py checks, as pydantic reports it."""
    return next(m.pattern for m in typing.get_args(annotated)[1:] if isinstance(m, StringConstraints))


# Friendlier words for the patterns of generator/model/base.py, keyed by the types themselves.
_PATTERNS = {
    _pattern(Time): 'write a time as HH:MM on 24 hours, for example "14:00"',
    _pattern(Slug): 'use lowercase letters, digits and single dashes only, for example "genie-civil"',
    _pattern(SessionId): 'write a session as a year, for example "2027"',
    _pattern(Month): 'write a month as YYYY-MM, for example "2027-01"',
    _pattern(Place): 'write one place as the document numbers it: "§3.2", "Annexe 5" or "Tableau 7"',
}


# What a group of fields looks like, where a single value was written instead ("instance of Text").
_SHAPES = {
    "Text": 'a text in both languages: write {fr: "…", en: "…"}',
    "Source": 'a source: write {doc: "002", ref: "§2, Tableau 1"}',
}

LANGUAGES = {"fr": "French", "en": "English"}


@functools.cache
def _months() -> dict[str, int]:
    """Month names as staff write them in a date, French and English, with and without accents."""
    names = {}
    for lang in ("fr", "en"):
        for name, number in month_numbers(lang).items():
            names[name] = number
            names[name.replace("é", "e").replace("û", "u")] = number
    return names


def _french_date(text: str) -> str | None:
    """A date written the French way ("31/03/2027", "31.03.2027", "vendredi 19 mars 2027", "1er avril 2027"),
    as YYYY-MM-DD; "" for one the calendar does not have ("31/02/2027"); None if it is not written so."""
    found = re.fullmatch(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*", text)
    if found:
        day, month, year = int(found[1]), int(found[2]), int(found[3])
    else:
        found = re.fullmatch(r"\s*(?:[^\W\d]+\.?,?\s+)?(\d{1,2})(?:er|st|nd|rd|th)?\s+([^\W\d]+)\.?\s+(\d{4})\s*", text)
        month = _months().get(found[2].lower()) if found else None
        if not month:
            return None
        day, year = int(found[1]), int(found[3])
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


def _number_in(text: str, whole: bool) -> str | None:
    """The number a staff member wrote with its unit or a decimal comma ("76 €", "90,5", "12 places",
    "11 500 €"), as the field wants it ("76", "90.5"); None if the text is not one number."""
    found = re.fullmatch(r"\s*(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?\s*([^\d.,]*)", text)
    if not found or (whole and found[2]) or not (found[2] or found[3].strip()):
        return None  # a plain "12" is the quoted number, said apart
    number = re.sub(r"\s", "", found[1])
    return f"{number}.{found[2]}" if found[2] else number


def _message(err: dict, loc: Loc) -> str:
    language = LANGUAGES.get(str(loc[-1]) if loc else "")
    given = err.get("input")
    if language and (err["type"] in ("missing", "string_too_short") or given is None):
        return f'missing {language} text: add {loc[-1]}: "…" (every text is given in French and English)'
    if language and err["type"] == "extra_forbidden":
        # Not a misspelt field: a text's line indented less than the line before it.
        other = next(code for code in LANGUAGES if code != loc[-1])
        return f'{language} text out of its place: indent it as far as the "{other}:" line of its text'
    if err["type"] in _PLAIN_WORDS:
        return _PLAIN_WORDS[err["type"]]
    if err["type"] in ("int_from_float", "int_type") and isinstance(given, float):
        return _WRITE_INSTEAD["int"]  # 10.5 seats
    if err["type"] == "string_type" and type(given) is int and loc and (
        loc[-1] in ("document", "doc") or loc[-3:-2] == ("documents",) and loc[-1] == "id"
    ):
        return f'should be a text: put it in quotes, for example "{given:03d}" (documents are numbered "000", "001"…)'
    if err["type"] == "string_type" and isinstance(given, (dt.date, int, float)) and not isinstance(given, bool):
        # YAML reads 2027-01-15 as a date and 2027 as a number: a text field wants them quoted.
        return f'should be a text: put it in quotes, for example "{given}"'
    if err["type"] == "string_too_short":
        return "should not be empty: write its text"
    if err["type"].startswith("bool_"):  # "oui", "yes", "vrai"
        return "should be true or false, written without quotes"
    if err["type"] == "greater_than_equal":
        return f'should be {err["ctx"]["ge"]:g} or more'
    expected = str(err.get("ctx", {}).get("expected", ""))
    numbers = {v for v in re.split(r",\s*|\s+or\s+", expected) if v.isdigit()}  # "1 or 2"; not "'formation'"
    if err["type"] == "literal_error" and isinstance(given, str) and given.strip() in numbers:
        return f"should be {expected}, written without quotes"
    if err["type"] in ("literal_error", "enum") and given is not None:
        # Repeat what was written: in a long list of steps the reader sees which value is meant.
        close = difflib.get_close_matches(str(given), re.findall(r"'([^']*)'", expected), n=1)
        hint = f'did you mean "{close[0]}"? ' if close else ""
        return f'"{given}" is not an allowed value: {hint}write {expected}'
    kind = err["type"].split("_")[0]
    if kind == "date" and isinstance(given, str) and (day := _french_date(given)) is not None:
        if not day:  # the example below would read as a correction ("2027-03-31" for "31/02/2027")
            return f"{given.strip()} is not a date of the calendar (check the day and the month); write it YYYY-MM-DD"
        return f"should be a date written YYYY-MM-DD: write {day}"
    if kind in ("int", "float") and isinstance(given, str) and re.fullmatch(r"\s*\d+(\.\d+)?\s*", given):
        return f"should be a number, written without quotes: write {given.strip()}"  # '12' left from À CONFIRMER
    if kind == "int" and isinstance(given, str) and (number := _number_in(given, whole=True)):
        return f"should be a whole number: write {number} (the number only, no unit)"  # "12 places"
    if kind == "float" and isinstance(given, str) and (number := _number_in(given, whole=False)):
        return f"should be a number: write {number} (the number only, with a dot for decimals)"  # "76 €", "90,5"
    if kind in _WRITE_INSTEAD and isinstance(given, str):
        return _WRITE_INSTEAD[kind]
    if err["type"] in ("model_type", "model_attributes_type", "dict_type"):
        shape = _SHAPES.get(str(err.get("ctx", {}).get("class_name", "")), "a group of fields, one \"name: value\" per line")
        return f"should be {shape}"
    if err["type"] == "list_type":
        return 'should be a list: write [a, b], or one "- " line per item'
    if err["type"] == "string_pattern_mismatch":
        pattern = err.get("ctx", {}).get("pattern", "")
        bare = lambda v: re.sub(r"[^a-z0-9]", "", v)
        if pattern == _pattern(Slug) and isinstance(given, str) and slugify(given) and bare(slugify(given)) == bare(
                unicodedata.normalize("NFD", given).encode("ascii", "ignore").decode().lower()):
            # "matériaux", "Chimie": an accent or a capital is a letter to a French reader, not to an id.
            return f'write "{slugify(given)}": an id has lowercase letters without accents, digits and single dashes only'
        return _PATTERNS.get(pattern, err["msg"])
    message = err["msg"]
    for prefix in ("Value error, ", "Input "):
        if message.startswith(prefix):
            message = message[len(prefix):]
    return message


@functools.cache  # the same few root models, asked again for each misspelt or missing field
def _models(root: type[BaseModel]) -> frozenset[type[BaseModel]]:
    """Every model a file of this root model can hold, found through the fields' annotations."""
    found: set[type[BaseModel]] = set()
    todo: list[Any] = [root]
    while todo:
        kind = todo.pop()
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            if kind not in found:
                found.add(kind)
                todo += [f.annotation for f in kind.model_fields.values()]
        else:
            todo += typing.get_args(kind)
    return frozenset(found)


def _fitting(model: type[BaseModel], data: Any, loc: Loc) -> tuple[set[str], list[type[BaseModel]]]:
    """The keys written beside loc's last key, and the models of the file that have all of them."""
    node = data
    for part in loc[:-1]:
        node = node[part]
    siblings = {k for k in node if k != loc[-1]} if isinstance(node, dict) else set()
    return siblings, [m for m in _models(model) if siblings <= set(m.model_fields)]


def _free_fields(model: type[BaseModel], data: Any, loc: Loc) -> list[str]:
    """The optional fields a misspelt key could have meant: those of the models that fit its siblings."""
    siblings, models = _fitting(model, data, loc)
    return sorted({name for m in models for name in m.model_fields if name not in siblings})


def _what_to_write(model: type[BaseModel], data: Any, loc: Loc) -> str:
    """How to write a missing field, when every model that fits gives it one type: its fixed values, or the
    form of a date, a text or a source."""
    _, models = _fitting(model, data, loc)
    kinds = {m.model_fields[loc[-1]].annotation for m in models if loc[-1] in m.model_fields}
    kind = kinds.pop() if len(kinds) == 1 else None
    if typing.get_origin(kind) is typing.Literal:
        return f"write one of {', '.join(str(v) for v in typing.get_args(kind))}"
    if typing.get_origin(kind) is typing.Annotated:
        kind = typing.get_args(kind)[0]  # a constrained text (NonEmpty, Slug) is written as a text
    form = {dt.date: "YYYY-MM-DD", Text: '{fr: "…", en: "…"}', Source: '{doc: "…", ref: "…"}', str: '"…"'}.get(kind)
    return f"add {loc[-1]}: {form}" if form else ""


def _rank(err: dict) -> int:
    # Of the errors a union gives for one field, a plain type mismatch is the least telling.
    return 1 if err["type"].endswith("_type") else 0


def _clean_loc(model_loc: tuple, tree: Any) -> Loc:
    # Pydantic adds the union branch or validator name to the location; keep only real keys.
    loc: list[str | int] = []
    node = tree
    for part in model_loc:
        if isinstance(node, dict) and part in node or isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            loc.append(part)
            node = node[part]
        elif isinstance(node, dict) and isinstance(part, str) and not any(c in part for c in "[]()"):
            if part in {"int", "float", "str", "bool", "date", "list", "dict", "none"} or part[0].isupper() \
                    or "-" in part:
                continue  # a union branch or validator name, not a field
            loc.append(part)  # a missing field: name it
            node = None
        else:
            continue
    return tuple(loc)


def validate(model: type[M], doc: YamlFile) -> tuple[M | None, list[DataError]]:
    """Validate a parsed file against a model; every error located at its line and column."""
    data = {k: v for k, v in doc.data.items() if k != "$schema"}
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        unconfirmed = doc.unconfirmed
        found = [(_clean_loc(err["loc"], data), err) for err in sorted(exc.errors(), key=_rank)]
        # A misspelt field is both unknown and, under its right name, missing: say it once, as a spelling.
        missing = {loc for loc, err in found if err["type"] == "missing"}
        respelt: dict[Loc, str] = {}
        for loc, err in found:
            if err["type"] == "extra_forbidden" and loc and loc[-1] not in LANGUAGES:
                names = [str(m[-1]) for m in missing if m[:-1] == loc[:-1]] or _free_fields(model, data, loc)
                close = difflib.get_close_matches(str(loc[-1]), names, n=1)
                if close:
                    respelt[loc] = close[0]
        spelt = {(*loc[:-1], right) for loc, right in respelt.items()}
        # A field indented one level too far (under `label:`) is unknown there and missing where it belongs: say it
        # once, as indentation.
        deeper = {loc: (*loc[:-2], loc[-1]) for loc, err in found
                  if err["type"] == "extra_forbidden" and len(loc) >= 2 and (*loc[:-2], loc[-1]) in missing}
        errors: dict[Loc, DataError] = {}
        for loc, err in found:
            if loc in errors or loc in unconfirmed or loc in spelt or loc in deeper.values():
                continue  # one message per field; a value to confirm is reported as such
            if _rank(err) and any(u[: len(loc)] == loc for u in unconfirmed):
                continue  # a union mismatch caused by a value to confirm inside it
            if _rank(err) and any(len(other) > len(loc) and other[: len(loc)] == loc for other, _ in found):
                continue  # a union's type mismatch beside a precise error inside the value (seats.min)
            message = f'unknown field: did you mean "{respelt[loc]}"?' if loc in respelt else _message(err, loc)
            if loc in deeper:
                message = (f'"{loc[-1]}" is a field of {field_path(loc[:-2])}, not of its "{loc[-2]}": indent it '
                           f'as "{loc[-2]}" is, one level less')
            if err["type"] == "missing" and loc[-1] not in LANGUAGES and (hint := _what_to_write(model, data, loc)):
                message += f": {hint}"
            errors[loc] = doc.error(loc, message)
        return None, list(errors.values())
