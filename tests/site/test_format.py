"""Dates as the pages print them."""

import datetime as dt

from generator.site.format import long_date, short_date


def test_first_of_the_month_in_french():
    assert long_date(dt.date(2024, 2, 1), "fr") == "jeudi 1er février 2024"
    assert short_date(dt.date(2024, 2, 1), "fr") == "1er févr. 2024"
    assert long_date(dt.date(2024, 2, 1), "en") == "Thursday 1 February 2024"
    assert long_date(dt.date(2026, 3, 20), "fr") == "vendredi 20 mars 2026"
