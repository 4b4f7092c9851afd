"""The aid guide's demo content: funders, kinds of aid, referents and twelve aids.

Figures come from the département's health report (study grants, MSPU,
"Innovations en santé", health-centre start-up, health premises) and from
public national schemes (CESP, the CAIM closed on 1 January 2026 and the
contract that replaces it). Contacts are fictitious. Application windows are
given in days from the day the demo is loaded, so that "closing soon" always
has an example.
"""

from demo.content.national_aids import (
    CAIM,
    CESP,
    INSTALLATION_CONTRACT,
    OUT_OF_HOURS_EXEMPTION,
    REGION_ALLOWANCE,
)
from demo.guide import AidSpec, ReferentSpec
from demo.specs import GP, MIDWIFE, NURSE, PHYSIO, SPECIALIST
from demo.taxonomy import TermSpec
from demo.text import Bilingual as T

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
    REGION_ALLOWANCE,
    CESP,
    INSTALLATION_CONTRACT,
    CAIM,
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
    OUT_OF_HOURS_EXEMPTION,
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
