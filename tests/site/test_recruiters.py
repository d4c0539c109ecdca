"""The recruiters' page, as a company reads it: whom to call at each school, and what each notice leaves unsaid."""

from __future__ import annotations

import pytest

from generator.dataset import load_dataset
from generator.site.pages import render_site


@pytest.fixture(scope="module")
def pages():
    return render_site(load_dataset())


def test_each_hiring_school_has_its_contacts_at_the_top(pages):
    fr = pages["fr/recruiters/index.md"]
    contacts = fr[fr.index("## Qui contacter"):fr.index("\n## ", fr.index("## Qui contacter") + 1)]
    assert "### IMT Mines Albi" in contacts and "### IMT Mines Alès" in contacts
    assert "<apprentissage@midisup.com>" in contacts and "<apprentissage@mines-ales.fr>" in contacts
    assert "## Whom to contact" in pages["en/recruiters/index.md"]


def test_a_course_cost_the_notice_leaves_out_is_said_to_be_unstated(pages):
    """Alès's notice (003) names no cost: without a line, a recruiter would read Albi's €11,500 as everyone's."""
    for lang, said in (("fr", "La notice ne dit ni qui le prend en charge ni son montant."),
                       ("en", "The notice says neither who bears it nor how much it is.")):
        page = pages[f"{lang}/recruiters/index.md"]
        ales = page[page.index("IMT Mines Alès — Bâtiment" if lang == "fr" else "IMT Mines Alès — Building"):]
        assert said in ales


def test_a_reconstructed_planning_says_so_above_its_grid(pages):
    for lang, title in (("fr", "Comment nous avons lu ce planning"), ("en", "How we read this schedule")):
        page = pages[f"{lang}/recruiters/rhythm.md"]
        assert page.index(f"<summary>{title}</summary>") < page.index('<table class="week-grid')
    assert "Un exemple : l'Annexe 1 renvoie à ce planning" in pages["fr/recruiters/rhythm.md"]


def test_the_rhythm_page_gives_each_school_its_time_split(pages):
    """Alès publishes weeks per year but no week planning: the rhythm page still says what it is."""
    page = pages["en/recruiters/rhythm.md"]
    assert "## School and company, in short — IMT Mines Alès" in page
    assert "year 1, 27 weeks in the company + 25 weeks at school" in page
    assert page.index("in short — IMT Mines Albi") < page.index('<table class="week-grid')
