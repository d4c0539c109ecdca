"""The school/company rhythm: a planning whose week kinds were lost lists only its labelled weeks."""

from __future__ import annotations

from generator.site.views.recruiters import rhythm_view


def test_a_planning_with_no_known_week_lists_its_labelled_weeks(dataset):
    views = {v["rhythm"].id: v for v in rhythm_view(dataset, "en")}
    assert views["albi-2024-2025"]["known"]
    lost = views["albi-2025-2026"]
    assert not lost["known"]
    assert [(w["week"], w["labels"][0][0]) for w in lost["labelled"]] == [(38, 1), (39, 1), (38, 3)]
