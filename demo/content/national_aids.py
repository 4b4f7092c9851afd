"""Aids of the Région, the State and the Assurance Maladie, the same in every département
of Île-de-France: the regional study allowance, the CESP, the installation contract that
replaced the CAIM on 1 January 2026 (and the CAIM itself, closed), the tax exemption for
out-of-hours care. Each département's demo lists them beside its own aids; their contacts
are the département's referents "ars" and "cpam".
"""

import datetime

from demo.guide import AidSpec
from demo.specs import DENTIST, GP, MIDWIFE, PHYSIO, SPECIALIST
from demo.text import Bilingual as T

STUDENT = "etudiant"
INTERN = "interne"
LOCUM = "remplacant"
NEW = "jeune-installe"
SETTLED = "installe"

REGION_ALLOWANCE = AidSpec(
    key="allocation-region",
    title=T(
        "Allocation d’études de la Région Île-de-France",
        "Île-de-France Region study allowance",
    ),
    slug=T("allocation-etudes-region", "region-study-allowance"),
    summary=T(
        "700 € par mois pour les étudiants sages-femmes et kinésithérapeutes qui s’engagent "
        "à exercer dans une zone sous-dotée d’Île-de-France.",
        "€700 a month for midwifery and physiotherapy students who commit to practise in an "
        "under-served zone of Île-de-France.",
    ),
    conditions=T(
        "<p>Être en dernière ou avant-dernière année d’études et s’engager à exercer en "
        "secteur 1 dans une zone d’intervention prioritaire ou d’action complémentaire.</p>",
        "<p>Be in the last or second-to-last year of studies and commit to practise in "
        "sector 1 in a priority intervention or complementary action zone.</p>",
    ),
    how_to_apply=T(
        "<p>La demande se fait en ligne sur le site de la Région, pendant l’appel à "
        "candidatures annuel.</p>",
        "<p>Apply online on the Region’s website during the yearly call for applications.</p>",
    ),
    kind="bourse-etudes",
    funders=("region-ile-de-france",),
    professions=(MIDWIFE, PHYSIO),
    stages=(STUDENT,),
    required_zone="zip_or_zac",
    amount_min=700,
    amount_max=700,
    amount_period="month",
    amount_years=2,
    commitment_years=3,
    commitment_place=T(
        "dans une zone sous-dotée d’Île-de-France", "in an under-served zone of Île-de-France"
    ),
    window_days=(-60, 20),
    official_url="https://www.iledefrance.fr/",
    checked_days_ago=90,
)

CESP = AidSpec(
    key="cesp",
    title=T(
        "Contrat d’engagement de service public (CESP)",
        "Public service commitment contract (CESP)",
    ),
    slug=T("cesp", "cesp"),
    summary=T(
        "Une allocation mensuelle pendant les études de médecine ou d’odontologie, contre "
        "l’engagement d’exercer ensuite dans une zone où l’offre de soins manque.",
        "A monthly allowance during medical or dental studies, in return for practising "
        "afterwards in a zone short of care.",
    ),
    conditions=T(
        "<p>Être étudiant en médecine ou en odontologie à partir de la deuxième année, ou "
        "interne.</p>",
        "<p>Be a medical or dental student from the second year on, or an intern.</p>",
    ),
    how_to_apply=T(
        "<p>Candidatez auprès de votre faculté, qui transmet les dossiers à l’ARS.</p>",
        "<p>Apply through your faculty, which forwards the applications to the ARS.</p>",
    ),
    kind="contrat",
    funders=("etat", "ars-ile-de-france"),
    professions=(GP, SPECIALIST, DENTIST),
    stages=(STUDENT, INTERN),
    required_zone="zip_or_zac",
    amount_max=1200,
    amount_period="month",
    amount_note=T("Versée jusqu’à la fin des études.", "Paid until the end of your studies."),
    commitment_years=2,
    commitment_place=T(
        "dans une zone sous-dotée, autant d’années que d’allocation perçue",
        "in an under-served zone, as many years as you received the allowance",
    ),
    referent="ars",
    official_url="https://www.cng.sante.fr/",
    checked_days_ago=120,
)

INSTALLATION_CONTRACT = AidSpec(
    key="contrat-installation-2026",
    title=T(
        "Contrat d’aide à l’installation en zone sous-dotée",
        "Contract supporting installation in an under-served zone",
    ),
    slug=T("contrat-installation-zone-sous-dotee", "installation-contract-underserved-zone"),
    summary=T(
        "Le contrat de l’Assurance Maladie qui remplace le CAIM depuis le 1er janvier 2026 "
        "pour les médecins qui s’installent en zone d’intervention prioritaire.",
        "The Assurance Maladie contract that replaces the CAIM since 1 January 2026 for "
        "doctors settling in a priority intervention zone.",
    ),
    conditions=T(
        "<p>S’installer en libéral, en secteur 1, dans une zone d’intervention prioritaire, "
        "et y exercer au moins cinq ans.</p>",
        "<p>Settle in private practice, in sector 1, in a priority intervention zone, and "
        "practise there for at least five years.</p>",
    ),
    how_to_apply=T(
        "<p>Prenez rendez-vous avec le conseiller installation de la CPAM avant votre "
        "installation.</p>",
        "<p>Book a meeting with the health insurance fund’s installation adviser before you "
        "settle.</p>",
    ),
    kind="contrat",
    funders=("assurance-maladie",),
    professions=(GP, SPECIALIST),
    stages=(LOCUM, NEW),
    required_zone="zip",
    amount_max=50000,
    amount_period="once",
    amount_note=T(
        "Versé en deux fois ; le montant exact dépend de votre activité.",
        "Paid in two instalments; the exact amount depends on your activity.",
    ),
    commitment_years=5,
    commitment_place=T("dans la zone d’installation", "in the zone where you settle"),
    referent="cpam",
    official_url="https://www.ameli.fr/",
    checked_days_ago=20,
)

CAIM = AidSpec(
    key="caim",
    title=T(
        "Contrat d’aide à l’installation des médecins (CAIM)",
        "Doctors’ installation aid contract (CAIM)",
    ),
    slug=T("caim", "caim"),
    summary=T(
        "L’ancien contrat national d’aide à l’installation en zone sous-dotée. Il ne prend "
        "plus de nouvelles signatures depuis le 1er janvier 2026.",
        "The former national contract for settling in an under-served zone. It has taken no "
        "new signatures since 1 January 2026.",
    ),
    conditions=T(
        "<p>Les contrats signés avant le 1er janvier 2026 continuent jusqu’à leur terme.</p>",
        "<p>Contracts signed before 1 January 2026 run until they end.</p>",
    ),
    how_to_apply=T(
        "<p>Il n’est plus possible de signer ce contrat : voyez celui qui le remplace.</p>",
        "<p>This contract can no longer be signed: see the one that replaces it.</p>",
    ),
    kind="contrat",
    funders=("assurance-maladie",),
    professions=(GP, SPECIALIST),
    stages=(NEW,),
    required_zone="zip",
    amount_max=50000,
    amount_period="once",
    commitment_years=5,
    commitment_place=T("dans la zone d’installation", "in the zone where you settle"),
    validity="superseded",
    ended_on=datetime.date(2026, 1, 1),
    superseded_by="contrat-installation-2026",
    referent="cpam",
    official_url="https://www.ameli.fr/",
    checked_days_ago=400,
)

OUT_OF_HOURS_EXEMPTION = AidSpec(
    key="exoneration-pdsa",
    title=T(
        "Exonération d’impôt sur la permanence des soins",
        "Income tax exemption for out-of-hours care",
    ),
    slug=T("exoneration-permanence-des-soins", "out-of-hours-tax-exemption"),
    summary=T(
        "Les médecins qui assurent la permanence des soins dans une zone sous-dotée ne paient "
        "pas d’impôt sur le revenu sur ces rémunérations, dans une limite de 60 jours par an.",
        "Doctors who provide out-of-hours care in an under-served zone pay no income tax on "
        "that pay, up to 60 days a year.",
    ),
    conditions=T(
        "<p>Participer à la permanence des soins ambulatoires dans une zone d’intervention "
        "prioritaire ou d’action complémentaire.</p>",
        "<p>Take part in out-of-hours primary care in a priority intervention or "
        "complementary action zone.</p>",
    ),
    how_to_apply=T(
        "<p>Déclarez ces rémunérations comme exonérées dans votre déclaration de revenus.</p>",
        "<p>Declare this pay as exempt in your income tax return.</p>",
    ),
    kind="exoneration-fiscale",
    funders=("etat",),
    professions=(GP,),
    stages=(NEW, SETTLED),
    required_zone="zip_or_zac",
    official_url="https://www.impots.gouv.fr/",
    checked_days_ago=100,
)
