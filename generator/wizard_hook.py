"""MkDocs hook of the eligibility wizard: rules.json, the engine as a zip and Pyodide, served by the site.

Writes into the built site:
  assets/wizard/rules.json    the rules of the current sessions (generator/rules.py)
  assets/wizard/wizard.zip    the engine package (wizard/*.py), unpacked by Pyodide in the Web Worker
  assets/pyodide/...          the 5 runtime files of the npm package `pyodide` (no CDN)
and links the wizard's script and stylesheet into the page that holds `<div id="imt-wizard"`.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import zipfile
from html import escape as html_escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIZARD_DIR = ROOT / "wizard"
PYODIDE_DIR = Path(os.environ.get("IMT_PYODIDE_DIR") or ROOT / "node_modules" / "pyodide")
"""The npm package's folder; $IMT_PYODIDE_DIR overrides it (the tests use it to check the missing case)."""
PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
MARKER = '<div id="imt-wizard"'
WORDS = re.compile(r'<script type="application/json" id="wz-i18n">(.*?)</script>', re.DOTALL)


def wizard_zip() -> bytes:
    """The engine's Python files as a reproducible zip (fixed dates, sorted), without rules.json."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(WIZARD_DIR.glob("*.py")):
            info = zipfile.ZipInfo(f"wizard/{path.name}", date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, path.read_bytes())
    return buffer.getvalue()


def check_pyodide(pyodide_dir: Path = PYODIDE_DIR) -> None:
    """Fail with a plain message when the npm runtime is not installed."""
    missing = [f for f in PYODIDE_FILES if not (pyodide_dir / f).exists()]
    if missing:
        from mkdocs.exceptions import PluginError

        raise PluginError(
            f"wizard: Pyodide is missing from {pyodide_dir} ({', '.join(missing)}). "
            "Run `npm ci` (or `bash .ci/setup`) at the project root: the site serves Pyodide itself, no CDN."
        )


def _copy_if_changed(src: Path, dest: Path) -> None:
    # mkdocs serve rebuilds often; the wasm is 9.6 MB.
    if (
        dest.exists()
        and dest.stat().st_size == src.stat().st_size
        and dest.stat().st_mtime >= src.stat().st_mtime
    ):
        return
    shutil.copy2(src, dest)


def _dataset():
    """The site hook's dataset when it runs (already loaded, honours $IMT_DATA_DIR), else data/."""
    try:
        from generator.site.events import generate
    except ImportError:
        from generator.dataset import load_dataset

        return load_dataset()
    return generate()[0]


def write_assets(site_dir: Path, rules: dict | None = None) -> None:
    """Write rules.json, wizard.zip and the Pyodide files into a built site."""
    from generator.load import DataErrors
    from generator.rules import dumps, export_rules

    check_pyodide()
    if rules is None:
        try:
            rules = export_rules(_dataset())
        except DataErrors as exc:
            from mkdocs.exceptions import PluginError

            raise PluginError("wizard: the data has errors\n" + "\n".join(map(str, exc.errors))) from None
    out = site_dir / "assets" / "wizard"
    out.mkdir(parents=True, exist_ok=True)
    (out / "rules.json").write_text(dumps(rules, compact=True), encoding="utf-8")
    (out / "wizard.zip").write_bytes(wizard_zip())
    runtime = site_dir / "assets" / "pyodide"
    runtime.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        _copy_if_changed(PYODIDE_DIR / name, runtime / name)


def engine_version() -> str:
    """Pyodide's version and a hash of the engine zip: a warm-start snapshot is valid for this pair only."""
    pyodide = json.loads((PYODIDE_DIR / "package.json").read_text(encoding="utf-8"))["version"]
    return f"{pyodide}-{hashlib.sha256(wizard_zip()).hexdigest()[:16]}"


def link_assets(html: str, page_url: str, version: str = "") -> str:
    """Add the wizard's stylesheet and scripts, the engine version and the site's link patterns, to the wizard's
    page. The patterns go in an attribute, which the French spacing of the page's text leaves alone.

    boot.js goes in <head> (async) so that the Web Worker and Pyodide start while the page is parsed;
    wizard.js, which needs the form, runs once the page is parsed.
    """
    from mkdocs.utils import get_relative_url

    from generator.site.format import LINK_PATTERNS

    def url(name: str) -> str:
        return get_relative_url(f"assets/wizard/{name}", page_url)

    links = html_escape(json.dumps(LINK_PATTERNS, ensure_ascii=False), quote=True)
    head = (
        f'<meta name="imt-wizard-engine" content="{version}">\n'
        f'<meta name="imt-wizard-links" content="{links}">\n'
        f'<link rel="stylesheet" href="{url("wizard.css")}">\n'
        f'<script type="module" async src="{url("boot.js")}"></script>\n'
    )
    html = html.replace("</head>", head + "</head>", 1)
    return html.replace("</body>", f'<script type="module" src="{url("wizard.js")}"></script>\n</body>', 1)


def _keys(words: object, prefix: str = "") -> set[str]:
    if not isinstance(words, dict):
        return {prefix}
    return set().union(*(_keys(v, f"{prefix}.{k}" if prefix else k) for k, v in words.items())) or {prefix}


def check_words(docs_dir: Path) -> None:
    """Fail when the wizard's words (the JSON block `wz-i18n` of each language's wizard.md) lack a key that the
    other language has: the browser would show "undefined" where a text is missing."""
    from mkdocs.exceptions import PluginError

    found: dict[str, tuple[Path, int, set[str]]] = {}
    for lang in ("fr", "en"):
        page = docs_dir / lang / "wizard.md"
        text = page.read_text(encoding="utf-8")
        block = WORDS.search(text)
        if block is None:
            raise PluginError(f"{page}: no <script type=\"application/json\" id=\"wz-i18n\"> block: the wizard's words")
        line = text.count("\n", 0, block.start(1)) + 1
        try:
            found[lang] = (page, line, _keys(json.loads(block.group(1))))
        except json.JSONDecodeError as exc:
            raise PluginError(f"{page}:{line + exc.lineno - 1}:{exc.colno}: wz-i18n: {exc.msg}") from None
    errors = [f"{page}:{line}: wz-i18n.{key}: missing (the {other} page has it)"
              for lang, other in (("fr", "en"), ("en", "fr"))
              for page, line, keys in [found[lang]] for key in sorted(found[other][2] - keys)]
    if errors:
        raise PluginError("wizard: words missing in one language\n" + "\n".join(errors))


# ---- MkDocs events ----


def on_pre_build(config, **kwargs) -> None:
    check_pyodide()
    check_words(Path(config["docs_dir"]))


def on_post_page(output: str, page, config, **kwargs) -> str:
    return link_assets(output, page.url, engine_version()) if MARKER in output else output


def on_post_build(config, **kwargs) -> None:
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return  # an inner build of one language: the assets go once, at the site's root
    write_assets(Path(config["site_dir"]))
