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
    """Alès's notice (003) names no cost, nor Albi's (000) for the professionalisation contract: without a line, a
    recruiter would read Albi's apprenticeship €11,500 as everyone's."""
    for lang, said, pro in (
        ("fr", "- **Apprentissage** : la notice ne dit ni qui le prend en charge ni son montant.",
         "- **Contrat de professionnalisation** : la notice ne dit ni qui le prend en charge ni son montant."),
        ("en", "- **Apprenticeship**: the notice says neither who bears it nor how much it is.",
         "- **Professionalisation contract**: the notice says neither who bears it nor how much it is."),
    ):
        page = pages[f"{lang}/recruiters/index.md"]
        ales = page.index("IMT Mines Alès — Bâtiment" if lang == "fr" else "IMT Mines Alès — Building")
        assert said in page[ales:] and pro in page[:ales]
    assert "- **Apprentissage** : 11\u202f500\xa0€ par an — Financement : L'entreprise" in pages["fr/recruiters/index.md"]


def test_the_sessions_come_before_the_guides_with_their_company_seats(pages):
    """A recruiter first learns whether a session is on and how many seats it has, then the hiring steps; the
    seats are the contracts' (apprenticeship, professionalisation), and the notices' other clauses fold."""
    page = pages["fr/recruiters/index.md"]
    assert page.index("## Qui contacter") < page.index("{ #notices ") < page.index("### Étapes du recrutement")
    albi = page[page.index("{ #notice-albi-alternance "):page.index("{ #notice-ales-apprentissage ")]
    assert "#### Places" in albi and "<data value=\"75\">75</data>" in albi
    assert "Formation continue diplômante, Contrat de professionnalisation" in albi
    assert "#### Contrat de professionnalisation" in albi
    assert "se renseigner auprès d'IMT Mines Albi" in albi
    assert "La notice ne précise pas la rémunération de ce contrat." in albi
    assert "<summary>Choix de l&#39;option</summary>" in albi
    assert "#recruiters/index.md#notices" not in pages["fr/index.md"]
    assert "(recruiters/index.md#notices)" in pages["fr/index.md"]


def test_the_pay_page_gathers_what_the_guides_say_of_charges_and_tax(pages):
    """001 says "sans charges salariales et patronales", 004 exempts only below 79 % of the SMIC: both sit under
    the grid, each with its source."""
    page = pages["en/recruiters/pay.md"]
    charges = page[page.index("{ #charges "):]
    assert "**IMT Mines Albi — The apprentice's salary**" in charges
    assert "**IMT Mines Alès — Exemptions on the apprentice's pay**" in charges
    assert "below 79% of the SMIC" in charges


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


def test_a_guide_that_is_also_a_notice_links_that_session_page(pages):
    """Brochure 004 is the Alès 2022 notice too: its jobs, skills and host companies are on that page only."""
    page = pages["en/recruiters/index.md"]
    guide = page[page.index("{ #guide-ales-004 "):]
    assert "its page holds all the rest of it: [IMT Mines Alès, apprenticeship, 2022 session]" in guide
