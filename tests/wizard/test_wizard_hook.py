"""The MkDocs hook: what it writes into the site, and a clear failure when Pyodide is not installed."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import zipfile
from html import unescape as html_unescape
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from generator import wizard_hook
from generator.site.format import LINK_PATTERNS

ROOT = Path(__file__).resolve().parents[2]


def test_zip_holds_the_engine_only():
    names = zipfile.ZipFile(io.BytesIO(wizard_hook.wizard_zip())).namelist()
    assert "wizard/__init__.py" in names and "wizard/browser.py" in names
    assert all(n.startswith("wizard/") and n.endswith(".py") for n in names)
    assert wizard_hook.wizard_zip() == wizard_hook.wizard_zip()  # reproducible: cacheable


def test_write_assets(tmp_path):
    wizard_hook.write_assets(tmp_path, rules={"format": 1, "kinds": [], "catalogue": [], "notices": []})
    assert (
        tmp_path / "assets/wizard/rules.json"
    ).read_text() == '{"format":1,"kinds":[],"catalogue":[],"notices":[]}'
    for name in wizard_hook.PYODIDE_FILES:
        assert (tmp_path / "assets/pyodide" / name).stat().st_size == (
            wizard_hook.PYODIDE_DIR / name
        ).stat().st_size


def test_missing_pyodide_is_a_plain_error(tmp_path):
    with pytest.raises(PluginError, match="npm ci"):
        wizard_hook.check_pyodide(tmp_path)


def test_a_wizard_word_missing_in_one_language_fails_naming_page_line_and_key(tmp_path):
    wizard_hook.check_words(ROOT / "site_src")  # the real pages agree
    for lang in ("fr", "en"):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "wizard.md").write_text((ROOT / "site_src" / lang / "wizard.md").read_text())
    english = tmp_path / "en" / "wizard.md"
    text = english.read_text()
    line = {lang: (tmp_path / lang / "wizard.md").read_text().split('id="wz-i18n"')[0].count("\n") + 1
            for lang in ("fr", "en")}
    english.write_text(re.sub(r'"open": "[^"]*", ', "", text.replace('"fatal":', '"fatale":'), count=1))
    with pytest.raises(PluginError) as error:
        wizard_hook.check_words(tmp_path)
    assert str(error.value).splitlines()[1:] == [
        f"{tmp_path}/fr/wizard.md:{line['fr']}: wz-i18n.fatale: missing (the en page has it)",
        f"{english}:{line['en']}: wz-i18n.fatal: missing (the fr page has it)",
        f"{english}:{line['en']}: wz-i18n.status.open: missing (the fr page has it)",
    ]


def test_build_fails_without_pyodide(tmp_path):
    env = {**os.environ, "IMT_PYODIDE_DIR": str(tmp_path / "nowhere"), "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(tmp_path / "site")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode != 0
    assert "Pyodide is missing" in done.stderr and "npm ci" in done.stderr


@pytest.mark.parametrize(("url", "prefix"), [("wizard/", "../"), ("en/wizard/", "../../")])
def test_page_links(url, prefix):
    html = wizard_hook.link_assets("<html><head></head><body></body></html>", url, "314.0.7-abc")
    head, body = html.split("</head>")
    assert '<meta name="imt-wizard-engine" content="314.0.7-abc">' in head
    assert f'<link rel="stylesheet" href="{prefix}assets/wizard/wizard.css">' in head
    assert f'<script type="module" async src="{prefix}assets/wizard/boot.js"></script>' in head
    assert f'<script type="module" src="{prefix}assets/wizard/wizard.js"></script>' in body
    # The renderer links addresses and phone numbers with the site's own patterns, not a copy of them.
    links = re.search(r'<meta name="imt-wizard-links" content="([^"]*)">', head).group(1)
    assert json.loads(html_unescape(links)) == LINK_PATTERNS


def test_engine_version_names_pyodide_and_the_zip():
    version = wizard_hook.engine_version()
    assert version.startswith("314.0.7-") and len(version) == len("314.0.7-") + 16
