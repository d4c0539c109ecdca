"""The engine's own words, for what a notice does not say. Never a rule: rules come from rules.json."""

from __future__ import annotations

from typing import Any

TEXTS: dict[str, tuple[str, str]] = {
    "no-application-fee": (
        "La notice n'indique pas de frais de candidature pour cette voie.",
        "The notice states no application fee for this route.",
    ),
    "no-scholarship-fee": (
        "La notice ne prévoit pas de tarif réduit pour les boursiers : le tarif standard s'applique.",
        "The notice gives no reduced fee for scholarship holders: the standard fee applies.",
    ),
    "no-additional-fee": (
        "La notice n'indique pas de frais pour une formation supplémentaire.",
        "The notice states no fee for an additional course.",
    ),
    "no-tuition-stated": (
        "La notice n'indique pas de droits de scolarité pour cette voie.",
        "The notice states no tuition for this route.",
    ),
    "no-school-tuition": (
        "Les documents n'indiquent pas les droits de scolarité de cette école.",
        "The documents do not state this school's tuition.",
    ),
    "tuition-exempt": (
        "Boursier : exonéré des droits de scolarité, selon le document.",
        "Scholarship holder: exempt from tuition, as the document states.",
    ),
    "tuition-exemption-unstated": (
        "Le document ne dit pas si les boursiers sont exonérés des droits de scolarité : le montant plein est affiché.",
        "The document does not say whether scholarship holders are exempt from tuition: the full amount is shown.",
    ),
    "tuition-needs-nationality": (
        "Nationalité non indiquée : les montants pour l'Union européenne et hors Union européenne sont affichés.",
        "Nationality not given: the amounts for EU and non-EU nationals are shown.",
    ),
    "tuition-year": (
        "Montant indiqué par le document pour l'année universitaire {year}.",
        "Amount the document states for the {year} academic year.",
    ),
    "ineligible-pick": (
        "Selon la notice, votre profil n'est pas recevable pour {routes} : la candidature y serait refusée, et le "
        "total compte pourtant ce choix.",
        "According to the notice, your profile is not eligible for {routes}: the application would be refused "
        "there, yet the total counts that choice.",
    ),
    "ineligible-pick-free": (
        "Selon la notice, votre profil n'est pas recevable pour {routes} : la candidature y serait refusée ; ce "
        "choix n'ajoute rien au total.",
        "According to the notice, your profile is not eligible for {routes}: the application would be refused "
        "there; that choice adds nothing to the total.",
    ),
    "one-formation": (
        "{routes} : la même formation, comptée une fois (lecture retenue : les frais se comptent par formation "
        "choisie, quelle que soit l'année d'entrée, que fixe votre diplôme).",
        "{routes}: one course, counted once (our reading: the fee is per course chosen, whatever the entry year, "
        "which your diploma decides).",
    ),
    "one-channel": (
        "Vous avez retenu plusieurs voies d'admission pour ce que nous lisons comme la même formation de la même "
        "école ({routes}). La notice n'autorise pas, la même année, deux candidatures à la même formation par deux "
        "voies différentes ({clause}) : pour une même année, n'en gardez qu'une.",
        "You chose several admission channels to what we read as the same course at the same school ({routes}). "
        "The notice does not allow two applications to the same course, in the same year, through two different "
        "channels ({clause}): for any one year, keep only one.",
    ),
    "mixed-sessions": (
        "Ces frais viennent de notices de sessions différentes ({sessions}) : chaque ligne applique les frais de "
        "sa propre session ; ceux de la prochaine session peuvent être autres.",
        "These fees come from notices of different sessions ({sessions}): each line applies the fees of its own "
        "session; the next session's fees may differ.",
    ),
    "shared-platform": (
        "Les candidatures de ces voies se déposent sur la même plateforme ({platform}). Chaque notice y compte des "
        "frais pour une première formation, puis pour « chaque formation supplémentaire choisie au-delà », mais "
        "aucune ne dit lesquels s'appliquent quand on choisit des formations de plusieurs notices : pour ces "
        "{count} formations, {terms}. Pour elles, le total compte du moins élevé au plus élevé de ces montants.",
        "These routes are applied for on the same platform ({platform}). Each notice charges a fee for a first "
        "course, then for “chaque formation supplémentaire choisie au-delà” (each additional course chosen), but "
        "none says which fees apply when courses of several notices are chosen: for these {count} courses, "
        "{terms}. For them, the total counts from the lower of these amounts to the higher.",
    ),
    "fees-of-a-session-over": (
        "Session terminée : {sessions}. La notice de la session suivante n'est pas encore publiée, et ses frais "
        "peuvent être autres.",
        "Session over: {sessions}. The next session's notice is not yet published, and its fees may differ.",
    ),
    "fees-of-sessions-over": (
        "Sessions terminées : {sessions}. Les notices des sessions suivantes ne sont pas encore publiées, et leurs "
        "frais peuvent être autres.",
        "Sessions over: {sessions}. The next sessions' notices are not yet published, and their fees may differ.",
    ),
    "no-course-cost": (
        "La notice n'indique pas qui paie la formation ni son coût.",
        "The notice does not say who pays for the course or what it costs.",
    ),
    "ects-unchecked": (
        "Au moins {least} crédits ECTS validés, condition de cette règle : le nombre de crédits n'est pas indiqué.",
        "At least {least} validated ECTS credits, a condition of this rule: the number of credits is not given.",
    ),
    "specialty-unchecked": (
        "Spécialité ou mention du diplôme non indiquée : la recevabilité en dépend, et ce verdict est rendu sans "
        "elle.",
        "The diploma's speciality or mention is not given: eligibility depends on it, and this verdict is given "
        "without it.",
    ),
    "specialty-best": (
        "Spécialité ou mention du diplôme non indiquée : la recevabilité en dépend. Ce verdict et sa raison "
        "valent pour une spécialité que la notice retient, pas pour les autres : vérifiez la vôtre dans la source "
        "citée.",
        "The diploma's speciality or mention is not given, and eligibility depends on it. This verdict and its "
        "reason hold for a speciality the notice accepts, not for the others: check yours in the source cited.",
    ),
    "no-pay-grid": (
        "Les documents ne donnent pas de grille de rémunération pour cette voie.",
        "The documents give no pay grid for this route.",
    ),
    "no-pay-band": (
        "Année {year} : aucune tranche d'âge de la grille de rémunération ne couvre {age} ans.",
        "Year {year}: no age band of the pay grid covers age {age}.",
    ),
    "pay-needs-age": (
        "La rémunération minimale dépend de l'âge : indiquez-le pour la voir.",
        "The minimum pay depends on age: give yours to see it.",
    ),
    "pay-by-age": (
        "Minimum légal selon l'âge et l'année de formation, d'après la grille publiée par {publisher} "
        "(montants au {date}{caveat}) ; l'âge de chaque année compte un an de plus par année de formation, à partir "
        "de l'âge indiqué.",
        "Legal minimum by age and year of the course, from the grid published by {publisher} (amounts as of "
        "{date}{caveat}); for each later year of the course, one year is added to the age entered.",
    ),
}


def message(key: str, source: str | None, **values: Any) -> dict[str, Any]:
    """A reason in the engine's words, citing where the documents were read (or are silent); None for a remark
    on the candidate's own choices, which no document makes."""
    fr, en = TEXTS[key]
    lang = lambda code: {k: v[code] if isinstance(v, dict) else v for k, v in values.items()}
    return note({"fr": fr.format(**lang("fr")), "en": en.format(**lang("en"))}, source)


def route_names(routes: list[dict[str, Any]]) -> dict[str, str]:
    """Routes of a result as a reader names them, in each language: "IMT Mines Alès, Apprentissage, Mécatronique,
    1re année" (the programme where the route has one)."""

    def name(r: dict[str, Any], lang: str) -> str:
        year = f"{r['entry_year']}{'re' if r['entry_year'] == 1 else 'e'} année" if lang == "fr" else f"year {r['entry_year']}"
        programme = (r.get("programme_name") or {}).get(lang)
        return ", ".join(p for p in (r["school_name"], r["channel_name"][lang], programme, year) if p)

    return {"fr": " ; ".join(name(r, "fr") for r in routes), "en": "; ".join(name(r, "en") for r in routes)}


def note(text: dict[str, Any], source: str | None) -> dict[str, Any]:
    """A fee reason from a text of the data (its French and English), citing `source`."""
    return {"fr": text["fr"], "en": text["en"], "source": source, "kind": "fee"}


def silent(document: str) -> str:
    """The source of a reason about something a document does not say: the document as a whole.

    Just its number, which reads the same in both languages; the reason's text says what is missing."""
    return f"document {document}"
