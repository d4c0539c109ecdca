"""Reads YAML keeping line numbers, refuses duplicate keys, and turns model errors into file:line:col."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)
Loc = tuple[str | int, ...]

# The scaffold of a new session writes this in front of every date and amount to check.
TO_CONFIRM = "À CONFIRMER"


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


class DataErrors(Exception):
    """All the problems found in the data, reported at once."""

    def __init__(self, errors: list[DataError]):
        self.errors = sorted(set(errors))
        super().__init__("\n".join(map(str, self.errors)))


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
    """libyaml's fast parser, with YAML 1.2 scalars: "no" and "14:00" stay strings, as staff expect."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in (
        "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))
_Loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"),
                              list("-+0123456789"))
_Loader.add_implicit_resolver("tag:yaml.org,2002:float",
                              re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"),
                              list("-+0123456789."))
_SCALARS = yaml.constructor.SafeConstructor()
_STR = "tag:yaml.org,2002:str"


class _Duplicate(Exception):
    def __init__(self, key: str, mark):
        self.key, self.mark = key, mark


def _construct(node: yaml.Node, loc: Loc, positions: dict, unconfirmed: dict) -> Any:
    """Plain Python from a composed node, recording where each key and item stands, and which text values
    the scaffold marked "to confirm" (collected here rather than by a second walk of the tree)."""
    if isinstance(node, yaml.MappingNode):
        out: dict = {}
        for key_node, value_node in node.value:
            key = key_node.value if key_node.tag == _STR else _construct(key_node, loc, {}, {})
            if key in out:
                raise _Duplicate(str(key), key_node.start_mark)
            positions[(*loc, key)] = (key_node.start_mark.line, key_node.start_mark.column)
            out[key] = _construct(value_node, (*loc, key), positions, unconfirmed)
        return out
    if isinstance(node, yaml.SequenceNode):
        items = []
        for i, item in enumerate(node.value):
            positions[(*loc, i)] = (item.start_mark.line, item.start_mark.column)
            items.append(_construct(item, (*loc, i), positions, unconfirmed))
        return items
    if node.tag == _STR:
        if node.value.startswith(TO_CONFIRM):
            unconfirmed[loc] = node.value
        return node.value  # most scalars are text: skip the generic constructor
    value = _SCALARS.construct_object(node)
    _SCALARS.constructed_objects.clear()  # it would otherwise keep every node of every file
    return value


def display_path(path: Path, root: Path) -> str:
    """How errors name a file: relative to the data folder's parent ("data/schools.yaml")."""
    return path.relative_to(root.parent).as_posix() if path.is_relative_to(root.parent) else str(path)


def read_yaml(path: Path, root: Path) -> tuple[YamlFile | None, list[DataError]]:
    """Parse one file; syntax errors, duplicate keys and an empty file are errors."""
    display = display_path(path, root)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [DataError(display, 1, 1, "(file)", f"cannot read the file: {exc}")]
    positions: dict[Loc, tuple[int, int]] = {}
    unconfirmed: dict[Loc, str] = {}
    try:
        node = yaml.compose(text, Loader=_Loader)
        data = None if node is None else _construct(node, (), positions, unconfirmed)
    except _Duplicate as exc:
        return None, [DataError(display, exc.mark.line + 1, exc.mark.column + 1, exc.key,
                                f'duplicate key "{exc.key}": each field may appear only once here')]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return None, [DataError(display, line, col, "(syntax)", f"YAML syntax error: {exc.problem}")]
    if data is None:
        return None, [DataError(display, 1, 1, "(file)", "the file is empty")]
    if not isinstance(data, dict):
        return None, [DataError(display, 1, 1, "(file)", "the file must hold a mapping of fields")]
    # A value the scaffold marked "to confirm" must be confirmed or removed before publishing.
    doc = YamlFile(path, display, data, positions, unconfirmed)
    return doc, [doc.error(loc, f'value to confirm ("{value}"): write the confirmed value, or remove it')
                 for loc, value in unconfirmed.items()]


_PLAIN_WORDS = {
    "extra_forbidden": "unknown field (check its spelling; see data/schema/ for the allowed fields)",
    "missing": "missing field",
}
# Friendlier words for the patterns of generator/model/base.py.
_PATTERNS = {
    "^([01][0-9]|2[0-3]):[0-5][0-9]$": 'write a time as HH:MM on 24 hours, for example "14:00"',
    "^[a-z0-9]+(-[a-z0-9]+)*$": 'use lowercase letters, digits and single dashes only, for example "genie-civil"',
    "^\\d{4}(-\\d{4})?$": 'write a session as a year, for example "2027"',
}


def _message(err: dict) -> str:
    if err["type"] in _PLAIN_WORDS:
        return _PLAIN_WORDS[err["type"]]
    if err["type"] == "string_pattern_mismatch":
        return _PATTERNS.get(err.get("ctx", {}).get("pattern", ""), err["msg"])
    message = err["msg"]
    for prefix in ("Value error, ", "Input "):
        if message.startswith(prefix):
            message = message[len(prefix):]
    return message


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
        errors: dict[Loc, DataError] = {}
        for err in sorted(exc.errors(), key=_rank):
            loc = _clean_loc(err["loc"], data)
            if loc in errors or loc in unconfirmed:
                continue  # one message per field; a value to confirm is reported as such
            if _rank(err) and any(u[: len(loc)] == loc for u in unconfirmed):
                continue  # a union mismatch caused by a value to confirm inside it
            errors[loc] = doc.error(loc, _message(err))
        return None, list(errors.values())
