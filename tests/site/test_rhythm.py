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


def test_each_years_weeks_are_counted_from_the_grid(dataset, built_site):
    """The counts follow the grid: typed in a summary, they would have stayed as they were when a week changed."""
    views = {v["rhythm"].id: v for v in rhythm_view(dataset, "en")}
    assert [(n["school"], n["company"], n["periods"], n["events"]) for n in views["albi-2024-2025"]["counts"]] == [
        (18, 34, 6, []), (18, 34, 4, []), (19, 32, 2, ["Exam board - graduation"])]
    assert views["albi-2025-2026"]["counts"] == []  # no week's kind is known: nothing to count
    assert ("3e année (notre lecture du planning)\u00a0: 19 semaines école, 32 semaines entreprise en 2 périodes et "
            "1 semaine «\u202fJury des études - diplômation\u202f»." in built_page(built_site, "fr", "recruiters/rhythm/"))
    assert ("Year 1 (our reading of the schedule): 18 school weeks and 34 company weeks in 6 periods."
            in built_page(built_site, "en", "recruiters/rhythm/"))
