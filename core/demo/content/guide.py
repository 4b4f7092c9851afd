"""The aid guide's demo content: funders, kinds of aid, referents and twelve aids.

Figures come from the département's health report (study grants, MSPU,
"Innovations en santé", health-centre start-up, health premises) and from
public national schemes (CESP, the CAIM closed on 1 January 2026 and the
contract that replaces it). Contacts are fictitious. Application windows are
given in days from the day the demo is loaded, so that "closing soon" always
has an example.
"""

import datetime
from dataclasses import dataclass, field

from core.demo.content.taxonomy import TermSpec
from core.demo.content.territory import GP, MIDWIFE, NURSE, PHYSIO
from core.demo.text import Bilingual as T

SPECIALIST = "medecin-specialiste"
DENTIST = "chirurgien-dentiste"
STUDENT = "etudiant"
INTERN = "interne"
JUNIOR = "docteur-junior"
LOCUM = "remplacant"
NEW = "jeune-installe"
SETTLED = "installe"

FUNDERS = [
    TermSpec("departement", T("Département de Seine-et-Marne", "Seine-et-Marne Département")),
    TermSpec("region-ile-de-france", T("Région Île-de-France", "Île-de-France Region")),
    TermSpec("ars-ile-de-france", T("ARS Île-de-France", "ARS Île-de-France (health agency)")),
    TermSpec("assurance-maladie", T("Assurance Maladie", "Assurance Maladie (health insurance)")),
    TermSpec("communes-epci", T("Communes et intercommunalités", "Towns and groups of towns")),
    TermSpec("etat", T("État", "French State")),
]

KINDS = [
    TermSpec("subvention", T("Subvention", "Grant")),
    TermSpec("bourse-etudes", T("Bourse d’études", "Study bursary")),
    TermSpec("contrat", T("Contrat", "Contract")),
    TermSpec("prime", T("Prime", "Bonus")),
    TermSpec("exoneration-fiscale", T("Exonération fiscale", "Tax exemption")),
    TermSpec("logement", T("Logement", "Housing")),
    TermSpec("accompagnement", T("Accompagnement", "Support")),
]


@dataclass(frozen=True)
class ReferentSpec:
    key: str
    name: str
    role: T
    organisation: str
    email: str
    phone: str


REFERENTS = [
    ReferentSpec(
        "departement",
        "Claire Moreau",
        T("Chargée de mission démographie médicale", "Medical demography officer"),
        "Département de Seine-et-Marne",
        "demographie.medicale@departement77.test",
        "01 64 14 77 77",
    ),
    ReferentSpec(
        "ars",
        "Julien Lefèvre",
        T("Référent installation, délégation départementale", "Installation adviser, local office"),
        "ARS Île-de-France",
        "installation.77@ars-idf.test",
        "01 64 87 62 00",
    ),
    ReferentSpec(
        "cpam",
        "Nadia Benali",
        T("Conseillère installation des professionnels", "Adviser for professionals settling"),
        "CPAM de Seine-et-Marne",
        "installation.pro@cpam77.test",
        "36 08",
    ),
]


@dataclass(frozen=True)
class AidSpec:
    """One aid of the demo, in French and English; texts are `Bilingual`, links are slugs."""

    key: str
    title: T
    slug: T
    summary: T
    conditions: T
    how_to_apply: T
    kind: str
    funders: tuple[str, ...]
    applicant: str = "person"
    professions: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    required_zone: str = ""
    amount_min: int | None = None
    amount_max: int | None = None
    amount_period: str = "once"
    amount_years: int | None = None
    amount_note: T | None = None
    commitment_years: int | None = None
    commitment_place: T | None = None
    commitment_details: T | None = None
    documents: T | None = None
    window_days: tuple[int, int] | None = None  # (opens, closes) in days from today
    validity: str = "open"
    ended_on: datetime.date | None = None
    superseded_by: str = ""
    referent: str = ""
    official_url: str = ""
    checked_days_ago: int = 30
    extra: dict = field(default_factory=dict)


APPLY_DEPARTEMENT = T(
    "<p>Écrivez à la mission démographie médicale du Département, qui vous envoie le dossier "
    "et vous aide à le remplir.</p>",
    "<p>Write to the Département’s medical demography team, who will send you the form and "
    "help you fill it in.</p>",
)

AIDS = [
    AidSpec(
        key="bourse-departement",
        title=T(
            "Bourse d’études du Département pour les sages-femmes et kinésithérapeutes",
            "Département study grant for midwifery and physiotherapy students",
        ),
        slug=T("bourse-etudes-departement", "departement-study-grant"),
        summary=T(
            "300 € par mois pendant les deux dernières années d’études, avec un accompagnement "
            "personnalisé, si vous vous engagez à exercer en Seine-et-Marne.",
            "€300 a month for the last two years of your studies, with personal support, if you "
            "commit to practise in Seine-et-Marne.",
        ),
        conditions=T(
            "<p>Être inscrit en avant-dernière ou dernière année d’études de sage-femme ou de "
            "masso-kinésithérapie et bénéficier de l’allocation d’études de la Région.</p>",
            "<p>Be in the last or second-to-last year of midwifery or physiotherapy studies and "
            "receive the Region’s study allowance.</p>",
        ),
        how_to_apply=APPLY_DEPARTEMENT,
        kind="bourse-etudes",
        funders=("departement",),
        professions=(MIDWIFE, PHYSIO),
        stages=(STUDENT,),
        required_zone="zip_or_zac",
        amount_max=300,
        amount_min=300,
        amount_period="month",
        amount_years=2,
        commitment_years=3,
        commitment_place=T(
            "principalement en Seine-et-Marne, en zone sous-dotée",
            "mainly in Seine-et-Marne, in an under-served zone",
        ),
        commitment_details=T(
            "commencer dans les six mois qui suivent le diplôme, en secteur 1",
            "start within six months of the diploma, in sector 1",
        ),
        documents=T(
            "Certificat de scolarité\nDécision d’attribution de l’allocation régionale\nRIB",
            "Certificate of enrolment\nDecision granting the Region’s allowance\nBank details",
        ),
        referent="departement",
        official_url="https://www.seine-et-marne.fr/",
        checked_days_ago=40,
    ),
    AidSpec(
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
    ),
    AidSpec(
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
    ),
    AidSpec(
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
    ),
    AidSpec(
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
    ),
    AidSpec(
        key="mspu",
        title=T(
            "Soutien aux maisons de santé universitaires (MSPU)",
            "Support for university health centres (MSPU)",
        ),
        slug=T("soutien-mspu", "mspu-support"),
        summary=T(
            "20 000 € par an aux maisons de santé pluriprofessionnelles qui accueillent et "
            "forment des étudiants ; quatre sont soutenues.",
            "€20,000 a year for multi-professional health centres that host and train students; "
            "four are supported.",
        ),
        conditions=T(
            "<p>Être une maison de santé pluriprofessionnelle labellisée universitaire et "
            "accueillir des étudiants de plusieurs professions.</p>",
            "<p>Be a multi-professional health centre with university status that hosts "
            "students from several professions.</p>",
        ),
        how_to_apply=APPLY_DEPARTEMENT,
        applicant="health_centre",
        kind="subvention",
        funders=("departement",),
        professions=(GP, MIDWIFE, PHYSIO, NURSE),
        stages=(SETTLED,),
        amount_min=20000,
        amount_max=20000,
        amount_period="year",
        referent="departement",
        checked_days_ago=60,
    ),
    AidSpec(
        key="innovations-sante",
        title=T(
            "Appel à projets « Innovations en santé »", "“Innovations in health” call for projects"
        ),
        slug=T("innovations-en-sante", "innovations-in-health"),
        summary=T(
            "Jusqu’à 20 000 € par an et par projet, pendant trois ans au plus, pour faire vivre "
            "un projet qui améliore l’accès aux soins, et une subvention d’investissement.",
            "Up to €20,000 a year per project, for at most three years, to run a project that "
            "improves access to care, and an investment subsidy.",
        ),
        conditions=T(
            "<p>Porter un projet collectif en Seine-et-Marne : télésanté, exercice coordonné, "
            "prévention.</p>",
            "<p>Lead a shared project in Seine-et-Marne: telehealth, coordinated practice, "
            "prevention.</p>",
        ),
        how_to_apply=T(
            "<p>Déposez votre dossier pendant l’appel à projets annuel du Département.</p>",
            "<p>Submit your application during the Département’s yearly call for projects.</p>",
        ),
        applicant="association",
        kind="subvention",
        funders=("departement",),
        stages=(NEW, SETTLED),
        amount_max=20000,
        amount_period="year",
        amount_years=3,
        documents=T(
            "Présentation du projet\nBudget prévisionnel\nStatuts de la structure",
            "Project description\nProvisional budget\nArticles of the organisation",
        ),
        window_days=(-30, 45),
        referent="departement",
        checked_days_ago=15,
    ),
    AidSpec(
        key="centres-sante",
        title=T(
            "Subvention de démarrage des centres de santé",
            "Start-up subsidy for health centres",
        ),
        slug=T("demarrage-centres-de-sante", "health-centre-start-up"),
        summary=T(
            "Une aide au démarrage pour les centres de santé ouverts par des associations, comme "
            "les 36 000 € versés au Centre de santé Sud 77 au Châtelet-en-Brie.",
            "Start-up funding for health centres opened by associations, such as the €36,000 "
            "granted to Centre de santé Sud 77 in Le Châtelet-en-Brie.",
        ),
        conditions=T(
            "<p>Ouvrir un centre de santé géré par une association ou un organisme sans but "
            "lucratif, avec des médecins salariés.</p>",
            "<p>Open a health centre run by an association or a non-profit body, with salaried "
            "doctors.</p>",
        ),
        how_to_apply=APPLY_DEPARTEMENT,
        applicant="association",
        kind="subvention",
        funders=("departement",),
        professions=(GP, NURSE),
        stages=(SETTLED,),
        required_zone="zip_or_zac",
        amount_max=36000,
        amount_period="once",
        referent="departement",
        checked_days_ago=200,
    ),
    AidSpec(
        key="locaux-sante",
        title=T(
            "Aide aux communes pour les locaux de santé",
            "Aid to towns for health premises",
        ),
        slug=T("locaux-de-sante", "health-premises"),
        summary=T(
            "Les communes et intercommunalités qui créent ou agrandissent un pôle médical sont "
            "aidées par les contrats du Département.",
            "Towns and groups of towns that create or extend a medical hub are supported through "
            "the Département’s contracts.",
        ),
        conditions=T(
            "<p>Le projet est porté par une commune ou une intercommunalité, avec des "
            "professionnels de santé prêts à s’y installer.</p>",
            "<p>The project is led by a town or a group of towns, with health professionals "
            "ready to settle there.</p>",
        ),
        how_to_apply=APPLY_DEPARTEMENT,
        applicant="commune",
        kind="subvention",
        funders=("departement", "communes-epci"),
        amount_note=T("Selon le projet.", "Scaled to the project."),
        referent="departement",
        checked_days_ago=500,
    ),
    AidSpec(
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
    ),
    AidSpec(
        key="logement-internes",
        title=T("Aide au logement des internes en stage", "Housing aid for interns on placement"),
        slug=T("logement-internes", "intern-housing"),
        summary=T(
            "Une aide pour payer le loyer pendant un stage de six mois loin de votre faculté, et "
            "la liste des logements recensés avec le CDOM 77.",
            "Help with the rent during a six-month placement far from your faculty, and the list "
            "of housing gathered with CDOM 77.",
        ),
        conditions=T(
            "<p>Être interne en stage dans un lieu agréé de Seine-et-Marne.</p>",
            "<p>Be an intern on placement at an approved site in Seine-et-Marne.</p>",
        ),
        how_to_apply=APPLY_DEPARTEMENT,
        kind="logement",
        funders=("departement",),
        professions=(GP, SPECIALIST),
        stages=(INTERN,),
        amount_max=900,
        amount_period="once",
        amount_note=T("Par semestre de stage.", "Per six-month placement."),
        referent="departement",
        checked_days_ago=30,
    ),
    AidSpec(
        key="accompagnement",
        title=T(
            "Accompagnement personnalisé à l’installation",
            "Personal support for settling",
        ),
        slug=T("accompagnement-installation", "settling-support"),
        summary=T(
            "Un interlocuteur unique au Département vous aide à trouver un lieu d’exercice, un "
            "logement et les aides auxquelles vous avez droit.",
            "A single contact at the Département helps you find a place to practise, housing and "
            "the aids you are entitled to.",
        ),
        conditions=T(
            "<p>Être professionnel de santé ou étudiant et envisager d’exercer en "
            "Seine-et-Marne.</p>",
            "<p>Be a health professional or a student considering practising in "
            "Seine-et-Marne.</p>",
        ),
        how_to_apply=APPLY_DEPARTEMENT,
        kind="accompagnement",
        funders=("departement",),
        referent="departement",
        checked_days_ago=10,
    ),
]
