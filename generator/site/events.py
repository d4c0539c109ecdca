"""MkDocs events of the site: generate the pages and downloads from data/ at build time, and finish the built site.

- on_config: load and validate the data (errors fail the build, as file:line:col: field: message),
  render every page in both languages, and set the navigation of the language being built.
- on_files: add the generated pages and downloads under site_src/{fr,en}/ (in memory, never written
  there), before mkdocs-static-i18n sorts files by language; also add the vendored tablesort.
- on_nav: give the files that mkdocs-static-i18n recreated their generated content back.
- on_page_markdown: the glossary's abbreviations explained on every page.
- on_page_content: keep the footnotes out of the search index.
- on_post_page: name the menus of sections (a Material omission), and put a Content-Security-Policy
  meta tag first in <head>, with the hashes of the page's own inline scripts.
- on_post_template: the 404 page's language links and policy.
- on_post_build: one search index per language root.
- on_serve: rebuild when a data file or a template changes; a data error then keeps the last good data
  in the preview, each page listing the errors (on_startup tells `serve` from `build`).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import sys
from html import escape
from pathlib import Path
from urllib.parse import urlparse

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files

from ..check import walk
from ..dataset import Dataset, data_dir, data_files, load_dataset
from ..load import DataErrors
from ..model.base import Text
from . import downloads, pages
from .format import french_spacing, mark_french
from .labels import LANGS, ui

log = get_plugin_logger(__name__)

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = pages.TEMPLATES
VENDOR = {  # files from node_modules that the site serves itself
    "assets/vendor/tablesort.min.js": ROOT / "node_modules/tablesort/dist/tablesort.min.js",
    "assets/vendor/tablesort.number.min.js": ROOT
    / "node_modules/tablesort/dist/sorts/tablesort.number.min.js",
}
# Pyodide's WebAssembly runs in the wizard's worker, whose script is served by the site: a page's meta policy
# does not govern it, so the pages need neither 'wasm-unsafe-eval' nor blob: workers.
CSP = (
    "default-src 'self'; script-src 'self'{hashes}; style-src 'self'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'"
)
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)</script>", re.DOTALL)

_state: dict = {"key": None, "dataset": None, "generated": {}, "french": "", "abbreviations": {}, "serving": False,
                "failed": None, "errors": ""}


def on_startup(command: str, dirty: bool) -> None:
    _state["serving"] = command == "serve"


def _fingerprint(root: Path) -> tuple:
    watched = [*data_files(root), *sorted(TEMPLATES.rglob("*.j2"))]  # a new 2027.yml must show its error too
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in watched)


def generate() -> tuple[Dataset, dict[str, str | bytes]]:
    """The dataset and every generated file by source path (fr/..., en/...), cached until data changes."""
    root = data_dir()
    key = (str(root), _fingerprint(root))
    if _state["key"] != key and _state["failed"] != key:
        try:
            ds = load_dataset(root)
        except DataErrors as exc:
            message = (f"{len(exc.errors)} error(s) in the data ({root}):\n" + "\n".join(str(e) for e in exc.errors)
                       + (f"\n{exc.waiting_line()}" if exc.waiting else ""))
            if not (_state["serving"] and _state["key"]):
                raise PluginError(message) from None
            # `serve` after an edit: a failed build would leave the browser waiting with no word (MkDocs holds
            # every request until a build succeeds). The last good data is served, each page saying why.
            print(f"ERROR   -  {message}", file=sys.stderr)  # not logged: --strict would count it and stop the build
            _state.update(failed=key, errors=message)
            return _state["dataset"], _state["generated"]
        files = downloads.files(ds)
        generated: dict[str, str | bytes] = {**pages.render_site(ds, files), **files}
        french = "\n".join(v.fr for _, model in ds.models() for _, v in walk(model) if isinstance(v, Text))
        abbreviations = {lang: pages.abbreviations(ds, lang) for lang in LANGS}
        _state.update(key=key, dataset=ds, generated=generated, french=french, abbreviations=abbreviations,
                      failed=None, errors="")
    return _state["dataset"], _state["generated"]


DATA_ERRORS = ('<div class="data-errors" role="alert"><p><strong>The data has errors: this preview shows the '
               "last data that read without error. Fix these, save, and the page reloads.</strong></p>"
               "<pre>{errors}</pre></div>")


def with_data_errors(html: str) -> str:
    """A page of `serve` while the data has errors: the errors first, above the page (as the terminal shows them)."""
    if not _state["errors"]:
        return html
    return re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + DATA_ERRORS.format(errors=escape(_state["errors"])),
                  html, count=1)


def _i18n(config: MkDocsConfig):
    return config.plugins.get("i18n")


def _language(config: MkDocsConfig) -> str:
    plugin = _i18n(config)
    return (plugin.current_language if plugin and plugin.current_language else None) or LANGS[0]


@event_priority(0)  # before mkdocs-static-i18n (-100), which reads the nav per language
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    ds, _ = generate()
    lang = _language(config)
    config.nav = pages.nav(ds, lang)
    # For the theme's templates (main.html), which hand them to site.js and menu.js.
    config.extra["ui"] = {key: ui(key, lang) for key in ("sort_by", "on_this_page", "printed_from", "menu_button",
                                                             "search_button", "submenu_open", "submenu_close",
                                                             "search_none", "search_keys")}
    # The one 404 page, built in French, searches in English at an English address (404.html): with this
    # site's "no result" words there too, not Material's.
    config.extra["ui_en"] = {"search_none": ui("search_none", "en"), "search_keys": ui("search_keys", "en")}
    config.extra["search_worker"] = search_worker()
    return config


def search_worker() -> str:
    """The file name of Material's search worker, which search-fold.js loads: it carries a hash that changes with
    each Material release, so it is read from the installed theme, not typed."""
    import material

    folder = Path(material.__file__).parent / "templates/assets/javascripts/workers"
    names = sorted(p.name for p in folder.glob("search.*.min.js"))
    if len(names) != 1:
        raise PluginError(f"expected one search worker in {folder}, found {names or 'none'}: search-fold.js "
                          "wraps Material's worker and needs its file name")
    return names[0]


@event_priority(0)  # before mkdocs-static-i18n (-100), so that it sorts generated files by language
def on_files(files: Files, config: MkDocsConfig) -> Files:
    _, generated = generate()
    for src_uri in generated:
        # A path under docs_dir that is never written: the i18n plugin recreates File objects from
        # src_dir + src_uri, so the content is attached again in on_nav.
        files.append(File(src_uri, config.docs_dir, config.site_dir, config.use_directory_urls))
    for dest, source in VENDOR.items():
        if not source.exists():
            raise PluginError(f"{source} is missing: run `npm ci` first")
        files.append(File.generated(config, dest, abs_src_path=str(source)))
    return files


def on_nav(nav, config: MkDocsConfig, files: Files):
    _, generated = generate()
    for file in files:
        content = generated.get(file.src_uri)
        if content is not None:
            file.content_bytes = content if isinstance(content, bytes) else content.encode("utf-8")
    return nav


def on_page_markdown(markdown: str, page, config: MkDocsConfig, files: Files) -> str:
    """Every page, generated or written by hand, explains the glossary's abbreviations where they occur."""
    generate()
    return markdown + _state["abbreviations"][_page_language(page)]


def _page_language(page) -> str:
    return LANGS[0] if page.file.src_uri.startswith(f"{LANGS[0]}/") else LANGS[1]


BACKLINK = re.compile(r'title="Jump back to footnote (\d+) in the text"')
CELL_END = re.compile(r"</(td|th)>(?=<t[dh][ >])")
LINE_BREAK = re.compile(r"<br\s*/?>(?=\S)")


def on_page_content(html: str, page, config: MkDocsConfig, files: Files) -> str:
    """Keep the source footnotes out of the search index (they repeat on every page and weigh on each load),
    and give the footnotes' back-links their language's title, also as their name (a link named by its
    glyph "↩" is read out as "leftwards arrow with hook"; Python-Markdown has one English title for all).
    A space between table cells, which a table does not show, and after a line break keeps their words apart
    in the search index ("Semaine 40Entr.École", "logicielMécatronique" were one word)."""
    html = html.replace('<div class="footnote">', '<div class="footnote" data-search-exclude>')
    html = CELL_END.sub(r"</\1> ", html)
    html = LINE_BREAK.sub(r"\g<0> ", html)
    lang = _page_language(page)
    return BACKLINK.sub(lambda m: 'title="{0}" aria-label="{0}"'.format(ui("footnote_back", lang, n=m.group(1))), html)


def csp(html: str) -> str:
    """The policy for one page: the site's own files, plus the hashes of this page's inline scripts."""
    if _state["serving"]:
        # `serve` adds its live-reload script to each page as it sends it, with a new id each time: no hash
        # can allow it. The preview allows inline scripts (a hash would cancel 'unsafe-inline'); a build never.
        return CSP.format(hashes=" 'unsafe-inline'")
    hashes = sorted(
        {
            "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
            for body in INLINE_SCRIPT.findall(html)
        }
    )
    return CSP.format(hashes="".join(" " + h for h in hashes))


SECTION_INDEX = re.compile(
    r'(id="(__nav[\w]*)"[^>]*>\s*<div class="md-nav__link md-nav__container">\s*<a )'
)


def name_section_menus(html: str) -> str:
    """With navigation.indexes, Material names a section's menu after a label that holds only an icon, so
    every such menu is a navigation landmark without a name (axe: landmark-unique). Name it after the
    section's link instead, which carries the section's title."""
    paths = SECTION_INDEX.findall(html)
    html = SECTION_INDEX.sub(r'\1id="\2_index" ', html)
    for _, path in paths:
        html = html.replace(f'aria-labelledby="{path}_label"', f'aria-labelledby="{path}_index"')
    return html


def with_csp(html: str) -> str:
    """The page with its Content-Security-Policy meta tag first in <head>."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{csp(html)}">'
    return html.replace("<head>", "<head>\n    " + meta, 1)


@event_priority(-200)  # after every other plugin changed the page
def on_post_page(output: str, page, config: MkDocsConfig) -> str:
    output = name_section_menus(output)
    if _page_language(page) == LANGS[0]:
        output = french_spacing(output)  # the menus and the table of contents too, not only the content
    else:
        output = mark_french(output, _state["french"])
    return with_csp(with_data_errors(output))


LANGUAGE_LINK = re.compile(r'href="[^"]*"(?= hreflang="(\w+)")')


@event_priority(-200)
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    """The one 404 page serves both languages: its language links lead to each language's home (they
    named the last page built), and it gets the policy every page has. The default language's build writes
    it: each language's build renders it at the site's root, and the last one's <html lang> would win."""
    if template_name != "404.html":
        return output_content
    if _language(config) != LANGS[0]:
        return ""  # MkDocs writes no file for an empty template
    base = urlparse(config.site_url or "/").path.rstrip("/")
    output = LANGUAGE_LINK.sub(lambda m: f'href="{base}/{"" if m.group(1) == LANGS[0] else m.group(1) + "/"}"', output_content)
    return with_csp(name_section_menus(output))


@event_priority(-200)  # after mkdocs-static-i18n merged the search index of every language
def on_post_build(config: MkDocsConfig) -> None:
    plugin = _i18n(config)
    if plugin is not None and plugin.building:
        return  # an inner build of one language: the whole site is not there yet
    split_search_index(Path(config.site_dir))


FOOTNOTE_REF = re.compile(r"<sup>\d+</sup>")


def split_search_index(site: Path) -> None:
    """One search index per language root, so that a search only returns pages of its own language. Footnote
    numbers are left out: a result showed them glued to the next word ("75¹Admission sur titres")."""
    index_file = site / "search" / "search_index.json"
    if not index_file.exists():
        return
    index = json.loads(index_file.read_text(encoding="utf-8"))
    for doc in index["docs"]:
        doc["text"] = FOOTNOTE_REF.sub("", doc["text"])
    others = tuple(f"{lang}/" for lang in LANGS[1:])
    by_lang = {LANGS[0]: [d for d in index["docs"] if not d["location"].startswith(others)]}
    for lang in LANGS[1:]:
        prefix = f"{lang}/"
        by_lang[lang] = [
            {**d, "location": d["location"][len(prefix) :]}
            for d in index["docs"]
            if d["location"].startswith(prefix)
        ]
    for lang, docs in by_lang.items():
        folder = site / "search" if lang == LANGS[0] else site / lang / "search"
        folder.mkdir(parents=True, exist_ok=True)
        config = {**index["config"], "lang": [lang]}
        (folder / "search_index.json").write_text(
            json.dumps({"config": config, "docs": docs}, ensure_ascii=False), encoding="utf-8"
        )


def on_serve(server, config: MkDocsConfig, builder):
    server.watch(str(data_dir()))
    server.watch(str(TEMPLATES))
    return server
