"""The YAML loader: YAML 1.2 scalars, positions of keys and items, duplicate keys, error wording."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

import pytest
from pydantic import BaseModel

from generator.load import DataError, DataErrors, read_yaml, validate

DATA = Path(__file__).parents[2] / "data"


def load(tmp_path, text: str):
    path = tmp_path / "data" / "f.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return read_yaml(path, tmp_path / "data")


def test_scalars_read_as_staff_expect(tmp_path):
    doc, errors = load(tmp_path, "a: No\nb: 14:00\nc: 2026-03-20\nd: 76\ne: 1.5\nf: true\ng: 010\nh: '002'\n")
    assert errors == []
    # 010 is ten, as an editor reading the schemas has it (YAML 1.2 core); a document number is quoted.
    assert doc.data == {"a": "No", "b": "14:00", "c": dt.date(2026, 3, 20), "d": 76, "e": 1.5, "f": True,
                        "g": 10, "h": "002"}


def test_positions_of_keys_and_items(tmp_path):
    doc, _ = load(tmp_path, "top:\n  list:\n    - x: 1\n    - {y: 2}\n")
    assert doc.locate(("top",)) == (1, 1)
    assert doc.locate(("top", "list", 1)) == (4, 7)
    assert doc.locate(("top", "list", 1, "y")) == (4, 8)
    assert doc.locate(("top", "list", 1, "missing")) == (4, 7)  # falls back to its parent


def test_duplicate_key_in_a_nested_mapping(tmp_path):
    doc, errors = load(tmp_path, "a:\n  b: 1\n  b: 2\n  c: 2027-02-30\n")
    # The walk goes on after a repeated key, so the file's other errors are reported with it.
    assert doc.data == {"a": {"b": 1, "c": "2027-02-30"}}
    assert [str(e) for e in errors] == [
        'data/f.yaml:3:3: a.b: duplicate key "b": each field may appear only once here (the first is kept)'
    ]


class _Rule(BaseModel):
    verdict: Literal["eligible", "jury", "ineligible"]


def test_a_value_outside_a_fixed_list_is_repeated_with_the_closest_allowed_one(tmp_path):
    doc, _ = load(tmp_path, "verdict: eligble\n")
    _, errors = validate(_Rule, doc)
    assert [str(e) for e in errors] == [
        "data/f.yaml:1:1: verdict: \"eligble\" is not an allowed value: did you mean \"eligible\"? "
        "write 'eligible', 'jury' or 'ineligible'"
    ]


def test_a_file_not_saved_as_utf8_is_located(tmp_path):
    path = tmp_path / "data" / "f.yaml"
    path.parent.mkdir()
    path.write_bytes("a: \u00e9t\u00e9\n".encode() + "b: {fr: \"Cl\u00f4ture\"}\n".encode("latin-1"))
    _, errors = read_yaml(path, tmp_path / "data")
    assert [str(e) for e in errors] == [
        "data/f.yaml:2:12: (file): the file is not saved as UTF-8 (byte 0xf4 here): save it again with the "
        "encoding UTF-8"
    ]


@pytest.mark.parametrize(("text", "where", "says"), [  # where: line:col: the key written there
    # A quote left open on the file's last text: PyYAML stops at the file's end, we point at the quote.
    ('a: 1\nb: "Clôture\n', "2:4: b", "the quoted text that starts here is never closed (the file ends first)"),
    # A quote left open before another text: the quoted text runs on to the next line.
    ('a:\n  fr: "Clôture\n  en: "Closing"\n', "2:7: fr", "the quoted text that starts here runs on to line 3"),
    # An apostrophe inside single quotes, in a line's text or in a {fr:, en:} pair.
    ("a:\n  fr: 'L'école'\n", "2:10: fr", "an apostrophe ends a text written in single quotes"),
    ("a: {fr: 'l'école', en: \"school\"}\n", "1:12: a", "an apostrophe ends a text written in single quotes"),
    # A "#" starts a comment, which hides the closing "}": we point at the "{".
    ("a: {fr: Total #1, en: Total}\nb: 1\n", "1:4: a", 'the "{" opened here is not closed where expected'),
    # PyYAML blames the line after a field written without its colon; the slip is on the line before.
    ("a:\n  b 1\n  c: 2\n", "2:3: b", 'this line has no ":" after a field name'),
    ("a: Attention: texte\n", "1:13: a", 'the text after "a:" holds ": ", which YAML reads as a new field'),
    # A line out of line is compared with the block it ends up in: "b:", shifted, not its own "x:".
    ("a:\n   b:\n     x: 1\n  c: 2\n", "4:3: c", '"c" starts at column 3, "b" on line 2 at column 4'),
    ("a:\n  - x: 1\n   - y: 2\n", "3:4: y", '"-" starts at column 4, "-" on line 2 at column 3'),
    ("a:\n\tb: 1\n", "2:1: b", "a tab character indents this line"),
])
def test_a_syntax_slip_is_shown_where_to_fix_it(tmp_path, text, where, says):
    _, errors = load(tmp_path, text)
    assert len(errors) == 1
    assert str(errors[0]).startswith(f"data/f.yaml:{where}: YAML syntax error: {says}")


def test_errors_on_one_line_come_in_the_order_of_their_items():
    errors = DataErrors([DataError("f.yaml", 3, 5, field, message) for field, message in
                         [("rules[10]", "a"), ("rules[2].kind", "b"), ("rules[2]", "c")]])
    assert [e.field for e in errors.errors] == ["rules[2]", "rules[2].kind", "rules[10]"]


@pytest.mark.parametrize("name", ["schools.yaml", "notices/ast/2026.yaml"])
def test_a_colon_left_out_or_a_line_shifted_in_real_data_is_found_on_its_line(tmp_path, name):
    """Every fifth field of a real file, written without its colon, is reported on its own line; shifted by a
    space either way, on its line or the next (where a shift right is read as part of the line's value)."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines(keepends=True)
    fields = [i for i, line in enumerate(lines) if ": " in line and not line.lstrip().startswith("#")][::5]
    for i in fields:
        for slip, near in ((lines[i].replace(": ", " ", 1), {i + 1}), (" " + lines[i], {i + 1, i + 2})):
            _, errors = load(tmp_path, "".join([*lines[:i], slip, *lines[i + 1:]]))
            if errors:  # a shift right may still read as valid YAML: the model then says what is wrong
                assert errors[0].line in near, (i + 1, str(errors[0]))
                assert "YAML syntax error" in errors[0].message and "check the indentation" not in errors[0].message
