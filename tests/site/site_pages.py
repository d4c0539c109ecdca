"""The pages under test: the dataset the built site was made from, and one page per page type."""

from __future__ import annotations

import os
from pathlib import Path

from generator.dataset import DATA_DIR, load_dataset

LANGS = ("fr", "en")


def data_dir() -> Path:
    return Path(os.environ.get("IMT_DATA_DIR") or DATA_DIR)


def page_types() -> dict[str, str]:
    """One page of each type, by language-neutral path (French at /, English at /en/)."""
    ds = load_dataset(data_dir())
    current = [n for n in ds.current()]
    archived = [n for nid in ds.notice_ids() for n in ds.sessions(nid)[1:]]
    pages = {
        "home": "",
        "notices": "notices/",
        "session": f"notices/{current[0].notice}/{current[0].session}/",
        "schools": "schools/",
        "school": f"schools/{ds.schools[0].id}/",
        "compare": "compare/",
        "compare-channels": "compare/channels/",
        "compare-seats": "compare/seats/",
        "compare-calendar": "compare/calendar/",
        "compare-fees": "compare/fees/",
        "compare-diplomas": "compare/diplomas/",
        "compare-options": "compare/options/",
        "recruiters": "recruiters/",
        "recruiters-pay": "recruiters/pay/",
        "recruiters-rhythm": "recruiters/rhythm/",
        "downloads": "downloads/",
        "sources": "sources/",
        "glossary": "glossary/",
        "changes": "notices/changes/",
        "guide": "guide/",
    }
    if archived:
        pages["session-archived"] = f"notices/{archived[0].notice}/{archived[0].session}/"
    return pages


def lang_path(lang: str, path: str) -> str:
    return path if lang == "fr" else f"en/{path}"


def built_page(built_site: Path, lang: str, path: str) -> str:
    """The HTML of a built page, by language and language-neutral path ("glossary/")."""
    return (built_site / lang_path(lang, path) / "index.html").read_text(encoding="utf-8")
