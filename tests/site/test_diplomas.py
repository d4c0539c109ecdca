"""The accepted-diplomas matrix: each cell is the wizard's verdict for that diploma alone."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

import wizard
from generator.dataset import load_dataset
from generator.rules import export_rules
from generator.site.labels import DIPLOMA_KIND, ui
from generator.site.sources import Citations
from generator.site.views.compare import diplomas_matrix


@pytest.fixture(scope="module")
def real():
    return load_dataset()


def cells(ds, lang="en") -> dict[tuple[str, str, str], str]:
    """(route id, diploma kind, speciality slug or "*") -> verdict."""
    matrix = diplomas_matrix(ds, lang, Citations(lang, {}), "compare/diplomas.md")
    ids = [r.id for n in ds.current() for r in n.routes]
    return {
        (ids[col], row["kind"], row["slug"]): cell["verdict"]
        for row in matrix.rows
        for col, cell in enumerate(row["cells"])
    }


@pytest.mark.parametrize(
    ("route", "kind", "slug", "verdict"),
    [
        # 000 §1: a scientific or technical bac+2; an unlisted speciality goes to the commission.
        ("albi-apprenticeship-y1", "bts", "electrotechnique", "eligible"),
        ("albi-apprenticeship-y1", "bts", "*", "jury"),
        ("albi-apprenticeship-y1", "cpge", "pt", "jury"),
        ("albi-apprenticeship-y1", "cpge", "mp", "eligible"),
        # 003 §1.1 c) and §1.2: a CPGE, and other French titles, with an ECTS count not given.
        ("ales-apprenticeship-bat-y1", "cpge", "mp", "eligible"),
        ("ales-apprenticeship-bat-y1", "dut", "*", "jury"),
        # 002 Tables 4 to 6: closed lists per school.
        ("albi-ast-y1", "licence3", "chimie", "eligible"),
        ("albi-ast-y1", "licence3", "*", "ineligible"),
        ("nord-europe-ast-y1", "licence3", "biologie-biochimie", "ineligible"),
        ("nord-europe-ast-y1", "but3", "chimie", "ineligible"),
        ("albi-ast-y1", "bts", "*", "ineligible"),
    ],
)
def test_cells_follow_the_notices(real, route, kind, slug, verdict):
    assert cells(real)[(route, kind, slug)] == verdict


def test_every_cell_is_the_wizards_verdict(real):
    """The wizard, given only the diploma, agrees with every cell of a route that asks nothing else. A row of
    other specialities is the form's "unlisted" answer. A kind's row for any speciality (a kind with no list of
    its own) is a speciality not given where a rule of the notice speaks of it; elsewhere the wizard, without
    a speciality, gives the best a speciality could get and says so, and the row, a summary, what a
    speciality in no list gets."""
    rules = wizard.load_rules(export_rules(real))
    free = {r.id for n in real.current() for r in n.routes if not r.requirements}
    listed = {k for d in real.registry.diplomas for k in d.kinds}

    def verdict_of(profile, route):
        found = next(r for r in wizard.evaluate({**profile, "age": 20}, rules)["routes"] if r["id"] == route)
        best = any("hold for a speciality the notice accepts" in x["en"] for x in found["reasons"])
        return None if best else found["verdict"]

    checked = 0
    for (route, kind, slug), verdict in cells(real).items():
        if route not in free:
            continue
        if slug != "*":
            expected = verdict_of({"diploma": kind, "specialty": slug}, route)
        elif kind in listed:
            expected = verdict_of({"diploma": kind, "specialty": "unlisted"}, route)
        else:
            expected = verdict_of({"diploma": kind}, route) or verdict_of({"diploma": kind, "specialty": "unlisted"}, route)
        assert expected == verdict, (route, kind, slug)
        checked += 1
    assert checked > 500


def test_every_kind_has_a_row_for_unlisted_specialities(real):
    rows = diplomas_matrix(real, "fr", Citations("fr", {}), "compare/diplomas.md").rows
    kinds = {r["kind"] for r in rows}
    assert {r["kind"] for r in rows if r["slug"] == "*"} == kinds


def test_columns_of_routes_with_conditions_for_everyone_are_marked(real):
    matrix = diplomas_matrix(real, "en", Citations("en", {}), "compare/diplomas.md")
    marked = {col for col, asks in zip(matrix.columns, matrix.asks, strict=True) if asks}
    assert marked == {header for header, _ in matrix.requirements}
    assert "IMT Mines Albi — Continuing education leading to the degree — Year 1" in marked  # 3 years' experience


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_site_and_the_wizard_name_each_kind_of_diploma_alike(lang):
    """The matrix, the rules tables and the CSV use the words the wizard's diploma list offers."""
    page = (Path(__file__).parents[2] / "site_src" / lang / "wizard.md").read_text(encoding="utf-8")
    select = page[page.index('<select id="wz-diploma"'):]
    select = select[:select.index("</select>")]
    offered = {v: html.unescape(name) for v, name in re.findall(r'<option value="([^"]+)">([^<]+)</option>', select)}
    assert offered == {kind: names[lang == "en"] for kind, names in DIPLOMA_KIND.items()}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_matrix_names_specialities_as_the_wizards_lists_do(real, lang):
    """As printed on the diploma, with the notices' abbreviation; the English name follows on English pages,
    so that "GMP" or "Génie mécanique" finds its row in either language."""
    labels = {d["slug"]: d["label"][lang] for d in export_rules(real)["catalogue"]}
    rows = diplomas_matrix(real, lang, Citations(lang, {}), "compare/diplomas.md").rows
    named = {row["slug"]: row["speciality"] for row in rows if row["slug"] != "*"}
    assert named == {slug: labels[slug] for slug in named}
    assert named["genie-mecanique-et-productique"] == {
        "fr": "Génie mécanique et productique (GMP)",
        "en": "Génie mécanique et productique (GMP) — Mechanical and Production Engineering",
    }[lang]
    assert named["bcpst"] == "BCPST"  # the same in both languages: no translation after it


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_csv_says_what_the_page_says_around_the_matrix(real, lang):
    # Downloaded alone, the table still says its diplomas are French and which routes ask something of every
    # candidate, and each verdict cites its rule (Table.csv turns the citations into the Source column).
    c = Citations(lang, {})
    table = diplomas_matrix(real, lang, c, "compare/diplomas.md").table
    assert table.headers[0] == ui("diploma_kind_france", lang)
    routes = [r for n in real.current() for r in n.routes]
    for header, route in zip(table.headers[2:], routes, strict=True):
        assert all(getattr(q.reason, lang) in header for q in route.requirements)
        assert ui("requirements", lang) in header or not route.requirements
    assert all(len(c.cited_in(cell.md)) == 1 for row in table.rows for cell in row[2:])
