"""Every internal link and asset reference of the built site resolves to a file of the site."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse


class _Refs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        for name in ("href", "src"):
            if attrs.get(name) and not (tag == "link" and attrs.get("rel") in ("canonical",)):
                self.refs.append(attrs[name])


def _parse(path: Path) -> _Refs:
    parser = _Refs()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _target(site: Path, url: str) -> Path:
    path = site / unquote(urlparse(url).path).lstrip("/")
    return path / "index.html" if url.endswith("/") or path.is_dir() else path


def test_no_broken_internal_link(built_site: Path):
    broken = []
    parsed: dict[Path, _Refs] = {}

    def parse(path: Path) -> _Refs:
        if path not in parsed:
            parsed[path] = _parse(path)
        return parsed[path]

    for page in sorted(built_site.rglob("*.html")):
        page_url = "http://site/" + page.relative_to(built_site).as_posix()
        refs = parse(page)
        for ref in refs.refs:
            url = urljoin(page_url, ref)
            parts = urlparse(url)
            if parts.scheme not in ("http", "https") or parts.netloc != "site":
                continue  # outside links (mailto:, the schools' websites) are not fetched
            target = _target(built_site, url)
            if not target.exists():
                broken.append(f"{page.relative_to(built_site)}: {ref}")
                continue
            if parts.fragment and target.suffix == ".html":
                ids = parse(target).ids
                if unquote(parts.fragment) not in ids:
                    broken.append(f"{page.relative_to(built_site)}: {ref} (no such anchor)")
    assert broken == []


def test_the_search_worker_each_page_names_is_served(built_site: Path):
    # search-fold.js loads Material's worker by the name main.html gives it, read from the installed theme.
    missing = set()
    for page in (built_site / "index.html", built_site / "en/index.html", built_site / "404.html"):
        config = re.search(r'<script id="__config" type="application/json">(.*?)</script>', page.read_text(),
                           re.DOTALL)
        worker = json.loads(config.group(1))["search"].split("?worker=")[1]
        if not (built_site / "assets/javascripts/workers" / worker).is_file():
            missing.add(worker)
    assert missing == set()


def test_every_page_exists_in_both_languages(built_site: Path):
    french = {
        p.relative_to(built_site).as_posix()
        for p in built_site.rglob("index.html")
        if not p.relative_to(built_site).as_posix().startswith("en/")
    }
    english = {p.relative_to(built_site / "en").as_posix() for p in (built_site / "en").rglob("index.html")}
    assert french == english


def test_every_page_has_a_title_of_its_own(built_site: Path):
    """A tab, a bookmark and a search result name the page by its title: no two pages share one (the 404 page
    once had the French home's), and each home is titled alike in its language."""
    titles = {
        page.relative_to(built_site).as_posix(): re.search(r"<title>([^<]+)</title>", page.read_text("utf-8")).group(1)
        for page in built_site.rglob("*.html")
    }
    shared = {t for t in titles.values() if list(titles.values()).count(t) > 1}
    assert not shared, sorted(p for p, t in titles.items() if t in shared)
    assert titles["index.html"] == "Admissions IMT Mines Albi, Alès, Nord Europe"
    assert titles["en/index.html"] == "IMT Mines Albi, Alès, Nord Europe admissions"
    assert titles["404.html"].startswith("404")


def test_page_description_is_in_the_page_language(built_site: Path):
    """mkdocs.yml sets one description per language (a duplicated top-level key once put English on French pages)."""

    def description(page: Path) -> str:
        return re.search(r'<meta name="description" content="([^"]*)"', page.read_text(encoding="utf-8")).group(1)

    assert description(built_site / "index.html").startswith("Notices, calendriers")
    assert description(built_site / "en" / "index.html").startswith("Notices, calendars")


def test_french_footnote_back_links_are_in_french(built_site: Path):
    french = (built_site / "compare" / "fees" / "index.html").read_text(encoding="utf-8")
    english = (built_site / "en" / "compare" / "fees" / "index.html").read_text(encoding="utf-8")
    assert "Retour à l’appel de note 1" in french and "Jump back to footnote" not in french
    assert "Jump back to footnote 1" in english
    # Named by their title, not by their glyph "↩".
    assert 'aria-label="Retour à l’appel de note 1 dans le texte"' in french
    assert 'aria-label="Jump back to footnote 1 in the text"' in english


def test_phone_numbers_are_dialled_with_a_tap_and_fax_numbers_are_not(built_site: Path):
    """In notice texts as in contact lists; a number is one link, never a link inside a link."""
    for lang in ("", "en/"):
        notice = _parse(built_site / lang / "notices" / "albi-alternance" / "2025" / "index.html").refs
        assert "tel:+33563493303" in notice  # "05 63 49 33 03" in 000 §3
        school = (built_site / lang / "schools" / "albi" / "index.html").read_text(encoding="utf-8")
        assert 'href="tel:+33563493111"' in school
        assert not re.search(r'<a href="tel:[^"]*">[^<]*\]\(tel:', school)
    fax_lines = re.findall(r"<li><strong>(?:Fax|Télécopie)</strong>.*?</li>",
                           "".join(p.read_text(encoding="utf-8") for p in built_site.rglob("schools/*/index.html")))
    assert fax_lines and all("tel:" not in line for line in fax_lines)


def test_every_page_says_in_its_language_what_the_site_is_drawn_from(built_site: Path):
    """The footer: the schools' notices, which the site does not replace."""
    for page, words in (("index.html", "seuls les notices et les jurys d'admission font foi"),
                        ("en/compare/fees/index.html", "only the notices and the admission juries are authoritative")):
        html = (built_site / page).read_text(encoding="utf-8")
        footer = html[html.index('<footer class="md-footer">'):]
        assert words in footer


def test_the_404_page_speaks_both_languages_and_leads_home(built_site):
    html = (built_site / "404.html").read_text(encoding="utf-8")
    assert "Page introuvable" in html and "Page not found" in html
    assert 'href="/"' in html and 'href="/en/"' in html  # absolute: a 404 is served at any depth
    # Written by the default language's build (English paragraphs say lang="en" themselves), not the last one's.
    assert '<html lang="fr"' in html and not (built_site / "en" / "404.html").exists()


def test_search_ranks_an_archived_session_below_the_current_one(built_site: Path):
    import json

    for index in (built_site / "search" / "search_index.json", built_site / "en" / "search" / "search_index.json"):
        docs = json.loads(index.read_text(encoding="utf-8"))["docs"]
        boosts = {d["location"].split("#")[0].removeprefix("en/"): d.get("boost") for d in docs}
        assert boosts["notices/ales-apprentissage/2022/"] == 0.3
        assert boosts["notices/ales-apprentissage/2024/"] is None
