"""Golden-output tests: the Markdown generated for a few pages, in French and English, from the fixture
data set tests/golden/data, compared with the committed files under tests/golden/expected/.

To regenerate the expected files after an intended change, run
    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/site/test_golden.py
then review the diff with `git diff tests/golden/expected` before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.dataset import load_dataset
from generator.site.pages import render_site

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
PAGES = [
    "index.md",
    "notices/ast/2026.md",
    "notices/ast/2025.md",
    "notices/index.md",
    "notices/changes.md",
    "notices/alt/2025.md",
    "schools/albi.md",
    "compare/calendar.md",
    "compare/diplomas.md",
    "compare/seats.md",
    "recruiters/index.md",
    "recruiters/pay.md",
    "recruiters/rhythm.md",
]
CASES = [f"{lang}/{page}" for page in PAGES for lang in ("fr", "en")]


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    return render_site(load_dataset(GOLDEN / "data"))


@pytest.mark.parametrize("path", CASES)
def test_generated_markdown_matches_golden(rendered, path):
    expected = GOLDEN / "expected" / path
    if os.environ.get("UPDATE_GOLDEN"):
        expected.parent.mkdir(parents=True, exist_ok=True)
        expected.write_text(rendered[path], encoding="utf-8")
    assert rendered[path] == expected.read_text(encoding="utf-8")


def test_every_page_is_generated_in_both_languages(rendered):
    french = {p[3:] for p in rendered if p.startswith("fr/")}
    english = {p[3:] for p in rendered if p.startswith("en/")}
    assert french == english and "notices/ast/2025.md" in french
