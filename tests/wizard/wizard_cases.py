"""Engine cases taken from the documents' own words: a profile and the verdicts the notice gives it.

Each case: (name, profile, {route id: verdict}). Routes not named are not checked by the case. The same
profiles run in CPython and in Pyodide (test_wizard_pyodide.py), whose outputs must be identical.
"""

from __future__ import annotations

Y1_AST = ("albi-ast-y1", "ales-ast-y1", "nord-europe-ast-y1")
Y2_AST = ("albi-ast-y2", "ales-ast-y2", "nord-europe-ast-y2")
ALES_Y1 = ("ales-apprenticeship-bat-y1", "ales-apprenticeship-infres-y1", "ales-apprenticeship-mkx-y1")
ALES_Y2 = ("ales-apprenticeship-bat-y2", "ales-apprenticeship-infres-y2", "ales-apprenticeship-mkx-y2")


def _all(ids: tuple[str, ...], verdict: str) -> dict[str, str]:
    return dict.fromkeys(ids, verdict)


CASES: list[tuple[str, dict, dict[str, str]]] = [
    # 003 §1.1.x c): CPGE "ayant validé (ou qui valideront durant l'année académique) au moins 120 crédits
    # ECTS": below 120 is refused, an unknown count is not.
    # 000 §4 "Pour rappel": admission subject to the "attestation de validation de 2 ans de CPGE", a
    # bac+2 held by the start of the year (§1).
    (
        "003 §1.1 c), 000 §1 and §4: CPGE with 60 ECTS by the end of the year refused at Alès and Albi",
        {"diploma": "cpge", "specialty": "mp", "age": 19, "ects": 60},
        {**_all(ALES_Y1, "ineligible"), "albi-apprenticeship-y1": "ineligible"},
    ),
    (
        "003 §2.1: an M1 declared neither scientific nor technical still goes to the jury at Alès (240 ECTS title)",
        {"diploma": "m1", "specialty": "droit", "specialty_scientific": False, "age": 24},
        _all(ALES_Y2, "jury"),
    ),
    (
        "000 §1: CPGE MP with 120 ECTS by the start of the year eligible at Albi",
        {"diploma": "cpge", "specialty": "mp", "age": 19, "ects": 120},
        {"albi-apprenticeship-y1": "eligible"},
    ),
    (
        "003 §1.1 c): CPGE, ECTS not given, eligible at Alès",
        {"diploma": "cpge", "specialty": "mp", "age": 19},
        _all(ALES_Y1, "eligible"),
    ),
    # 003 §1.2: other titles "leur conférant 120 crédits ECTS minimum"; 000: "niveau L2 validé".
    (
        "003 §1.2 and 000 §1: an L2 short of 120 ECTS refused",
        {"diploma": "licence2", "specialty": "mathematiques", "age": 20, "ects": 110},
        {**_all(ALES_Y1, "ineligible"), "albi-apprenticeship-y1": "ineligible"},
    ),
    # 002 §1.2.1: "au moins quatre années d'études après le baccalauréat"; §1.1.1: "niveau Licence".
    (
        "002 §1.2.1: an other title short of four years refused in year 2",
        {"diploma": "other", "age": 23, "ects": 200},
        {**_all(Y2_AST, "ineligible"), **_all(Y1_AST, "jury")},
    ),
    (
        "002 §1.1.1: an other title below Licence level refused in year 1",
        {"diploma": "other", "age": 23, "ects": 150},
        _all(Y1_AST, "ineligible"),
    ),
    # 000 §1: continuing education after "l'un des titres précédents et ayant effectué une classe
    # préparatoire ATS": without the bac+2 held before the ATS year, the verdict waits for it.
    (
        "000 §1: ATS without the earlier bac+2, continuing education left open",
        {"diploma": "ats", "age": 27, "experience_years": 3},
        {"albi-continuing-education-y1": "jury", **_all(ALES_Y1, "jury")},
    ),
    # 000 §1: "2ème année BUT" for continuing education; the BUT diploma includes it.
    (
        "000 §1: BUT 3 holder with 3 years' experience, continuing education",
        {"diploma": "but3", "specialty": "gmp", "age": 26, "experience_years": 3},
        {"albi-continuing-education-y1": "eligible"},
    ),
    # 000 §1: "ayant effectué […] une L3": a Licence professionnelle or an M1 comes after an L3-level year
    # and one of the bac+2 titles named before it (our reading, in the rule's note).
    (
        "000 §1: M1 Physique with 5 years' experience, continuing education",
        {"diploma": "m1", "specialty": "physique", "age": 30, "experience_years": 5},
        {"albi-continuing-education-y1": "eligible"},
    ),
    (
        "000 §1: Licence pro declared technical with 5 years' experience, continuing education",
        {"diploma": "licence-pro", "specialty": "unlisted", "specialty_scientific": True, "experience_years": 5},
        {"albi-continuing-education-y1": "eligible"},
    ),
    # Official names and the notices' short forms reach the same catalogue entry.
    (
        "002 Table 6: BUT 3 \"Génie civil\" is Génie civil, construction durable",
        {"diploma": "but3", "specialty": "Génie civil", "age": 21},
        {"albi-ast-y1": "eligible", "ales-ast-y1": "eligible", "ales-apprenticeship-bat-y1": "eligible"},
    ),
    (
        "002 Table 5: Licence EEA under its official name",
        {"diploma": "licence3", "specialty": "Électronique, énergie électrique, automatique", "age": 21},
        _all(Y1_AST, "eligible"),
    ),
    (
        "002 Table 5: \"Biologie, Biochimie\" names two mentions",
        {"diploma": "licence3", "specialty": "Biochimie", "age": 21},
        {"albi-ast-y1": "eligible", "ales-ast-y1": "eligible", "nord-europe-ast-y1": "ineligible"},
    ),
    # 002 §3.1: "vous êtes actuellement étudiant(e) en 3e année de Licence de Biochimie, Biologie. Vous ne
    # pouvez être candidat que pour deux des trois écoles : IMT Mines Albi, IMT Mines Alès."
    (
        "002 §3.1 example: Licence Biochimie, Biologie, only Albi and Alès",
        {"diploma": "licence3", "specialty": "Biochimie, Biologie", "age": 21},
        {"albi-ast-y1": "eligible", "ales-ast-y1": "eligible", "nord-europe-ast-y1": "ineligible"},
    ),
    # 002 Table 5: Chimie "Oui" for the three schools.
    (
        "002 Table 5: Licence Chimie, all three schools",
        {"diploma": "licence3", "specialty": "Chimie", "age": 21},
        _all(Y1_AST, "eligible"),
    ),
    # 002 Table 4: BUT 3 "Non" at IMT Nord Europe; Table 6 lists GEII for Albi and Alès.
    (
        "002 Tables 4 and 6: BUT 3 GEII, Albi and Alès, not Nord Europe",
        {"diploma": "but3", "specialty": "GEII", "age": 21},
        {"albi-ast-y1": "eligible", "ales-ast-y1": "eligible", "nord-europe-ast-y1": "ineligible"},
    ),
    # 002 Annexe 1: "les BUT 3 ne figurant pas dans cette liste ne sont pas acceptés".
    (
        "002 Table 6 is closed: BUT 3 Informatique refused",
        {"diploma": "but3", "specialty": "Informatique", "age": 21},
        _all(Y1_AST, "ineligible"),
    ),
    # 002 Table 7: Génie civil "Non" at Albi, "Oui" at Alès and Nord Europe.
    (
        "002 Table 7: M1 Génie civil, Alès and Nord Europe only",
        {"diploma": "m1", "specialty": "Génie civil", "age": 23},
        {"albi-ast-y2": "ineligible", "ales-ast-y2": "eligible", "nord-europe-ast-y2": "eligible"},
    ),
    # 002 Table 7: Géosciences "Oui" only at Alès.
    (
        "002 Table 7: M1 Géosciences, Alès only",
        {"diploma": "m1", "specialty": "geosciences", "age": 23},
        {"albi-ast-y2": "ineligible", "ales-ast-y2": "eligible", "nord-europe-ast-y2": "ineligible"},
    ),
    # 002 Table 7 writes "Biochimie, Biologie" (Table 5 writes "Biologie, Biochimie"): the catalogue alias.
    (
        "002 Table 7: M1 Biochimie, Biologie (alias), Albi and Alès",
        {"diploma": "m1", "specialty": "biochimie-biologie", "age": 23},
        {"albi-ast-y2": "eligible", "ales-ast-y2": "eligible", "nord-europe-ast-y2": "ineligible"},
    ),
    # 002 §1.1.2: foreign titles judged equivalent by the jury.
    (
        "002 §1.1.2: a foreign licence goes to the jury",
        {"diploma": "licence3", "specialty": "Physics", "foreign": True, "age": 22},
        _all(Y1_AST, "jury"),
    ),
    # 002 §1.2.1 and §1.2.2: year 2 takes "un diplôme ou titre équivalent attestant le suivi d'un cursus
    # universitaire d'au moins quatre années d'études", and foreign titles the jury judges equivalent; a
    # four-year bachelor's (240 ECTS) obtained abroad goes to the jury for year 2 as well as year 1, a
    # three-year one (180 ECTS) only for year 1.
    (
        "002 §1.2.1 and §1.2.2: a foreign four-year bachelor's goes to the jury in years 1 and 2",
        {"diploma": "licence3", "specialty": "chimie", "foreign": True, "ects": 240, "age": 22},
        _all(Y1_AST, "jury") | _all(Y2_AST, "jury"),
    ),
    (
        "002 §1.2.1: a foreign three-year bachelor's is not of year 2's four years",
        {"diploma": "licence3", "specialty": "chimie", "foreign": True, "ects": 180, "age": 21},
        _all(Y1_AST, "jury") | _all(Y2_AST, "ineligible"),
    ),
    # 002 Table 4: year 1 is for L3 and BUT 3 only.
    (
        "002 Table 4: a BTS is not received in AST year 1",
        {"diploma": "bts", "specialty": "CIRA", "age": 20},
        _all(Y1_AST, "ineligible") | _all(Y2_AST, "ineligible"),
    ),
    # 000 §1: bac+2 or higher (BTS ...) and under 30 at the contract.
    (
        "000 §1: BTS, 22 years old, Albi apprenticeship",
        {"diploma": "bts", "specialty": "Électrotechnique", "age": 22},
        {"albi-apprenticeship-y1": "eligible"},
    ),
    (
        "000 §1: 30 years old is not under 30",
        {"diploma": "bts", "specialty": "Électrotechnique", "age": 30},
        {"albi-apprenticeship-y1": "ineligible", **_all(ALES_Y1, "ineligible")},
    ),
    # 000 §1: "un bac + 2 ou supérieur dans une spécialité scientifique et/ou technique". A speciality outside
    # the catalogue goes to the commission, unless the candidate says it is neither scientific nor technical.
    (
        "000 §1: a BTS in a non-scientific speciality refused at Albi work-study",
        {"diploma": "bts", "specialty": "Comptabilité et gestion", "specialty_scientific": False, "age": 22,
         "experience_years": 4},
        {"albi-apprenticeship-y1": "ineligible", "albi-continuing-education-y1": "ineligible",
         "albi-professionalisation-y1": "jury"},
    ),
    (
        # Continuing education accepts an L3 after one of its titles: an L3 implies a validated L2.
        "000 §1: an unlisted speciality the candidate says is scientific",
        {"diploma": "licence3", "specialty": "Physique-chimie", "specialty_scientific": True, "age": 22,
         "experience_years": 4},
        {"albi-apprenticeship-y1": "eligible", "albi-continuing-education-y1": "eligible"},
    ),
    (
        "000 §1: a BTS in an unlisted speciality the candidate says is technical",
        {"diploma": "bts", "specialty": "Métiers de la chimie", "specialty_scientific": True, "age": 22,
         "experience_years": 4},
        {"albi-apprenticeship-y1": "eligible", "albi-continuing-education-y1": "eligible"},
    ),
    (
        "000 §1: an unlisted speciality, question not answered, goes to the commission",
        {"diploma": "bts", "specialty": "Comptabilité et gestion", "age": 22},
        {"albi-apprenticeship-y1": "jury"},
    ),
    (
        "000 §1: a listed speciality is scientific or technical whatever the answer",
        {"diploma": "bts", "specialty": "Électrotechnique", "specialty_scientific": False, "age": 22},
        {"albi-apprenticeship-y1": "eligible"},
    ),
    (
        # Apprenticeship admits ATS students without a word on their bac+2, yet requires a scientific and/or
        # technical bac+2: ambiguous, so the commission decides.
        "000 §1: ATS after a non-scientific bac+2 refused in continuing education, to the jury in apprenticeship",
        {"diploma": "ats", "prior_diploma": {"diploma": "bts", "specialty": "Comptabilité et gestion"},
         "specialty_scientific": False, "age": 27, "experience_years": 3},
        {"albi-continuing-education-y1": "ineligible", "albi-apprenticeship-y1": "jury"},
    ),
    # 000 §1: CPGE MP, PC, PSI, MPI, TI, TSI, BCPST, ATS; PT is not in Albi's list.
    (
        "000 §1: CPGE PSI may apply to Albi apprenticeship",
        {"diploma": "cpge", "specialty": "PSI", "age": 20},
        {"albi-apprenticeship-y1": "eligible"},
    ),
    (
        # Not in §1's list of tracks, but §4 accepts "2 ans de CPGE" without naming tracks: the commission decides.
        "000 §1, §4: CPGE PT is not in Albi's list of tracks, left to the commission",
        {"diploma": "cpge", "specialty": "PT", "age": 20},
        {"albi-apprenticeship-y1": "jury"},
    ),
    (
        # §1 asks a bac+2 "dans une spécialité scientifique et/ou technique"; §4's reminder lists documents.
        "000 §1: a preparatory class the candidate says is neither scientific nor technical refused at Albi",
        {"diploma": "cpge", "specialty": "ECG", "specialty_scientific": False, "ects": 120, "age": 20},
        {"albi-apprenticeship-y1": "ineligible"},
    ),
    # 000 §1: continuing education needs 3 years as a higher technician.
    (
        "000 §1: continuing education with 2 years of experience",
        {"diploma": "bts", "specialty": "Électrotechnique", "age": 35, "experience_years": 2},
        {"albi-continuing-education-y1": "ineligible"},
    ),
    (
        "000 §1: continuing education with 3 years of experience",
        {"diploma": "dut", "specialty": "GMP", "age": 35, "experience_years": 3},
        {"albi-continuing-education-y1": "eligible"},
    ),
    # 003 §1.1.1 a): BUT Génie civil - construction durable, BTS Bâtiment.
    (
        "003 §1.1.1: BUT 2 Génie civil - construction durable, Alès BAT",
        {"diploma": "but2", "specialty": "Génie civil, construction durable", "age": 20},
        {"ales-apprenticeship-bat-y1": "eligible", "ales-apprenticeship-infres-y1": "jury"},
    ),
    # 003 §1.1.2 a): BTS SIO for INFRES.
    (
        "003 §1.1.2: BTS SIO, Alès INFRES",
        {"diploma": "bts", "specialty": "sio", "age": 20},
        {"ales-apprenticeship-infres-y1": "eligible"},
    ),
    # 003 §1.1.x b): Spé ATS after a bac+2 of paragraph a).
    (
        "003 §1.1.3 b): ATS after a BTS CIRA, Alès MKX",
        {"diploma": "ats", "prior_diploma": {"diploma": "bts", "specialty": "CIRA"}, "age": 21},
        {"ales-apprenticeship-mkx-y1": "eligible"},
    ),
    # 002 §1.1.2: a foreign title judged equivalent by the jury may apply; a French Licence professionnelle
    # without its speciality already goes to the jury, so a foreign one is not refused either.
    (
        "002 §1.1.2: a foreign Licence professionnelle without a speciality goes to the jury at the three schools",
        {"diploma": "licence-pro", "foreign": True, "age": 22},
        _all(Y1_AST, "jury"),
    ),
    # 000 §1: "un bac + 2 ou supérieur dans une spécialité scientifique et/ou technique"; the foreign-diploma
    # clause waives the equivalence, not the speciality.
    (
        "000 §1: a foreign bac+2 declared neither scientific nor technical is refused at Albi (apprenticeship, CE)",
        {"diploma": "bts", "specialty": "Histoire de l'art", "specialty_scientific": False, "foreign": True,
         "age": 25, "experience_years": 5},
        {"albi-apprenticeship-y1": "ineligible", "albi-continuing-education-y1": "ineligible"},
    ),
    # 000 §1 (continuing education): "Les élèves en possession de l'un des titres précédents et ayant effectué
    # une classe préparatoire ATS … peuvent également candidater"; a BUT diploma implies its 2nd year.
    (
        "000 §1: ATS after a BUT GMP, continuing education at Albi (at 30, past the apprenticeship's age limit)",
        {"diploma": "ats", "prior_diploma": {"diploma": "but3", "specialty": "GMP"}, "age": 30, "experience_years": 4},
        {"albi-continuing-education-y1": "eligible", "albi-apprenticeship-y1": "ineligible"},
    ),
    # 003 §2.2: the jury declares a foreign title equivalent "aux titres et diplômes mentionnés ci-dessus" (M1, 240
    # ECTS); a foreign Licence 3 is for year 1 (§1.3, the jury) and not for year 2.
    (
        "003 §1.3 and §2.2: a foreign Licence 3 goes to the jury in year 1 and is refused in year 2 at Alès",
        {"diploma": "licence3", "specialty": "Informatique", "foreign": True, "age": 22},
        {**_all(ALES_Y1, "jury"), **_all(ALES_Y2, "ineligible")},
    ),
    # 003 §2.1 counts a title equivalent to the M1 as "au moins quatre années d'études après le baccalauréat,
    # soit un minimum de 240 crédits ECTS": a foreign four-year bachelor's (240 ECTS) goes to the jury in year 2
    # too, a three-year one (180 ECTS) does not.
    (
        "003 §2.1 and §2.2: a foreign four-year bachelor's goes to the jury in year 2 at Alès, a three-year one not",
        {"diploma": "licence3", "specialty": "Informatique", "foreign": True, "ects": 240, "age": 22},
        _all(ALES_Y2, "jury"),
    ),
    (
        "003 §2.1 and §2.2: a foreign three-year bachelor's is refused in year 2 at Alès",
        {"diploma": "licence3", "specialty": "Informatique", "foreign": True, "ects": 180, "age": 21},
        {**_all(ALES_Y1, "jury"), **_all(ALES_Y2, "ineligible")},
    ),
    # A bac+2 "cité au paragraphe a)" is a kind with its own speciality: BUT Informatique is cited for INFRES,
    # a "BTS Informatique" is not (a) cites BTS SIO and CIEL option A).
    (
        "003 §1.1.2 b): ATS after a BUT Informatique, Alès INFRES; after a 'BTS Informatique', the jury (§1.2)",
        {"diploma": "ats", "prior_diploma": {"diploma": "but2", "specialty": "Informatique"}, "age": 20},
        {"ales-apprenticeship-infres-y1": "eligible"},
    ),
    (
        "003 §1.1.2 a) and §1.2: no BTS Informatique in paragraph a), so the ATS year after it goes to the jury",
        {"diploma": "ats", "prior_diploma": {"diploma": "bts", "specialty": "Informatique"}, "age": 20},
        {"ales-apprenticeship-infres-y1": "jury"},
    ),
    # 003 §1.1.x c): another scientific CPGE with at least 120 ECTS.
    (
        "003 §1.1.1 c): CPGE with 120 ECTS, Alès",
        {"diploma": "cpge", "specialty": "PC", "ects": 120, "age": 20},
        _all(ALES_Y1, "eligible"),
    ),
    (
        "003 §1.1.1 c): CPGE with 60 ECTS, Alès",
        {"diploma": "cpge", "specialty": "PC", "ects": 60, "age": 20},
        _all(ALES_Y1, "ineligible"),
    ),
    (
        "003 §1.1.1 c): CPGE, ECTS unknown, does not fail the minimum",
        {"diploma": "cpge", "specialty": "PC", "age": 20},
        _all(ALES_Y1, "eligible"),
    ),
    # 003 §1.1.x c) names "autre classe préparatoire scientifique": another class falls under §1.2 (jury).
    (
        "003 §1.1 c): a non-scientific preparatory class is not paragraph c), left to the jury (§1.2)",
        {"diploma": "cpge", "specialty": "ECG", "specialty_scientific": False, "ects": 120, "age": 20},
        _all(ALES_Y1, "jury"),
    ),
    (
        "003 §1.1 c): an unlisted track, unanswered, left to the jury",
        {"diploma": "cpge", "specialty": "ECG", "age": 20},
        _all(ALES_Y1, "jury"),
    ),
    (
        "003 §1.1 c): an unlisted track the candidate says is scientific",
        {"diploma": "cpge", "specialty": "TB", "specialty_scientific": True, "age": 20},
        _all(ALES_Y1, "eligible"),
    ),
    # 002 §1.1.1: "de niveau Licence ... dont les spécialités figurent dans l'annexe 1"; §1.2.1: "La liste des
    # spécialités conditionnant la recevabilité ... figure ... dans les tableaux de l'annexe 2".
    (
        "002 §1.1.1: a professional Licence outside Annex 1 refused",
        {"diploma": "licence-pro", "specialty": "Commerce", "age": 21},
        _all(Y1_AST, "ineligible"),
    ),
    (
        "002 §1.1.1, Annexe 1: a professional Licence in a Table 5 mention, left to the jury (ambiguous notice)",
        {"diploma": "licence-pro", "specialty": "Physique", "age": 21},
        _all(Y1_AST, "jury"),
    ),
    (
        # "EEA" names both the Licence mention (Table 5) and the Master domain (Table 7); "GMP" is the BUT's.
        "002 Annexe 1: a professional Licence named by a catalogue alias is read as that mention",
        {"diploma": "licence-pro", "specialty": "GMP", "age": 21},
        {"albi-ast-y1": "jury", "ales-ast-y1": "jury", "nord-europe-ast-y1": "ineligible"},
    ),
    (
        "002 Tableau 7: a four-year title in Génie civil, marked Non at Albi only",
        {"diploma": "other", "specialty": "Génie civil", "ects": 240, "foreign": True, "age": 24},
        {"albi-ast-y2": "ineligible", "ales-ast-y2": "jury", "nord-europe-ast-y2": "jury"},
    ),
    (
        # Four years or more is M1 level, whose admission "se fait en deuxième année"; unknown ECTS: the jury.
        "002 §1.2: a title of 240 ECTS or more goes to year 2, not year 1",
        {"diploma": "other", "specialty": "mecanique", "ects": 300, "age": 24},
        {**_all(Y1_AST, "ineligible"), **_all(Y2_AST, "jury")},
    ),
    (
        "002 §1.1.1: a title at Licence level of unknown ECTS, in an Annex 1 speciality, left to the jury",
        {"diploma": "other", "specialty": "mecanique", "age": 24},
        {"albi-ast-y1": "jury"},
    ),
    (
        "002 §1.1.1: a professional Licence, speciality not given, left to the jury",
        {"diploma": "licence-pro", "age": 21},
        _all(Y1_AST, "jury"),
    ),
    (
        "002 Annexes 1 and 2: a title neither scientific nor technical refused",
        {"diploma": "other", "specialty": "Économie", "specialty_scientific": False, "ects": 240, "age": 22},
        {**_all(Y1_AST, "ineligible"), **_all(Y2_AST, "ineligible")},
    ),
    (
        "002 §1.2.1: a four-year title outside Table 7 refused, in it left to the jury",
        {"diploma": "other", "specialty": "Géosciences", "ects": 240, "age": 23},
        {"albi-ast-y2": "ineligible", "ales-ast-y2": "jury", "nord-europe-ast-y2": "ineligible"},
    ),
    (
        "002 §1.1.2, §1.2.2: a foreign title neither scientific nor technical cannot be equivalent",
        {"diploma": "m1", "specialty": "Économie", "foreign": True, "specialty_scientific": False, "age": 23},
        _all(Y2_AST, "ineligible"),
    ),
    (
        "002 §1.2.2: a foreign four-year title in a Table 7 domain goes to the jury",
        {"diploma": "other", "specialty": "Physique", "foreign": True, "ects": 240, "age": 23},
        _all(Y2_AST, "jury"),
    ),
    # 002 §3.1: a title not yet held must be produced by 17 July; an L3 short of 180 ECTS, an M1 short of 240,
    # will not be.
    (
        "002 §1.1.1: an L3 that will end short of 180 ECTS refused",
        {"diploma": "licence3", "specialty": "Chimie", "ects": 150, "age": 21},
        _all(Y1_AST, "ineligible"),
    ),
    (
        "002 §1.2.1: an M1 that will end short of 240 ECTS refused, 240 accepted",
        {"diploma": "m1", "specialty": "Chimie", "ects": 200, "age": 23},
        _all(Y2_AST, "ineligible"),
    ),
    (
        "002 Tableau 7: a Master's mention Génie mécanique is in the domain Mécanique",
        {"diploma": "m1", "specialty": "Génie mécanique", "ects": 240, "age": 23},
        _all(Y2_AST, "eligible"),
    ),
    # 003 §1.3 and §2.2: foreign titles, the jury is sovereign.
    (
        "003 §1.3: a foreign BTS goes to the jury at Alès",
        {"diploma": "bts", "specialty": "Batiment", "foreign": True, "age": 20},
        _all(ALES_Y1, "jury"),
    ),
    # 003 §2.1: year 2 needs an M1 of the domain, judged by the jury.
    (
        "003 §2.1: M1, Alès year 2 left to the jury",
        {"diploma": "m1", "specialty": "Mécanique", "age": 23},
        _all(ALES_Y2, "jury"),
    ),
    (
        "003 §2.1: a BTS cannot enter year 2",
        {"diploma": "bts", "specialty": "Batiment", "age": 20},
        _all(ALES_Y2, "ineligible"),
    ),
    # The ECTS count is what the candidate will hold at the end of the year: a count below the level a
    # route requires refutes the diploma claimed, on every route that states a level.
    (
        "000 §1, 003 §1.1 a) and §2.1, 002 Tableau 4: a Licence 3 student with 60 ECTS is refused everywhere",
        {"diploma": "licence3", "specialty": "physique", "ects": 60, "age": 20},
        {"albi-apprenticeship-y1": "ineligible", "albi-continuing-education-y1": "ineligible",
         **_all(ALES_Y1, "ineligible"), **_all(Y1_AST, "ineligible")},
    ),
    (
        "003 §1.1 a): a BTS to be obtained during the year, but only 60 ECTS by its end, is refused at Alès",
        {"diploma": "bts", "specialty": "batiment", "ects": 60, "age": 20},
        {"ales-apprenticeship-bat-y1": "ineligible", "albi-apprenticeship-y1": "ineligible"},
    ),
    (
        "003 §2.1: an M1 with 200 ECTS by the end of the year will not be validated: refused for Alès year 2",
        {"diploma": "m1", "specialty": "mecanique", "ects": 200, "age": 23},
        {**_all(ALES_Y2, "ineligible"), **_all(Y2_AST, "ineligible"), **_all(ALES_Y1, "jury")},
    ),
    (
        "003 §2.1: an M1 with 240 ECTS goes to the Alès jury for year 2",
        {"diploma": "m1", "specialty": "mecanique", "ects": 240, "age": 23},
        _all(ALES_Y2, "jury"),
    ),
    (
        "000 §4 'Pour rappel': the professionalisation contract also needs a bac+2, so 60 ECTS are refused",
        {"diploma": "other", "ects": 60, "age": 18},
        {"albi-professionalisation-y1": "ineligible", "albi-apprenticeship-y1": "ineligible"},
    ),
    (
        "000 §1: the professionalisation contract, with no stated conditions, goes to the school otherwise",
        {"diploma": "bts", "specialty": "batiment", "age": 20},
        {"albi-professionalisation-y1": "jury"},
    ),
]

# Profiles for fees, pay and deadlines, whose outputs CPython and Pyodide must give alike (test_wizard_pyodide.py).
EXTRA_PROFILES: list[dict] = [
    {"diploma": "bts", "specialty": "CIRA", "age": 17, "scholarship": True, "eu_national": False},
    {"diploma": "bts", "specialty": "CIRA", "age": 19},
    {"diploma": "licence3", "specialty": "Mathématiques", "age": 21, "scholarship": True},
    {"diploma": "licence3", "specialty": "Mathématiques", "age": 21, "eu_national": False},
    {"diploma": "other", "ects": 90, "age": 26, "experience_years": 4.5},
    {"diploma": "other", "ects": 250, "age": 26},
    {"diploma": "licence-pro", "specialty": "Métiers de l'électricité", "age": 22},
    {"diploma": "ats", "prior_diploma": {"diploma": "dut", "specialty": "Mesures physiques"}, "age": 21},
]

# Invalid profiles: the field the error must name.
INVALID: list[tuple[object, str]] = [
    ({"age": 20}, "diploma"),
    ({"diploma": "bac", "age": 20}, "diploma"),
    ({"diploma": "bts", "age": -1}, "age"),
    ({"diploma": "bts", "age": "20"}, "age"),
    ({"diploma": "bts", "age": 20.5}, "age"),
    ({"diploma": "bts", "age": 20, "ects": 1e9}, "ects"),
    ({"diploma": "bts", "age": 250}, "age"),
    ({"diploma": "bts", "age": 20, "experience_years": 100}, "experience_years"),
    ({"diploma": "bts", "age": True}, "age"),
    ({"diploma": "bts", "age": 20, "ects": -5}, "ects"),
    ({"diploma": "bts", "age": 20, "foreign": "yes"}, "foreign"),
    ({"diploma": "bts", "age": 20, "scholarship": 1}, "scholarship"),
    ({"diploma": "bts", "age": 20, "specialty_scientific": "no"}, "specialty_scientific"),
    ({"diploma": "bts", "age": 20, "eu_national": None, "experience_years": -1}, "experience_years"),
    ({"diploma": "bts", "age": 20, "specialty": 12}, "specialty"),
    ({"diploma": "ats", "age": 20, "prior_diploma": 7}, "prior_diploma"),
    ({"diploma": "ats", "age": 20, "prior_diploma": {"diploma": "phd"}}, "prior_diploma.diploma"),
    ({"diploma": "ats", "age": 20, "prior_diploma": {"specialty": "gmp"}}, "prior_diploma.diploma"),
    ({"diploma": "bts", "age": 20, "prior_diploma": {"diploma": "dut"}}, "prior_diploma"),
    ({"diploma": "ats", "age": 20, "prior_diploma": {"diploma": "ats"}}, "prior_diploma.diploma"),
    ({"diploma": "bts", "age": 20, "nationality": "fr"}, "nationality"),
    ([1, 2], "profile"),
]
