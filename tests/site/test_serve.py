"""`imt-admissions serve` as staff use it: saving a data file rebuilds the preview, which reloads itself; a
data error keeps the last good data on screen, the errors above every page, until the file is fixed."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from generator.dataset import DATA_DIR

REBUILT = 180_000  # ms: a rebuild of both languages, on a slow machine


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def preview(tmp_path):
    """The address of `serve` on a copy of the data, and the copy's AST notice."""
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    address = f"127.0.0.1:{free_port()}"
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--data", str(data), "--dev-addr", address],
                              stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    try:
        deadline = time.monotonic() + REBUILT / 1000
        while True:
            try:
                urllib.request.urlopen(f"http://{address}/", timeout=5)
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, (tmp_path / "serve.log").read_text()
                time.sleep(0.5)
        yield f"http://{address}/", data / "notices" / "ast" / "2026.yaml"
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_edit_reloads_the_preview_and_a_data_error_is_shown_on_the_page(page: Page, preview, tmp_path):
    url, notice = preview
    page.goto(url + "compare/fees/")
    fee = lambda euros: page.locator(f'td data[value="{euros}"]')  # the AST application fee
    expect(fee(76)).to_have_count(1)
    # The page reloads by itself (MkDocs' live-reload script, which the preview's policy lets run).
    edit(notice, "first_eur: 76\n", "first_eur: 75\n")
    expect(fee(75)).to_have_count(1, timeout=REBUILT)
    expect(page.locator(".data-errors")).to_have_count(0)
    # A data error: the last good data stays, and the page says what to fix, where.
    edit(notice, "first_eur: 75\n", "first_eur: 75 €\n")
    errors = page.locator(".data-errors")
    expect(errors).to_contain_text("data/notices/ast/2026.yaml:", timeout=REBUILT)
    expect(errors).to_contain_text(re.compile(r"fees\.schemes\[0\]\.first_eur: should be a number: write 75\b"))
    expect(fee(75)).to_have_count(1)
    edit(notice, "first_eur: 75 €\n", "first_eur: 74\n")
    expect(fee(74)).to_have_count(1, timeout=REBUILT)
    expect(page.locator(".data-errors")).to_have_count(0)
    # The terminal says where it serves and what to fix, without the language plugin's settings at each build.
    log = (tmp_path / "serve.log").read_text(encoding="utf-8")
    assert "Serving on http://" in log and "first_eur: should be a number" in log
    assert "mkdocs_static_i18n" not in log and "Template skipped" not in log
