"""The aid guide's demo content for Val-de-Marne: funders, referents and aids.

The Département's own aids come from its health roadmap 2024–2028: the support
to municipal health centres (CMS) and maisons de santé (MSP), scaled to the
commune's shortage of care (shown here as an amount per zone of the ARS
zonage; the amounts are illustrative), the yearly call for projects from
2024, digital health equipment, and the installation guide itself. The
regional and national aids are shared with every Île-de-France demo.
Contacts are fictitious.
"""

from demo.content.national_aids import (
    CAIM,
    CESP,
    INSTALLATION_CONTRACT,
    INTERN,
    LOCUM,
    NEW,
    OUT_OF_HOURS_EXEMPTION,
    REGION_ALLOWANCE,
    SETTLED,
    STUDENT,
)
from demo.guide import AidSpec, ReferentSpec
from demo.specs import GP, MIDWIFE, NURSE, PHYSIO
from demo.taxonomy import TermSpec
from demo.text import Bilingual as T

FUNDERS = [
    TermSpec("departement", T("Département du Val-de-Marne", "Val-de-Marne Département")),
    TermSpec("region-ile-de-france", T("Région Île-de-France", "Île-de-France Region")),
    TermSpec("ars-ile-de-france", T("ARS Île-de-France", "ARS Île-de-France (health agency)")),
    TermSpec("assurance-maladie", T("Assurance Maladie", "Assurance Maladie (health insurance)")),
    TermSpec("communes-epci", T("Communes et intercommunalités", "Towns and groups of towns")),
    TermSpec("etat", T("État", "French State")),
]

REFERENTS = [
    ReferentSpec(
        "departement",
        "Amina Diallo",
        T("Chargée de mission accès aux soins", "Access-to-care officer"),
        "Département du Val-de-Marne",
        "acces.soins@departement94.test",
        "39 94",
    ),
    ReferentSpec(
        "ars",
        "Pierre Caron",
        T("Référent installation, délégation départementale", "Installation adviser, local office"),
        "ARS Île-de-France",
        "installation.94@ars-idf.test",
        "01 49 81 86 00",
    ),
    ReferentSpec(
        "cpam",
        "Sonia Ferreira",
        T("Conseillère installation des professionnels", "Adviser for professionals settling"),
        "CPAM du Val-de-Marne",
        "installation.pro@cpam94.test",
        "36 08",
    ),
]

APPLY_DEPARTEMENT = T(
    "<p>Écrivez à la mission accès aux soins du Département, qui vous envoie le dossier et "
    "vous aide à le remplir.</p>",
    "<p>Write to the Département’s access-to-care team, who will send you the form and help "
    "you fill it in.</p>",
)
SCALED = T(
    "Montants de démonstration : la contribution du Département dépend du déficit d’offre "
    "de soins de la commune.",
    "Demonstration amounts: the Département’s contribution depends on the commune’s "
    "shortage of care.",
)

AIDS = [
    AidSpec(
        key="soutien-cms-msp",
        title=T(
            "Soutien à la création de centres municipaux de santé et de maisons de santé",
            "Support for new municipal health centres and maisons de santé",
        ),
        slug=T("soutien-cms-msp", "health-centre-support"),
        summary=T(
            "Le Département cofinance la création des centres municipaux de santé et des "
            "maisons de santé pluriprofessionnelles ; sa part dépend du manque de soignants "
            "dans la commune. Cinq maisons de santé en ont déjà bénéficié.",
            "The Département co-finances new municipal health centres and multi-professional "
            "maisons de santé; its share depends on how short of carers the commune is. Five "
            "maisons de santé have already been funded.",
        ),
        conditions=T(
            "<p>Le projet est porté par une commune, un centre municipal de santé ou une "
            "équipe de professionnels réunis en maison de santé, avec un projet de santé "
            "validé par l’ARS.</p>",
            "<p>The project is led by a commune, a municipal health centre or a team of "
            "professionals forming a maison de santé, with a health project approved by the "
            "ARS.</p>",
        ),
        how_to_apply=APPLY_DEPARTEMENT,
        applicant="commune",
        kind="subvention",
        funders=("departement",),
        professions=(GP,),
        amount_min=50000,
        amount_max=150000,
        amount_period="once",
        amount_note=SCALED,
        zone_amounts=(("zip", None, 150000), ("zac", None, 100000), ("none", None, 50000)),
        referent="departement",
        checked_days_ago=20,
    ),
    AidSpec(
        key="installation-msp-cms",
        title=T(
            "Aide départementale à l’installation en maison ou centre de santé",
            "Département aid for settling in a maison de santé or health centre",
        ),
        slug=T("aide-installation-msp-cms", "settling-aid-health-centre"),
        summary=T(
            "Une aide au démarrage pour les médecins généralistes qui rejoignent une maison de "
            "santé ou un centre municipal de santé du Val-de-Marne, plus forte là où les "
            "soignants manquent le plus.",
            "Start-up help for general practitioners joining a maison de santé or a municipal "
            "health centre in Val-de-Marne, larger where carers are scarcest.",
        ),
        conditions=T(
            "<p>S’installer ou être salarié dans une maison de santé ou un centre municipal de "
            "santé d’une commune classée en zone d’intervention prioritaire ou d’action "
            "complémentaire, et y exercer au moins trois ans.</p>",
            "<p>Settle or be employed in a maison de santé or a municipal health centre in a "
            "commune classified as a priority intervention or complementary action zone, and "
            "practise there for at least three years.</p>",
        ),
        how_to_apply=APPLY_DEPARTEMENT,
        kind="prime",
        funders=("departement",),
        professions=(GP,),
        stages=(LOCUM, NEW),
        required_zone="zip_or_zac",
        amount_min=7500,
        amount_max=15000,
        amount_period="once",
        amount_note=SCALED,
        zone_amounts=(("zip", None, 15000), ("zac", None, 7500)),
        commitment_years=3,
        commitment_place=T(
            "dans la maison ou le centre de santé", "in the maison de santé or health centre"
        ),
        referent="departement",
        checked_days_ago=12,
    ),
    REGION_ALLOWANCE,
    CESP,
    INSTALLATION_CONTRACT,
    CAIM,
    AidSpec(
        key="appel-a-projets-sante",
        title=T(
            "Appel à projets santé du Département", "The Département’s health call for projects"
        ),
        slug=T("appel-a-projets-sante", "health-call-for-projects"),
        summary=T(
            "Chaque année depuis 2024, le Département soutient les projets de prévention, de "
            "promotion de la santé et d’accompagnement des patients portés par les villes, "
            "les centres municipaux de santé et les associations.",
            "Every year since 2024, the Département has supported prevention, health promotion "
            "and patient support projects led by towns, municipal health centres and "
            "associations.",
        ),
        conditions=T(
            "<p>Être une ville, un centre municipal de santé ou une association du "
            "Val-de-Marne, et viser les publics prioritaires du Département.</p>",
            "<p>Be a town, a municipal health centre or an association in Val-de-Marne, and "
            "reach the Département’s priority groups.</p>",
        ),
        how_to_apply=T(
            "<p>Déposez votre dossier pendant l’appel à projets annuel.</p>",
            "<p>Submit your application during the yearly call for projects.</p>",
        ),
        applicant="association",
        kind="subvention",
        funders=("departement",),
        amount_note=T(
            "En 2023, 16 associations, 2 villes et 1 centre municipal de santé ont reçu "
            "173 655 € en tout.",
            "In 2023, 16 associations, 2 towns and 1 municipal health centre received "
            "€173,655 in all.",
        ),
        documents=T(
            "Présentation du projet\nBudget prévisionnel\nStatuts de la structure",
            "Project description\nProvisional budget\nArticles of the organisation",
        ),
        window_days=(-20, 40),
        referent="departement",
        checked_days_ago=8,
    ),
    AidSpec(
        key="numerique-sante",
        title=T(
            "Équipement numérique des structures de santé",
            "Digital equipment for health centres",
        ),
        slug=T("equipement-numerique", "digital-equipment"),
        summary=T(
            "Le Département aide les structures qu’il soutient à s’équiper en informatique, "
            "par exemple pour le télésuivi des patients atteints de maladies chroniques.",
            "The Département helps the centres it supports buy computer equipment, for "
            "instance for the remote monitoring of patients with chronic diseases.",
        ),
        conditions=T(
            "<p>Être une maison de santé ou un centre de santé soutenu par le Département.</p>",
            "<p>Be a maison de santé or a health centre supported by the Département.</p>",
        ),
        how_to_apply=APPLY_DEPARTEMENT,
        applicant="health_centre",
        kind="subvention",
        funders=("departement",),
        professions=(GP, NURSE),
        amount_note=T("Selon le projet.", "Scaled to the project."),
        referent="departement",
        checked_days_ago=45,
    ),
    OUT_OF_HOURS_EXEMPTION,
    AidSpec(
        key="stages-facultes",
        title=T(
            "Stages en Val-de-Marne avec les deux facultés de médecine",
            "Placements in Val-de-Marne with the two medical faculties",
        ),
        slug=T("stages-facultes", "faculty-placements"),
        summary=T(
            "Avec l’Université Paris-Est Créteil et la faculté de médecine Paris-Saclay au "
            "Kremlin-Bicêtre, le Département fait découvrir aux étudiants l’exercice en ville "
            "dans le département : stages, rencontres et logement.",
            "With Université Paris-Est Créteil and the Paris-Saclay medical faculty in Le "
            "Kremlin-Bicêtre, the Département shows students what practising in town is like "
            "here: placements, meetings and housing.",
        ),
        conditions=T(
            "<p>Être étudiant ou interne de l’une des deux facultés.</p>",
            "<p>Be a student or intern of one of the two faculties.</p>",
        ),
        how_to_apply=APPLY_DEPARTEMENT,
        kind="accompagnement",
        funders=("departement",),
        professions=(GP, MIDWIFE, PHYSIO),
        stages=(STUDENT, INTERN),
        referent="departement",
        checked_days_ago=30,
    ),
    AidSpec(
        key="accompagnement",
        title=T("Accompagnement personnalisé à l’installation", "Personal support for settling"),
        slug=T("accompagnement-installation", "settling-support"),
        summary=T(
            "Un interlocuteur unique au Département vous aide à trouver un lieu d’exercice, un "
            "logement et les aides auxquelles vous avez droit.",
            "A single contact at the Département helps you find a place to practise, housing "
            "and the aids you are entitled to.",
        ),
        conditions=T(
            "<p>Être professionnel de santé ou étudiant et envisager d’exercer en "
            "Val-de-Marne.</p>",
            "<p>Be a health professional or a student considering practising in Val-de-Marne.</p>",
        ),
        how_to_apply=APPLY_DEPARTEMENT,
        kind="accompagnement",
        funders=("departement",),
        stages=(NEW, SETTLED),
        referent="departement",
        checked_days_ago=10,
    ),
]
