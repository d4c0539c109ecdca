"""Every figure and date of the data appears on some generated page, in French and in English."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from generator.check import walk
from generator.dataset import load_dataset
from generator.model.base import Amount
from generator.site.format import long_date, short_date
from generator.site.pages import render_site

# Numeric fields that are figures of the documents (not thresholds used only by the rules).
FIGURE_FIELDS = re.compile(r"(_eur|^eur_per|^seats$|^value$|^benchmark$|^percent_smic$|^duration_min$|^eliminatory_at_or_below$)")


@pytest.fixture(scope="module")
def pages():
    ds = load_dataset()
    rendered = render_site(ds)
    by_lang = {lang: "\n".join(v for k, v in rendered.items() if k.startswith(f"{lang}/")) for lang in ("fr", "en")}
    return ds, {lang: _normalise(text) for lang, text in by_lang.items()}


def _normalise(text: str) -> str:
    # "2 650", "2\u202f650" and "1 589,47" are the same numbers as 2650 and 1589.47.
    text = re.sub(r"(?<=\d)[\s\u00a0\u202f](?=\d{3}\b)", "", text)
    return re.sub(r"(?<=\d),(?=\d)", ".", text)


def _number_shown(value: float, text: str) -> bool:
    plain = f"{value:g}" if value != int(value) else str(int(value))
    return re.search(rf"(?<![\d.]){re.escape(plain)}(?![\d]|\.\d)", text) is not None


def _figures(ds):
    for where, model in ds.models():
        for loc, value in walk(model):
            name = next((p for p in reversed(loc) if isinstance(p, str)), "")
            if isinstance(value, Amount):
                yield where, loc, value.min
                yield where, loc, value.max
            elif isinstance(value, (int, float)) and not isinstance(value, bool) and FIGURE_FIELDS.search(name):
                yield where, loc, value


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_figure_is_on_a_page(pages, lang):
    ds, text = pages
    missing = [f"{where} {loc}: {value}" for where, loc, value in _figures(ds) if not _number_shown(value, text[lang])]
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_date_is_on_a_page(pages, lang):
    ds, text = pages
    missing = []
    for n in (f.notice for f in ds.notices):
        for loc, value in walk(n):
            if isinstance(value, dt.date):
                shown = (long_date(value, lang), short_date(value, lang), value.isoformat())
                if not any(s in text[lang] for s in shown):
                    missing.append(f"{n.notice}/{n.session} {loc}: {value}")
    assert not missing, "\n".join(missing)
