"""The notice page's view: what every route shares is shown once."""

from __future__ import annotations

from generator.dataset import load_dataset
from generator.site.pages import render_site
from generator.site.views.session import shared_items


def test_shared_items_keep_the_first_lists_order():
    assert shared_items([["a", "b", "c"], ["c", "a"], ["a", "c", "d"]]) == ["a", "c"]
    assert shared_items([["a"]]) == []
    assert shared_items([[], ["a"]]) == []


def test_a_note_every_route_has_is_on_the_page_once():
    ds = load_dataset()
    notice = next(f.notice for f in ds.notices if f.notice.notice == "ales-apprentissage" and f.notice.session == "2024")
    note = next(n for n in notice.routes[0].notes if all(n in r.notes for r in notice.routes[1:]))
    pages = render_site(ds)
    for lang in ("fr", "en"):
        page = pages[f"{lang}/notices/ales-apprentissage/2024.md"]
        assert page.count("- " + getattr(note.text, lang)[:80]) == 1


def test_an_exam_whose_mode_is_not_stated_says_so():
    """The model allows an exam without a mode (a document silent on how it is held): the page and the
    what-changed list say "not stated" instead of failing the build."""
    from generator.diff import diff, spell
    from generator.site.labels import enum

    ds = load_dataset()
    old, notice = ds.sessions("ales-apprentissage")[1], ds.sessions("ales-apprentissage")[0]
    exam = notice.exams[-1]
    notice.exams[-1] = exam.model_copy(update={"mode": None})
    try:
        pages = render_site(ds)
        assert "non précisé par la notice" in pages["fr/notices/ales-apprentissage/2024.md"]
        assert "not stated in the notice" in pages["en/notices/ales-apprentissage/2024.md"]
        changed = [c for c in diff(old, notice, ds) if c.category == "exams" and c.after]
        assert all("None" not in spell(c.after, lambda kind, code: enum(kind, code, "en")) for c in changed)
    finally:
        notice.exams[-1] = exam
