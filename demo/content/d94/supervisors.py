"""The supervisor directory's demo for Val-de-Marne: supervisors of the two faculties in the
maisons de santé, the municipal health centres and town surgeries, two leads, and the
"become a supervisor" page.

The practitioners are fictional (names, RPPS numbers, e-mails). Approval dates are
relative to the day the demo is loaded.
"""

from demo.blocks import callout, heading, paragraph
from demo.specs import PageSpec
from demo.supervisors import LeadSpec, SupervisorSpec
from demo.text import Bilingual as T
from supervisors.models import BecomeSupervisorPage

GP = ("medecin-generaliste", "medecine-generale")
MIDWIFE = ("sage-femme", "maieutique")
PHYSIO = ("masseur-kinesitherapeute", "kinesitherapie")
UPEC = "upec"
SACLAY = "universite-paris-saclay"

SUPERVISORS = [
    SupervisorSpec(
        "1000300001",
        "Dr",
        "Fatou",
        "Keita",
        *GP,
        place="msp-ivry-sur-seine",
        faculty=UPEC,
        languages=("francais", "anglais"),
        max_interns=3,
        places_now=2,
        places_next=1,
        presentation=T(
            "Médecin généraliste à la maison de santé d’Ivry : suivi des familles, "
            "prévention et consultations sans rendez-vous le samedi matin.",
            "General practitioner at the Ivry maison de santé: family follow-up, prevention "
            "and walk-in consultations on Saturday mornings.",
        ),
    ),
    SupervisorSpec(
        "1000300002",
        "Dr",
        "Julien",
        "Morel",
        *GP,
        place="msp-villejuif",
        faculty=SACLAY,
        approval_days_left=35,
        places_now=1,
        places_next=0,
    ),
    SupervisorSpec(
        "1000300003",
        "",
        "Léa",
        "Nguyen",
        *MIDWIFE,
        place="msp-champigny-sur-marne",
        levels=("etudiant-sage-femme",),
        faculty="ecole-sages-femmes",
        max_interns=1,
        languages=("francais", "espagnol"),
    ),
    SupervisorSpec(
        "1000300004",
        "Dr",
        "Rachid",
        "Belkacem",
        *GP,
        place="msp-cachan",
        faculty=SACLAY,
        languages=("francais", "arabe"),
        places_now=1,
        places_next=2,
        presentation=T(
            "Exercice coordonné avec les infirmiers et la pharmacie ; je forme les internes "
            "à la téléexpertise.",
            "Coordinated practice with nurses and the pharmacy; I train interns in remote "
            "expert advice.",
        ),
    ),
    SupervisorSpec(
        "1000300005",
        "",
        "Marc",
        "Antoine",
        *PHYSIO,
        place="msp-choisy-le-roi",
        levels=("etudiant-kine",),
        faculty="ifmk",
        max_interns=2,
        places_now=2,
    ),
    SupervisorSpec(
        "1000300006",
        "Dr",
        "Hélène",
        "Petitjean",
        *GP,
        place="cms-vitry-sur-seine",
        faculty=UPEC,
        max_interns=2,
        places_now=1,
        places_next=1,
        presentation=T(
            "Médecin salariée du centre municipal de santé de Vitry : une patientèle de tous "
            "âges et un travail en équipe avec les services de la ville.",
            "Salaried doctor at the Vitry municipal health centre: patients of all ages and "
            "teamwork with the town’s services.",
        ),
    ),
    SupervisorSpec(
        "1000300007",
        "Dr",
        "Samuel",
        "Cohen",
        "medecin-generaliste",
        "pediatrie",
        place="cms-champigny-sur-marne",
        faculty=UPEC,
        approval_days_left=50,
    ),
    SupervisorSpec(
        "1000300008",
        "Dr",
        "Inès",
        "Marchetti",
        *GP,
        address="15 avenue de Paris",
        commune="orly",
        faculty=UPEC,
        languages=("francais", "italien"),
    ),
]

LEADS = [
    LeadSpec(
        "1000400001",
        "Yasmine",
        "Haddou",
        "yasmine.haddou@example.org",
        "medecin-generaliste",
        1,
        "new",
        place="msp-villejuif",
        message="Installée depuis deux ans à la maison de santé, j’aimerais accueillir des "
        "externes dès le prochain semestre.",
    ),
    LeadSpec(
        "1000400002",
        "Tom",
        "Becker",
        "tom.becker@example.org",
        "masseur-kinesitherapeute",
        "Dès que possible",
        "contacted",
        address="2 place de la République",
        commune="fontenay-sous-bois",
    ),
]

BECOME_SUPERVISOR = PageSpec(
    key="become-supervisor",
    model=BecomeSupervisorPage,
    title=T("Devenir maître de stage", "Become a supervisor"),
    slug=T("devenir-maitre-de-stage", "become-a-supervisor"),
    fields={
        "intro": T(
            "Accueillir un étudiant ou un interne, c’est transmettre votre métier et lui faire "
            "découvrir l’exercice en ville, dans une maison ou un centre de santé.",
            "Hosting a student or an intern means passing on your craft and showing them "
            "practice in town, in a maison de santé or a health centre.",
        ),
        "body": [
            heading(T("Les conditions", "The conditions")),
            paragraph(
                T(
                    "<ul><li>Être inscrit au tableau de l’Ordre et exercer depuis au moins un "
                    "an.</li><li>Suivre la formation pédagogique de l’une des deux facultés, "
                    "à Créteil ou au Kremlin-Bicêtre.</li><li>Offrir à l’étudiant un poste de "
                    "travail et une activité variée.</li></ul>",
                    "<ul><li>Be registered with the Order and have practised for at least a "
                    "year.</li><li>Take the teaching course of one of the two faculties, in "
                    "Créteil or Le Kremlin-Bicêtre.</li><li>Give the student a workstation and "
                    "varied work.</li></ul>",
                )
            ),
            callout(
                T("Vous hésitez ?", "Not sure yet?"),
                T(
                    "<p>Déclarer votre intérêt ne vous engage à rien : le CDOM 94 vous appelle "
                    "pour en parler.</p>",
                    "<p>Declaring your interest commits you to nothing: CDOM 94 will call you "
                    "to talk it over.</p>",
                ),
            ),
        ],
        "form_intro": T(
            "<p>Laissez-nous vos coordonnées : le CDOM 94 vous recontacte pour vous présenter "
            "la formation et l’agrément.</p>",
            "<p>Leave us your details: CDOM 94 will contact you to present the training and "
            "the approval.</p>",
        ),
        "thanks": T(
            "<p>Vous allez recevoir un accusé de réception par e-mail. Le CDOM 94 vous appelle "
            "dans les prochaines semaines.</p>",
            "<p>You will receive an acknowledgement by e-mail. CDOM 94 will call you in the "
            "coming weeks.</p>",
        ),
    },
)
