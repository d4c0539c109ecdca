"""Weekdays written in texts, compared with the calendar."""

from __future__ import annotations

from generator.weekdays import wrong_weekdays


def test_right_weekdays_pass_in_both_languages():
    assert wrong_weekdays("le jeudi 1er avril 2027 à 14 h", "fr", None) == []
    assert wrong_weekdays("oraux lundi 18 et mardi 19 mai", "fr", 2026) == []
    assert wrong_weekdays("Tuesday 19, Wednesday 20, Thursday 21 May", "en", 2026) == []


def test_a_date_without_its_year_takes_the_phrase_s_year_then_the_session_s():
    assert wrong_weekdays("du jeudi 28 mai au vendredi 17 juillet 2026", "fr", 2027) == []
    assert wrong_weekdays("Monday 18 May", "en", 2027) == [
        'says "Monday 18 May", but 18 May 2027 is a Tuesday: correct the weekday or the date']
    assert wrong_weekdays("Monday 18 May", "en", None) == []  # no session: not checked


def test_the_month_is_looked_for_in_the_same_phrase_only():
    assert wrong_weekdays("Résultats le lundi 18. Rentrée le 3 septembre 2027.", "fr", None) == []


def test_a_day_that_does_not_exist():
    assert wrong_weekdays("vendredi 31 avril 2027", "fr", None) == [
        'says "vendredi 31 avril": there is no such day in 2027']
