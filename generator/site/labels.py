"""The site's own words in French and English: headings, column names and the names of enum values."""

from __future__ import annotations

from .format import french_spaces

LANGS = ("fr", "en")

# One entry per word the site prints that does not come from the data.
UI: dict[str, tuple[str, str]] = {
    "site_name": (
        "Admissions IMT Mines Albi, Alès, Nord Europe",
        "IMT Mines Albi, Alès, Nord Europe admissions",
    ),
    "home": ("Accueil", "Home"),
    "schools": ("Écoles", "Schools"),
    "notices": ("Notices et sessions", "Notices and sessions"),
    "compare": ("Comparer", "Compare"),
    "recruiters": ("Recruteurs", "Recruiters"),
    "downloads": ("Téléchargements", "Downloads"),
    "sources": ("Documents sources", "Source documents"),
    "sources_intro": (
        "Chaque chiffre du site renvoie, en note, au document et à la section d'où il vient. Les sections "
        "sont nommées comme dans le document, pour qu'on les retrouve dans son texte.",
        "Every figure on the site points, in a footnote, to the document and section it comes from. The "
        "documents are in French; sections keep their French names, so that you can find them in the text.",
    ),
    "glossary": ("Sigles et termes", "Abbreviations and terms"),
    "glossary_intro": (
        "Les sigles et termes que les documents emploient sans toujours les expliquer. Sur chaque page du site, "
        "un sigle souligné en pointillé donne son explication au survol de la souris ou au toucher, et au clavier "
        "à sa première occurrence sur la page. Une explication suivie "
        "d'une note vient du document cité ; les autres sont des définitions générales, pas le texte des notices.",
        "The abbreviations and French terms which the documents use without always explaining them. On every page "
        "of the site, an abbreviation underlined with dots shows its explanation when the mouse points at it or "
        "a finger taps it, and from the keyboard at its first occurrence on the page. "
        "An explanation followed by a footnote comes from the document cited; the others are general "
        "definitions, not the notices' words.",
    ),
    "wizard": ("Assistant d'éligibilité", "Eligibility wizard"),
    "door_candidates": ("Candidats", "Candidates"),
    "door_staff": ("Personnels des écoles", "School staff"),
    "door_recruiters": ("Entreprises qui recrutent", "Recruiting companies"),
    "open_now": ("Candidatures ouvertes", "Applications open now"),
    "next": ("À venir", "Coming next"),
    "nothing_open": ("Aucune candidature n'est ouverte aujourd'hui.", "No application is open today."),
    "sessions_over_home": (
        "Sessions terminées, dont la notice suivante n'est pas encore publiée sur ce site : {sessions}.",
        "Sessions over, whose next notice is not yet published on this site: {sessions}.",
    ),
    "all_dates": ("Toutes les dates et leur statut : le calendrier", "Every date and its status: the calendar"),
    "nothing_next": (
        "Aucune date à venir dans les notices publiées. Les dernières sessions, ci-dessous, montrent quand chaque "
        "voie a ouvert.",
        "No upcoming date in the published notices. The latest sessions, below, show when each channel last opened.",
    ),
    "js_needed": (
        (
            "Cette liste est calculée à partir de la date du jour (JavaScript nécessaire). "
            "Toutes les dates figurent dans le calendrier."
        ),
        ("This list is computed from today's date (needs JavaScript). Every date is in the calendar."),
    ),
    "status": ("État", "Status"),
    "state_open": ("Candidatures ouvertes", "Applications open"),
    "state_upcoming": ("Candidatures à venir", "Applications not open yet"),
    # No date: a company search "from" a day runs until the course starts, which a notice may not date.
    "state_closed": ("Candidatures closes ; la procédure se poursuit", "Applications closed; the procedure goes on"),
    "state_over": ("Session terminée", "Session over"),
    "next_not_published": (
        "La prochaine notice n'est pas encore publiée sur ce site.",
        "The next notice is not yet published on this site.",
    ),
    "paris_time": ("heure de Paris", "Paris time"),
    "archived": ("Session archivée", "Archived session"),
    "applications_window": ("Candidatures", "Applications"),
    "discrepancy": ("incohérence dans la notice", "inconsistency in the notice"),
    "changes": ("Ce qui a changé", "What changed"),
    "changes_intro": (
        "Pour chaque notice publiée sur plusieurs sessions, les différences entre deux sessions successives, "
        "calculées à partir des données : dates déplacées, frais, places, diplômes recevables, épreuves.",
        "For each notice published over several sessions, the differences between two successive sessions, "
        "computed from the data: dates moved, fees, seats, accepted diplomas, exams.",
    ),
    "changes_between": ("Session {old} → session {new}", "{old} session → {new} session"),
    "changes_none": ("Aucune différence dans ces rubriques.", "No difference in these sections."),
    "changes_single": (
        "Une seule session publiée pour l'instant ({session}) : rien à comparer.",
        "Only one session published so far ({session}): nothing to compare.",
    ),
    "change_what": ("Élément", "Item"),
    "change_before": ("Avant", "Before"),
    "change_after": ("Après", "After"),
    "change_cat_dates": ("Dates", "Dates"),
    "change_cat_fees": ("Frais de candidature", "Application fees"),
    "change_cat_seats": ("Places", "Seats"),
    "change_cat_diplomas": ("Diplômes recevables (listés « oui »)", "Accepted diplomas (listed “yes”)"),
    "change_cat_exams": ("Épreuves", "Exams"),
    "change_cat_routes": ("Voies d'admission offertes", "Routes offered"),
    "change_absent": ("non indiqué dans ce document", "not given in that document"),
    "staff_guide": ("Guide pour les écoles", "Guide for school staff"),
    "fee_channels": ("Frais indiqués pour", "Fees stated for"),
    "archived_text": (
        "Cette session est passée. La dernière session publiée est",
        "This session is over. The latest published session is",
    ),
    "current": ("Dernière session publiée", "Latest published session"),
    "row_open": ("ouvert", "open"),
    "row_published": ("publiés", "published"),
    "row_closed": ("clos", "closed"),
    "row_upcoming": ("à venir", "upcoming"),
    "calendar_counts": ("Ouvert : {open} · À venir : {upcoming} · Clos : {closed}", "Open: {open} · Upcoming: {upcoming} · Closed: {closed}"),
    "calendar_all_past": (
        "Toutes ces dates sont passées : les notices des prochaines sessions ne sont pas encore publiées sur ce site.",
        "All these dates are past: the notices of the next sessions are not yet published on this site.",
    ),
    "calendar_hide_past": ("Masquer les dates passées", "Hide past dates"),
    "calendar_past_hidden": ("Dates passées masquées", "Past dates hidden"),
    "status_needs_js": (
        "La colonne « État » (ouvert, à venir, clos) se calcule à partir de la date du jour : il y faut JavaScript.",
        "The “Status” column (open, upcoming, closed) is computed from today's date: it needs JavaScript.",
    ),
    "sort_by": ("Trier par :", "Sort by:"),
    "on_this_page": ("Sur cette page", "On this page"),
    # On paper, under the title (site.js fills the date and the address).
    "printed_from": ("Imprimé le {date} depuis {url}", "Printed on {date} from {url}"),
    "menu_button": ("Menu du site", "Site menu"),
    "search_button": ("Rechercher", "Search"),
    "submenu_open": ("Ouvrir le sous-menu : {name}", "Open the submenu: {name}"),
    "submenu_close": ("Revenir au menu (fermer : {name})", "Back to the menu (close: {name})"),
    "session": ("Session", "Session"),
    "session_year": ("session {year}", "{year} session"),
    "sessions": ("Sessions", "Sessions"),
    "other_sessions": ("Autres sessions", "Other sessions"),
    "notice": ("Notice", "Notice"),
    "school": ("École", "School"),
    "channel": ("Voie", "Channel"),
    "channels": ("Voies d'admission", "Admission channels"),
    "entry_year": ("Année d'entrée", "Entry year"),
    "year_n": ("{n}re année", "Year {n}"),
    "year_n2": ("{n}e année", "Year {n}"),
    "programme": ("Formation", "Programme"),
    "notice_programmes": ("Formations des dernières notices publiées", "Programmes of the latest published notices"),
    "track": ("Filière ou titre d'accès", "Track or entry qualification"),
    "seats": ("Places", "Seats"),
    "total": ("Total", "Total"),
    "calendar": ("Calendrier", "Calendar"),
    "date": ("Date", "Date"),
    "step": ("Étape", "Step"),
    "event": ("Événement", "Event"),
    "for_whom": ("Pour", "For"),
    "provisional": ("prévisionnel", "provisional"),
    "from_date": ("à partir du", "from"),
    "until_date": ("jusqu'au", "until"),
    "closes_on": ("clôture le", "closes on"),
    "to": ("au", "to"),
    "range_to": ("à", "to"),  # "9 à 12 semaines"
    "at": ("à", "at"),
    "conditions": ("Conditions et voies d'accès", "Conditions and routes"),
    "level": ("Niveau d'entrée", "Entry level"),
    "requirements": ("Conditions pour tous les candidats", "Conditions for every candidate"),
    "rules": ("Titres et diplômes : règles, dans l'ordre", "Diplomas and other qualifications: rules, in order"),
    "rule_if": ("Si", "If"),
    "otherwise": ("Sinon", "Otherwise"),
    "verdict": ("Verdict", "Verdict"),
    "reason": ("Motif", "Reason"),
    "notes": ("À savoir", "Good to know"),
    "requirements_all": ("Conditions pour tous les candidats, quelle que soit la voie",
                         "Conditions for every candidate, on every route"),
    "notes_all": ("À savoir, pour toutes les voies", "Good to know, for every route"),
    "cost": ("Coût de la formation", "Cost of the course"),
    "company_contacts": ("Qui contacter", "Whom to contact"),
    "actor_contact": ("Coordonnées", "Contact details"),
    "pay_published_in": ("Grille publiée dans", "Grid published in"),
    "time_split": ("École et entreprise, en bref", "School and company, in short"),
    "cost_unstated": ("la notice ne dit ni qui le prend en charge ni son montant",
                      "the notice says neither who bears it nor how much it is"),
    "payer": ("Financement", "Funding"),
    "per_year": ("par an", "per year"),
    "per_year_col": ("Montant par an", "Amount per year"),
    "course_costs": ("Coût de la formation hors statut étudiant", "Cost of the course outside student status"),
    "course_costs_intro": (
        "Pour les voies sans frais de scolarité étudiants (apprentissage, formation continue, contrat de "
        "professionnalisation) : qui paie la formation, et combien, quand la notice le dit.",
        "For the channels without student tuition (apprenticeship, continuing education, professionalisation "
        "contract): who pays for the course, and how much, where the notice says so.",
    ),
    "pay": ("Rémunération", "Pay"),
    "apprentice_pay": (
        "au moins le minimum légal des apprentis, qui dépend de l'âge et de l'année ; la grille du "
        "document {doc} en donne les pourcentages du SMIC et les montants au {date}",
        "at least the legal minimum for apprentices, which depends on age and year; the grid of document {doc} "
        "gives its percentages of the SMIC and its amounts as of {date}",
    ),
    "tuition_school": ("Les frais de scolarité de l'école s'appliquent.", "The school's tuition applies."),
    "fees": ("Frais de candidature", "Application fees"),
    "fee_first": ("Première formation (ou candidature)", "First course chosen (or the application)"),
    "fee_additional": ("Chaque formation supplémentaire", "Each additional course"),
    "fee_per": ("Perçus", "Charged"),
    "payee": ("Où payer", "Where to pay"),
    "payment": ("Paiement", "Payment"),
    "refund": ("Remboursement", "Refund"),
    "audience": ("Public", "Who"),
    "tuition": ("Frais de scolarité", "Tuition"),
    "tuition_student": ("Frais de scolarité (statut étudiant)", "Tuition (student status)"),
    "tuition_eu": ("Étudiants UE (par an)", "EU students (per year)"),
    "tuition_non_eu": ("Étudiants hors UE (par an)", "Non-EU students (per year)"),
    "scholarship": ("Boursiers", "Scholarship holders"),
    "exempt": ("exonérés", "exempt"),
    "not_stated": ("non précisé", "not stated"),
    "published": ("Daté de", "Dated"),
    "curriculum": ("Programme de la formation", "Course programme"),
    "curriculum_intro": (
        "Heures de chaque unité d'enseignement (UE) sur l'ensemble du cursus, puis semestre par semestre.",
        "Hours of each teaching unit (UE) over the whole course, then semester by semester.",
    ),
    "teaching_unit": ("UE", "Unit"),
    "title": ("Intitulé", "Title"),
    "hours_over_course": ("Heures sur le cursus", "Hours over the course"),
    "courses": ("Enseignements", "Courses"),
    "hours_col": ("Heures", "Hours"),
    "semester_hours": ("Semestre {n} : {h} h de formation à l'école", "Semester {n}: {h} h of training at school"),
    "semester_in_company": ("Semestre {n} : entièrement en entreprise", "Semester {n}: entirely in the company"),
    "academic_year": ("Année universitaire", "Academic year"),
    "procedure": ("Procédure et phases", "Procedure and phases"),
    "exams": ("Épreuves", "Exams"),
    "nature": ("Nature", "Nature"),
    "duration": ("Durée", "Duration"),
    # An exam's time as the notice bounds it (Exam.duration_bound).
    "minutes": ("{n} min", "{n} min"),
    "minutes_about": ("environ {n} min", "about {n} min"),
    "minutes_at-most": ("{n} min maximum", "{n} min at most"),
    "mode": ("Modalité", "Mode"),
    "eliminatory": ("Note éliminatoire", "Eliminatory mark"),
    "at_or_below": ("{n}/20 ou moins", "{n}/20 or below"),
    "documents": ("Pièces à fournir", "Required documents"),
    "formats": ("Formats", "Formats"),
    "max_size": ("Taille maximale", "Maximum size"),
    "megabytes": ("Mo", "MB"),
    "max_pixels": ("Dimensions maximales", "Maximum dimensions"),
    "integration": ("Intégration : périodes et décisions", "Integration (joining a school): periods and decisions"),
    "periods": ("Périodes", "Periods"),
    "period": ("Période", "Period"),
    "start": ("Début", "Start"),
    "end": ("Fin", "End"),
    "code": ("Réponse", "Answer"),
    "meaning": ("Signification", "Meaning"),
    "reconnect": ("Se reconnecter à chaque période", "Log in again at each period"),
    "yes": ("oui", "yes"),
    "no": ("non", "no"),
    "clauses": ("Autres dispositions de la notice", "Other clauses of the notice"),
    "platform": ("Plateforme de candidature", "Application platform"),
    "summary": ("En bref", "In short"),
    "schools_of_notice": ("Écoles", "Schools"),
    "contacts": ("Contacts", "Contacts"),
    "people": ("Personnes", "People"),
    "housing": ("Logement", "Housing"),
    "rent": ("Loyer", "Rent"),
    "figures": ("Chiffres publiés", "Published figures"),
    "figure": ("Indicateur", "Figure"),
    "value": ("Valeur", "Value"),
    "benchmark": ("Référence", "Benchmark"),
    "options": ("Options et parcours", "Options and tracks"),
    "option": ("Option", "Option"),
    "kind": ("Type", "Kind"),
    "course": ("Cursus", "Course"),
    "tracks": ("Parcours", "Tracks"),
    "about": ("Présentation", "About"),
    "offers": ("Voies proposées", "Channels offered"),
    "address": ("Adresse", "Address"),
    "phone": ("Téléphone", "Phone"),
    "fax": ("Fax", "Fax"),
    "email": ("Courriel", "Email"),
    "website": ("Site web", "Website"),
    "compare_all": ("Tous les tableaux comparatifs", "All comparison tables"),
    "compare_channels": ("Écoles et voies d'admission", "Schools and admission channels"),
    "compare_seats": ("Places par école, filière et année", "Seats by school, track and year"),
    "compare_calendar": ("Toutes les dates", "All dates"),
    "compare_fees": ("Frais de candidature et de scolarité", "Application fees and tuition"),
    "compare_diplomas": ("Diplômes recevables", "Accepted diplomas"),
    "compare_options": ("Options et spécialités", "Options and specialities"),
    # What an empty cell ("—") of a comparison table means: the documents are silent, not the school.
    "dash_channels": (
        "— : aucun des documents publiés ici ne décrit cette voie dans cette école. Cela ne veut pas dire "
        "qu'elle ne la propose pas : renseignez-vous auprès d'elle.",
        "—: none of the documents published here describes this channel at this school. That does not "
        "mean the school does not offer it: ask the school.",
    ),
    "dash_options": (
        "— : les documents publiés ici n'en nomment aucun pour cette école.",
        "—: the documents published here name none for this school.",
    ),
    # What each comparison answers, on the comparisons' index page.
    "compare_channels_about": (
        "Quelle école recrute par quelle voie, et en quelle année du cycle ingénieur.",
        "Which school recruits through which channel, and into which year of the engineering cycle.",
    ),
    "compare_seats_about": (
        "Le nombre de places que chaque notice ouvre, par école, filière et année.",
        "The number of seats each notice opens, by school, track and year.",
    ),
    "compare_calendar_about": (
        "Toutes les dates des notices en une liste triée, avec ce qui est ouvert, à venir ou clos.",
        "Every date of the notices in one sorted list, with what is open, upcoming or closed.",
    ),
    "compare_fees_about": (
        "Frais de candidature (boursiers ou non) et droits de scolarité (UE ou hors UE).",
        "Application fees (scholarship holders or not) and tuition (EU or non-EU).",
    ),
    "compare_diplomas_about": (
        "Pour chaque diplôme et spécialité, le verdict de chaque école et voie, filtrable.",
        "For each diploma and speciality, the verdict of each school and channel, with filters.",
    ),
    "compare_options_about": (
        "Les options, parcours et spécialités de chaque école, côte à côte.",
        "Each school's options, tracks and specialities, side by side.",
    ),
    "diploma": ("Diplôme", "Diploma"),
    "speciality": ("Spécialité", "Speciality"),
    "diploma_kind": ("Type de diplôme", "Diploma kind"),
    # The diplomas CSV's first header: its verdicts, as the matrix's, are for a diploma obtained in France.
    "diploma_kind_france": ("Type de diplôme (obtenu en France)", "Diploma kind (obtained in France)"),
    "any": ("Tous", "Any"),
    "any_f": ("Toutes", "Any"),  # agrees with a feminine noun (spécialité)
    "any_speciality": ("Toute spécialité", "Any speciality"),
    "other_speciality": ("Autre spécialité, ou non listée", "Other speciality, or not listed"),
    # The matrix filter's choice for both rows above: beside "Toutes" (no filter), "Toute spécialité" read as
    # the same thing.
    "unlisted_rows": ("Hors des listes (autre spécialité, ou diplôme sans liste)", "Not in the lists (other speciality, or a diploma with no list)"),
    "rows_shown": ("lignes affichées", "rows shown"),
    "filters_applied": ("Filtres appliqués", "Filters applied"),
    # Over a thousand links in the diploma matrix, one per cell: the keyboard's way past them.
    "skip_table": ("Passer le tableau (vers son téléchargement CSV)", "Skip the table (to its CSV download)"),
    "rows_shown_one": ("ligne affichée", "row shown"),
    # After the matrix's rows, its route columns: a school or channel filter changes only those.
    "routes_shown": ("voies", "routes"),
    "routes_shown_one": ("voie", "route"),
    # Above the matrix, whose cells hold for a diploma obtained in France: a foreign one gets other verdicts.
    "matrix_abroad_lead": ("Diplôme obtenu à l'étranger", "Diploma obtained abroad"),
    "matrix_abroad": (
        "les cases ne valent pas pour vous. L'assistant donne le verdict de chaque voie pour un titre étranger :",
        "the cells do not apply to you. The wizard gives each route's verdict for a foreign qualification:",
    ),
    "matrix_note": (
        (
            "Chaque case donne le verdict de l'assistant d'éligibilité pour ce diplôme et cette spécialité, "
            "sans autre information : diplôme obtenu en France ; nombre d'ECTS, âge et expérience non indiqués. "
            "Un autre élément de votre situation peut changer le verdict : l'assistant en tient compte. Chaque "
            "verdict mène aux règles de la voie sur la page de la notice, chacune avec sa source (à la souris, le survol la nomme aussi). Une voie "
            "marquée * pose aussi des conditions à tous les candidats (âge, expérience) : elles sont listées sous "
            "le tableau. Les filtres gardent les lignes d'un type de diplôme ou d'une spécialité, et les colonnes "
            "d'une école ou d'une voie."
        ),
        (
            "Each cell gives the eligibility wizard's verdict for this diploma and speciality, with nothing else "
            "known: diploma obtained in France; ECTS credits, age and experience not given. Another part of your "
            "situation can change the verdict: the wizard takes it into account. Each verdict leads to the route's "
            "rules on the notice's page, each with its source (with a mouse, hovering names it too). A route "
            "marked * also sets conditions for "
            "every candidate (age, experience): they are listed under the table. The filters keep the rows of a "
            "diploma kind or a speciality, and the columns of a school or a channel."
        ),
    ),
    "csv": ("Télécharger ce tableau (CSV)", "Download this table (CSV)"),
    "ics": ("Calendrier (ICS)", "Calendar (ICS)"),
    "steps": ("Étapes du recrutement, dans l'ordre", "Hiring steps, in order"),
    "recruiters_page": ("Qui contacter, étapes du recrutement, acteurs et coût",
                        "Whom to contact, hiring steps, actors and cost"),
    "actors": ("Acteurs et rôles", "Who does what"),
    "role": ("Rôle", "Role"),
    "funding": ("Coût et financement", "Cost and funding"),
    "facts": ("À savoir", "Good to know"),
    "pay_grid": ("Rémunération minimale des apprentis", "Apprentice minimum pay"),
    "course_year": ("Année de formation", "Year of the course"),  # 004: "progression dans le cycle de formation"
    "start_date": ("Date de début", "Start date"),
    "start_time": ("Heure de début", "Start time"),
    "end_date": ("Date de fin", "End date"),
    "end_time": ("Heure de fin", "End time"),
    "date_qualifier": ("Précision", "Qualifier"),
    "percent_of_smic": ("% du SMIC", "% of the SMIC"),
    "eur_per_month_at": ("€ par mois au {date}", "€ per month as of {date}"),
    "recruiters_see_also": ("Voir aussi :", "See also:"),
    "see_page": ("voir", "see"),
    "no_apprenticeship": ("{school} : aucune des notices de ce site ne décrit de formation par apprentissage dans cette école.",
                          "{school}: none of this site's notices describes an apprenticeship course at this school."),
    "notices_for_companies": ("Sessions et dates : ce que les notices d'admission disent aux entreprises",
                              "Sessions and dates: what the admission notices say to companies"),
    "notices_for_companies_intro": (
        "Pour chaque notice d'apprentissage, sa session la plus récente : son état, les dates qui concernent "
        "l'entreprise, les places, le coût de la formation pour chaque contrat, puis ce que la notice dit de "
        "l'entreprise, de l'admission et du cursus.",
        "For each apprenticeship notice, its newest session: its state, the dates that concern the company, the "
        "seats, the course's cost for each contract, then what the notice says about the company, admission "
        "and the course.",
    ),
    "company_sessions": ("Sessions, dates, places et coût", "Sessions, dates, seats and cost"),
    "guide_is_notice": ("Ce document est aussi la notice d'une session ; sa page en reprend tout le reste :",
                        "This document is also a session's notice; its page holds all the rest of it:"),
    "notice_says": ("Ce que dit encore la notice", "What else the notice says"),
    "contract_pay_unstated": ("La notice ne précise pas la rémunération de ce contrat.",
                              "The notice does not state the pay for this contract."),
    "notice_page": ("La page de la notice : toutes ses règles et ses dates", "The notice's page: all its rules and dates"),
    "company_dates": ("Dates qui concernent l'entreprise", "Dates that concern the company"),
    "age": ("Âge", "Age"),
    "reference_date": ("Montants du document (au {date})", "The document's amounts (as of {date})"),
    "pay_amounts_dated": (
        "Les montants en euros sont ceux du SMIC à cette date ; les pourcentages, ceux de la loi à cette date.",
        "The euro amounts are those of the SMIC (French minimum wage) at that date; the percentages, the law's "
        "at that date.",
    ),
    "pay_check": ("Faites vérifier le salaire d'un contrat signé aujourd'hui.",
                  "Have the pay of a contract signed today checked."),
    "pay_caveat": (
        "Le document les donne « {caveat} ».",
        "The document gives them “{caveat}”.",
    ),
    "of_smic": ("du SMIC", "of the minimum wage (SMIC)"),
    "per_month": ("par mois", "per month"),
    "rhythm": ("Rythme école / entreprise", "School / company rhythm"),
    "week": ("Semaine", "Week"),
    "text_alternative": ("Le même planning en texte", "The same schedule as text"),
    "in_short": ("En bref :", "In short:"),
    # Counted from the grid, whose school and company weeks are our reading of the document's colours.
    "rhythm_count": ("{year} (notre lecture du planning) : {weeks}", "{year} (our reading of the schedule): {weeks}"),
    "rhythm_school_weeks": ("{n} semaines école", "{n} school weeks"),
    "rhythm_school_weeks_one": ("{n} semaine école", "{n} school week"),
    "rhythm_company_weeks": ("{n} semaines entreprise en {periods}", "{n} company weeks in {periods}"),
    "rhythm_company_weeks_one": ("{n} semaine entreprise en {periods}", "{n} company week in {periods}"),
    "rhythm_periods": ("{n} périodes", "{n} periods"),
    "rhythm_periods_one": ("{n} période", "{n} period"),
    "rhythm_event_week": ("1 semaine « {label} »", "1 week “{label}”"),
    "rhythm_lost": (
        "Ce document distinguait les semaines école et entreprise par des couleurs, perdues dans le texte "
        "dont le site est tiré : il ne peut pas dire où est l'alternant semaine par semaine. Seules les "
        "semaines qui portent un libellé sont connues (avec la colonne où le texte les place) :",
        "This document told school and company weeks apart by colours, lost in the text the site is built "
        "from: it cannot say where the student is week by week. Only the weeks that carry a label are known "
        "(with the column the text puts them in):",
    ),
    "rhythm_span": (
        "Le planning va de la semaine {first} à la semaine {last}.",
        "The schedule runs from week {first} to week {last}.",
    ),
    "search_keys": (
        "Flèches bas et haut : parcourir les résultats ; Échap : fermer la recherche.",
        "Down and up arrows: move through the results; Escape: close the search.",
    ),
    "search_none": (
        "Aucun résultat. Essayez d'autres mots : les plus courants (« de », « la », « pour ») ne sont pas cherchés.",
        "No results. Try other words: the commonest ones (“the”, “of”, “for”) are not searched.",
    ),
    "data_json": ("Toutes les données (JSON)", "All the data (JSON)"),
    "schemas": ("Schémas JSON des fichiers de données", "JSON Schemas of the data files"),
    "tables_csv": ("Tableaux comparatifs (CSV)", "Comparison tables (CSV)"),
    "calendars_ics": ("Calendriers (ICS)", "Calendars (ICS)"),
    # The notices give times without a zone; the three schools are in mainland France, and the ICS files
    # are in Europe/Paris time.
    "times_paris": (
        "Les heures sont celles de Paris (UTC+1, UTC+2 à l'heure d'été : la France métropolitaine, où sont les trois "
        "écoles) ; les notices ne nomment pas de fuseau horaire.",
        "Times are Paris times (UTC+1, UTC+2 in summer time: mainland France, where the three schools are); the "
        "notices name no time zone.",
    ),
    "ics_jump": ("Ajouter ces dates à un agenda (fichiers ICS)", "Add these dates to a calendar (ICS files)"),
    "ics_all": ("Toutes les voies", "Every channel"),
    "ics_current_only": (
        "Les calendriers par voie et « Toutes les voies » reprennent la dernière session de chaque notice ; "
        "chaque session a aussi le sien, sessions passées comprises :",
        "The calendars by channel and “Every channel” hold the newest session of each notice; each session "
        "also has its own, past sessions included:",
    ),
    "csv_note": (
        "Fichiers en UTF-8, séparés par des points-virgules, avec la virgule décimale (comme les ouvre un "
        "tableur en français). Chaque ligne finit par ses sources (document et section ; chaque document est "
        "décrit sur la page {sources}) et les notes de lecture que la page donne en bas de page. Le "
        "tableau des écoles et des voies nomme à la place, dans chaque case, la session de la notice.",
        "UTF-8 files, comma-separated, with decimal points. Each row ends with its sources (document and "
        "section; each document is described on the {sources} page) and the reading notes the page "
        "gives as footnotes. The table of schools and channels names instead, in each cell, the notice's "
        "session.",
    ),
    # Under the calendars' links: what an import does, and what it does not (follow later changes).
    "ics_use": (
        "Un fichier .ics s'ouvre ou s'importe dans un agenda (Google Agenda, Calendrier d'Apple, Outlook…). "
        "Ses dates y sont marquées « disponible », pour ne pas bloquer votre temps. Un agenda ne suit pas les "
        "changements d'un fichier importé : à une nouvelle notice, importez le nouveau fichier.",
        "Open or import a .ics file in a calendar app (Google Calendar, Apple Calendar, Outlook…). Its dates "
        "are marked “free”, so as not to block your time. A calendar does not follow later changes to an "
        "imported file: when a new notice comes out, import the new file.",
    ),
    # Which schema describes what: data.json's own, and those of the YAML files school staff edit.
    "schemas_note": (
        "data.schema.json décrit data.json ci-dessus. Les autres décrivent les fichiers YAML du dossier "
        "data/, que les écoles rédigent (voir le {guide}).",
        "data.schema.json describes data.json above. The others describe the YAML files of the data/ folder, "
        "which the schools write (see the {guide}).",
    ),
    "pay_charges": ("Cotisations et impôt sur le revenu : ce que disent les guides",
                    "Social contributions and income tax: what the guides say"),
    "footnote_back": ("Retour à l’appel de note {n} dans le texte", "Jump back to footnote {n} in the text"),
    "pay_elsewhere": ("Ce que disent les autres documents", "What the other documents say"),
    "add_to_calendar": ("Ajouter à l'agenda", "Add to calendar"),
    "add_step_to_calendar": ("Ajouter « {step} » à un agenda (ICS)", "Add “{step}” to a calendar (ICS)"),
    "ics_steps": (
        "Chaque date des calendriers (page de chaque session, « {calendar} ») a aussi son propre fichier, "
        "pour l'ajouter seule à un agenda : c'est le lien « ICS » de sa ligne.",
        "Each date in the calendars (each session's page, “{calendar}”) also has its own file, to add it alone "
        "to a calendar: the “ICS” link on its row.",
    ),
    "ics_from_this_date": ("à partir de cette date", "from this date on"),
    "file": ("Fichier", "File"),
    "source": ("Source", "Source"),
    "note": ("Note", "Note"),
    "rhythm_reading": ("Comment nous avons lu ce planning", "How we read this schedule"),
    "document": ("Document", "Document"),
    "current_sessions": ("Dernières sessions publiées", "Latest published sessions"),
    "archived_sessions": ("Sessions archivées", "Archived sessions"),
    "no_fee": (
        "La notice ne mentionne pas de frais de candidature.",
        "The notice states no application fee.",
    ),
}

VERDICT = {
    "eligible": ("recevable", "eligible"),
    "jury": ("examen par le jury", "jury review"),
    "ineligible": ("non recevable", "not eligible"),
}

EXAM_MODE = {
    "in-person": ("sur place", "in person"),
    "remote": ("à distance", "remote"),
    "online": ("en ligne", "online"),
    "in-person-or-remote": ("sur place ou à distance", "in person or remote"),
    # The commission may move the orals online, given the health situation (002 §3.4): the candidate does
    # not choose.
    "in-person-maybe-remote": ("sur place, ou à distance si la commission le décide selon la situation sanitaire",
                               "in person, or remote if the committee so decides given the health situation"),
    "unstated": ("non précisé par la notice", "not stated in the notice"),  # the model's None
}

DIPLOMA_KIND = {
    # The wizard's diploma list says the same (site_src/*/wizard.md; tests/site/test_diplomas.py).
    "bts": ("BTS", "BTS"),
    "dut": ("DUT", "DUT"),
    "but2": ("BUT 2e année", "BUT 2nd year"),
    "but3": ("BUT 3e année (diplôme de BUT)", "BUT 3rd year (BUT degree)"),
    "licence2": ("Licence 2e année (L2)", "Licence 2nd year (L2)"),
    "licence3": ("Licence (L3)", "Licence (L3, bachelor's)"),
    "licence-pro": ("Licence professionnelle", "Licence professionnelle (professional bachelor's)"),
    "m1": ("Master 1re année (M1)", "Master's 1st year (M1)"),
    "cpge": ("Classe préparatoire (CPGE)", "Preparatory class (CPGE)"),
    "ats": ("Classe préparatoire ATS", "ATS preparatory class"),
    "other": ("Autre titre", "Other qualification"),  # no "ou": it ends lists joined by "ou"
}

# The three notices' reduced fee is for holders of a scholarship of the CROUS or the French state (000 §3,
# 002 §3.2, 003 §4.1): a scholarship from elsewhere does not reduce it.
FEE_PER = {  # a notice's `fees.per`
    "application": ("une fois par candidature", "once per application"),
    "formation": ("par formation choisie", "per course chosen"),
}

FEE_AUDIENCE = {
    "standard": ("Tarif normal", "Standard"),
    "scholarship": ("Boursiers du CROUS ou de l'État français", "French state or CROUS scholarship holders"),
}

OPTION_KIND = {
    "option": ("option", "option"),
    "domain": ("domaine", "domain"),
    "profile": ("profil", "profile"),
}
COURSE = {
    "student": ("statut étudiant", "student status"),
    "work-study": ("alternance", "work-study"),
    "apprenticeship": ("apprentissage", "apprenticeship"),
}
WEEK_KIND = {
    "school": ("École", "School"),
    "company": ("Entreprise", "Company"),
    "abroad": ("Étranger", "Abroad"),
    "event": ("Événement", "Event"),
    "unknown": ("Non précisé", "Not stated"),
}
WEEK_SHORT = {  # the marks of the visual week grid, distinct within each language ("EN" read as English)
    "school": ("École", "S"),
    "company": ("Entr.", "C"),
    "abroad": ("Étr.", "A"),
    "event": ("Évén.", "E"),
    "unknown": ("?", "?"),
}
UNIT = {
    "percent": ("%", "%"),
    "eur": ("€", "€"),
    "keur": ("k€", "k€"),
    "people": ("personnes", "people"),
    "count": ("", ""),
    "hours": ("heures", "hours"),
    "weeks": ("semaines", "weeks"),
    "months": ("mois", "months"),
    "score": ("", ""),
    "year": ("", ""),
}

ENUMS = {
    "verdict": VERDICT,
    "exam_mode": EXAM_MODE,
    "diploma_kind": DIPLOMA_KIND,
    "fee_audience": FEE_AUDIENCE,
    "fee_per": FEE_PER,
    "week_short": WEEK_SHORT,
    "option_kind": OPTION_KIND,
    "course": COURSE,
    "week_kind": WEEK_KIND,
    "unit": UNIT,
}


def ui(key: str, lang: str, **values: object) -> str:
    """The site's word for `key` in `lang`, with {placeholders} filled."""
    text = UI[key][LANGS.index(lang)]
    text = text.format(**values) if values else text
    # Labels also go into attributes and scripts, which the page's French spacing does not reach.
    return french_spaces(text) if lang == "fr" else text


def counted(key: str, n: int, lang: str, **values: object) -> str:
    """A count with its noun: `key`_one for 0 and 1 in French, 1 in English ("1 semaine", "0 semaine", "2 weeks")."""
    one = n <= 1 if lang == "fr" else n == 1
    return ui(f"{key}_one" if one else key, lang, n=n, **values)


def enum(kind: str, value: str, lang: str) -> str:
    """The readable name of an enum value (a verdict, an event kind...)."""
    return ENUMS[kind][value][LANGS.index(lang)]
