"""Dates and phone links as the pages print them."""

import datetime as dt

from generator.site.format import day_date, long_date, md, phone, short_date, tel_uri


def test_first_of_the_month_in_french():
    assert long_date(dt.date(2024, 2, 1), "fr") == "jeudi 1er février 2024"
    assert short_date(dt.date(2024, 2, 1), "fr") == "1er févr. 2024"
    assert long_date(dt.date(2024, 2, 1), "en") == "Thursday 1 February 2024"
    assert long_date(dt.date(2026, 3, 20), "fr") == "vendredi 20 mars 2026"
    assert day_date(dt.date(2021, 10, 1), "fr") == "1er octobre 2021"
    assert day_date(dt.date(2021, 9, 30), "en") == "30 September 2021"


def test_phone_links_are_international():
    assert tel_uri("05 63 49 31 11") == "tel:+33563493111"
    assert tel_uri("05.63.49.30.45") == "tel:+33563493045"
    assert tel_uri("+33 (0)4 66 78 50 00") == "tel:+33466785000"


def test_an_english_page_prints_french_numbers_as_dialled_from_abroad():
    assert phone("05.63.49.30.45", "en") == "+33 5 63 49 30 45"
    assert phone("+33 (0)4 66 78 50 00", "en") == "+33 4 66 78 50 00"
    assert phone("05.63.49.30.45", "fr") == "05.63.49.30.45"  # as the notice prints it
    assert phone("0800 123", "en") == "0800 123"  # not a French 10-digit number: as printed


def test_addresses_in_a_text_become_links_without_their_final_punctuation():
    assert md("Voir https://a.fr/x_y/. Ou (a.b@imt.fr); a_b") == (
        "Voir <https://a.fr/x_y/>. Ou (<a.b@imt.fr>); a\\_b"
    )


def test_phone_numbers_in_a_text_are_dialled_with_a_tap():
    assert md("admissions : 05 63 49 33 03 / 33 70.") == "admissions : [05 63 49 33 03](tel:+33563493303) / 33 70."
    assert md("Tél. +33 (0)4 66 78 50 00 — www") == "Tél. [+33 (0)4 66 78 50 00](tel:+33466785000) — www"
    # Not a phone number: a postcode and a year, an amount, a longer run of digits.
    assert md("30319 Alès, 2025 ; 11 500 € ; 05 63 49 33 03 12") == "30319 Alès, 2025 ; 11 500 € ; 05 63 49 33 03 12"


def test_a_step_known_by_its_last_day_reads_until():
    from generator.model.notice import Event
    from generator.site.views.common import event_when

    ev = Event.model_validate({
        "id": "company-search", "kind": "company-search", "label": {"fr": "Recherche", "en": "Search"},
        "start": "2025-09-20", "until": True, "source": {"doc": "000", "ref": "§4"},
    })
    assert event_when(ev, "fr") == "jusqu'au samedi 20 septembre 2025"
    assert event_when(ev, "en") == "until Saturday 20 September 2025"


def test_rents_read_as_the_notices_give_them():
    from generator.site.format import eur, eur_range

    assert eur_range(295, None, "fr") == "à partir de " + eur(295, "fr")
    assert eur_range(306, 306, "en") == "€306"
    assert eur_range(296, 437, "en") == "€296 to €437"


def test_french_spacing_keeps_tags_scripts_and_code():
    from generator.site.format import french_spacing

    html = '<p>Source : <a href="x?a=b : c">doc</a> ; « Oui » ! <code>a : b</code><script>x ? y : z</script></p>'
    assert french_spacing(html) == (
        '<p>Source\u00a0: <a href="x?a=b : c">doc</a>\u202f; «\u202fOui\u202f»\u202f! '
        "<code>a : b</code><script>x ? y : z</script></p>"
    )


def test_french_spacing_reaches_the_texts_a_script_shows_from_json():
    """The wizard's words and the home page's steps are drawn by scripts from JSON blocks."""
    from generator.site.format import french_spacing

    html = '<script type="application/json" id="t">{"fill_in": "Renseignez « {field} » ; puis : voir"}</script>'
    assert french_spacing(html) == (
        '<script type="application/json" id="t">{"fill_in": "Renseignez «\u202f{field}\u202f»\u202f; puis\u00a0: voir"}'
        "</script>"
    )


def test_english_pages_mark_their_french_quotations():
    from generator.site.format import mark_french

    french = "Colonne « Oui » du tableau ; Frais de dossier\nrentrée 2026"
    html = ('<p>marked “Oui”, “Frais de dossier” (the “rentrée”), not “paths” nor “,” nor “Ou”; '
            '<a title="“Oui”">x</a><code>“Oui”</code></p>')
    assert mark_french(html, french) == (
        '<p>marked “<span lang="fr">Oui</span>”, “<span lang="fr">Frais de dossier</span>” '
        '(the “<span lang="fr">rentrée</span>”), not “paths” nor “,” nor “Ou”; '
        '<a title="“Oui”">x</a><code>“Oui”</code></p>'
    )


def test_french_spacing_groups_a_numbers_thousands_but_not_an_iban():
    from generator.site.format import french_spaces
    assert french_spaces("11 500 € et 1 234 567") == "11\u202f500\u00a0€ et 1\u202f234\u202f567"
    # An IBAN is copied into a bank's form: its spaces stay plain.
    iban = "FR76 1007 1420 0000 0010 0289 731"
    assert french_spaces(f"IBAN : {iban}") == f"IBAN\u00a0: {iban}"
