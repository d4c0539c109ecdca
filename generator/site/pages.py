"""Which pages the site has, in which order, and how each is rendered from the dataset into Markdown."""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..dataset import Dataset
from . import format as fmt
from .labels import LANGS, enum, ui
from .sources import Citations, document_anchor
from .views import changes, common, compare, home, recruiters, schools, session

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
WIZARD = "wizard.md"  # written by hand (wizard engineer), not generated
GUIDE = "guide.md"  # the guide for school staff, written by hand


@dataclass
class PageSpec:
    path: str
    """Language-neutral source path, e.g. notices/ast/2026.md (the site path is /notices/ast/2026/)."""
    template: str
    view: Callable[[Dataset, str, Citations], dict]


def environment() -> Environment:
    """Templates loop and format; every value they print is computed by the views."""
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def specs(ds: Dataset, downloads: Mapping[str, bytes]) -> list[PageSpec]:
    """Every generated page, in navigation order; `downloads` gives the downloads page its files' sizes."""
    pages = [PageSpec("index.md", "home.md.j2", home.view)]
    pages.append(PageSpec("notices/index.md", "notices.md.j2", home.notices_view))
    pages.append(PageSpec("notices/changes.md", "changes.md.j2", changes.view))
    for nid in ds.notice_ids():
        for notice in ds.sessions(nid):
            pages.append(
                PageSpec(common.session_path(notice), "session.md.j2", partial(_session_view, notice=notice))
            )
    pages.append(PageSpec("schools/index.md", "schools.md.j2", schools.index_view))
    for school in ds.schools:
        pages.append(
            PageSpec(common.school_path(school.id), "school.md.j2", partial(schools.view, school=school))
        )
    for name in compare.PAGES:
        pages.append(
            PageSpec(f"compare/{name}.md", f"compare/{name}.md.j2", partial(compare.view, name=name))
        )
    pages.append(PageSpec("compare/index.md", "compare/index.md.j2", compare.index_view))
    for name in recruiters.PAGES:
        path = "recruiters/index.md" if name == "index" else f"recruiters/{name}.md"
        pages.append(PageSpec(path, f"recruiters/{name}.md.j2", partial(recruiters.view, name=name)))
    pages.append(PageSpec("downloads.md", "downloads.md.j2", partial(home.downloads_view, files=downloads)))
    pages.append(PageSpec("sources.md", "sources.md.j2", home.sources_view))
    pages.append(PageSpec("glossary.md", "glossary.md.j2", home.glossary_view))
    return pages


def _session_view(ds: Dataset, lang: str, c: Citations, notice) -> dict:
    return session.view(ds, notice, lang, c)


def render_page(env: Environment, ds: Dataset, spec: PageSpec, lang: str) -> str:
    """One page's Markdown in one language."""
    here = posixpath.dirname(spec.path)
    c = Citations(lang, {d.id: d for d in ds.registry.documents}, posixpath.relpath("sources.md", here or "."))
    context = {
        "c": c,
        "cite": c.of,
        "cite_all": c.all_of,
        "colon": fmt.colon(lang),
        "semicolon": fmt.semicolon(lang),
        "year": partial(common.entry_year, lang=lang),
        "ui": partial(ui, lang=lang),
        "csv_title": lambda name: ui(home.CSV_TITLES[name], lang),
        "enum": partial(enum, lang=lang),
        "t": partial(fmt.text, lang=lang),
        "md": fmt.md,
        "html": fmt.html,
        "tel": fmt.tel_uri,
        "website": fmt.website,
        "phone": partial(fmt.phone, lang=lang),
        "anchor": document_anchor,
        "date": partial(fmt.long_date, lang=lang),
        "day_date": partial(fmt.day_date, lang=lang),
        "session_label": partial(common.session_label, lang=lang),
        "applications": partial(common.applications_when, lang=lang),
        "month": partial(fmt.month, lang=lang),
        "time": partial(fmt.time, lang=lang),
        "eur": partial(fmt.eur, lang=lang),
        "eur_range": partial(fmt.eur_range, lang=lang),
        "num": partial(fmt.number, lang=lang),
        "link": lambda target: posixpath.relpath(target, here or "."),
    }
    context.update(spec.view(ds, lang, c))
    return c.page(env.get_template(spec.template).render(**context))


def dir_url(path: str) -> str:
    """The site URL of a page source with directory URLs: notices/ast/2026.md -> notices/ast/2026/."""
    if path == "index.md":
        return ""
    return path[: -len("index.md")] if path.endswith("/index.md") else path[:-3] + "/"


def page_url(target: str, here: str) -> str:
    """The URL of page `target` relative to page `here` (for raw HTML, which MkDocs does not rewrite)."""
    rel = posixpath.relpath(dir_url(target) or ".", dir_url(here) or ".")
    return "./" if rel == "." else rel + "/"


def render_site(ds: Dataset, downloads: Mapping[str, bytes] | None = None) -> dict[str, str]:
    """Every generated page in both languages: {"fr/notices/ast/2026.md": markdown, ...}. Without the
    downloads (downloads.files; tests that read other pages skip their cost), the downloads page gives no sizes."""
    env = environment()
    return {f"{lang}/{spec.path}": render_page(env, ds, spec, lang)
            for spec in specs(ds, downloads or {}) for lang in LANGS}


def abbreviations(ds: Dataset, lang: str) -> str:
    """Markdown abbreviation definitions of the glossary's terms, appended to each page of a language: each
    occurrence of a term then carries its explanation as a tooltip (Python-Markdown's abbr)."""
    lines = []
    for term in ds.registry.glossary:
        meaning = fmt.text(term.meaning, lang)
        title = f"{term.expansion}{fmt.colon(lang)} {meaning}" if term.expansion else meaning
        lines += [f"*[{name}]: {title}" for name in term.spellings]
    return "\n\n" + "\n".join(lines) + "\n" if lines else ""


def nav(ds: Dataset, lang: str) -> list:
    """The navigation of one language, as MkDocs `nav` entries with language-neutral paths."""
    sessions = []
    for nid in ds.notice_ids():
        for notice in ds.sessions(nid):
            label = common.session_label(notice, lang)
            if not ds.is_current(notice):
                label += f" ({ui('archived', lang).lower()})"
            sessions.append({label: common.session_path(notice)})
    return [
        {ui("home", lang): "index.md"},
        {ui("wizard", lang): WIZARD},
        {ui("notices", lang): [{ui("notices", lang): "notices/index.md"}, *sessions,
                               {ui("changes", lang): "notices/changes.md"}]},
        {
            ui("schools", lang): [
                {ui("schools", lang): "schools/index.md"},
                *[{s.name: common.school_path(s.id)} for s in ds.schools],
            ]
        },
        {
            ui("compare", lang): [
                {ui("compare", lang): "compare/index.md"},
                *[{ui(f"compare_{n}", lang): f"compare/{n}.md"} for n in compare.PAGES],
            ]
        },
        {
            ui("recruiters", lang): [
                {ui("recruiters", lang): "recruiters/index.md"},
                *[
                    {ui(recruiters.TITLES[n], lang): f"recruiters/{n}.md"}
                    for n in recruiters.PAGES
                    if n != "index"
                ],
            ]
        },
        {ui("staff_guide", lang): GUIDE},
        {ui("downloads", lang): "downloads.md"},
        {ui("sources", lang): "sources.md"},
        {ui("glossary", lang): "glossary.md"},
    ]
