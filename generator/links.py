"""Finds internal links and assets of a built site that point nowhere."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.refs.append(value)
            if name in ("id", "name") and value:
                self.ids.add(value)


def _target(page: Path, site: Path, ref: str) -> Path | None:
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc or ref.startswith(("mailto:", "tel:", "data:", "javascript:", "blob:")):
        return None  # not a link inside the site
    path = unquote(parts.path)
    if not path:
        return page
    base = site if path.startswith("/") else page.parent
    target = (base / path.lstrip("/")).resolve()
    return target / "index.html" if target.is_dir() or path.endswith("/") else target


def broken_links(site: Path) -> list[str]:
    """Every `page: link` whose file, or whose #anchor on a page, does not exist."""
    site = site.resolve()
    parsed: dict[Path, _Refs] = {}

    def parse(page: Path) -> _Refs:
        if page not in parsed:
            refs = _Refs()
            refs.feed(page.read_text(encoding="utf-8", errors="replace"))
            parsed[page] = refs
        return parsed[page]

    broken = []
    for page in sorted(site.rglob("*.html")):
        for ref in parse(page).refs:
            target = _target(page, site, ref)
            if target is None:
                continue
            if not target.exists():
                broken.append(f"{page.relative_to(site)}: {ref}")
                continue
            anchor = urldefrag(ref).fragment
            if anchor and target.suffix == ".html" and unquote(anchor) not in parse(target).ids:
                broken.append(f"{page.relative_to(site)}: {ref} (no such anchor)")
    return broken
