"""The school/company rhythm: a planning whose week kinds were lost lists its span and its labelled weeks."""

from __future__ import annotations

from site_pages import built_page

from generator.site.views.recruiters import rhythm_view


def test_a_planning_with_no_known_week_lists_its_labelled_weeks(dataset):
    views = {v["rhythm"].id: v for v in rhythm_view(dataset, "en")}
    assert views["albi-2024-2025"]["known"]
    lost = views["albi-2025-2026"]
    assert not lost["known"]
    assert [(w["week"], w["labels"][0][0]) for w in lost["labelled"]] == [(38, 1), (39, 1), (38, 3)]


def test_a_planning_with_no_known_week_says_which_weeks_it_spans(built_site):
    # 001's planning runs to week 39 of 2026, a week with no label: its dates were on no page.
    for lang, span in [("fr", "à la semaine 39 (lundi 21 septembre 2026 – vendredi 25 septembre 2026)"),
                       ("en", "to week 39 (Monday 21 September 2026 – Friday 25 September 2026)")]:
        assert span in built_page(built_site, lang, "recruiters/rhythm/")
