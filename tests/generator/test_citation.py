"""The places a source's `ref` names, as the registry's `sections` write them."""

from __future__ import annotations

import pytest

from generator.citation import places


@pytest.mark.parametrize(
    ("ref", "named"),
    [
        ("§1.1.1 Titres français ; Annexe 1, Tableau 4", ["§1.1.1", "Annexe 1", "Tableau 4"]),
        ("§ 3.2", ["§3.2"]),
        ("Annexe 1, Tableaux 4 et 5", ["Annexe 1", "Tableau 4", "Tableau 5"]),
        ("Tableaux 4 à 7", ["Tableau 4", "Tableau 5", "Tableau 6", "Tableau 7"]),
        ("§3.1 à 3.3", ["§3.1", "§3.2", "§3.3"]),
        ("§1 et 2", ["§1", "§2"]),
        # Ordinals and a list after a singular are words of the text, not places.
        ("§4, 2e phase : Épreuves probatoires", ["§4"]),
        ("Tableau 3, 1re ligne", ["Tableau 3"]),
        ("Annexe 5 et 2026", ["Annexe 5"]),
        # A brochure's headings name no numbered place.
        ("Devenir apprenti — Les étapes du contrat d'apprentissage", []),
    ],
)
def test_places_named_by_a_ref(ref, named):
    assert places(ref) == named
