"""The supervisor directory's demo: its lists, twenty supervisors, three leads, and the
"become a supervisor" page.

The practitioners are fictional (names, RPPS numbers, e-mails); the places
are the demo's places to practise, among them the four university health
centres (MSPU) the Département funds. Approval dates are relative to the day
the demo is loaded, so that a few approvals always end within 60 days.
"""

from demo.blocks import callout, heading, paragraph
from demo.specs import PageSpec
from demo.supervisors import LeadSpec, SupervisorSpec
from demo.text import Bilingual as T
from supervisors.models import BecomeSupervisorPage

GP = ("medecin-generaliste", "medecine-generale")
MIDWIFE = ("sage-femme", "maieutique")
PHYSIO = ("masseur-kinesitherapeute", "kinesitherapie")

SUPERVISORS = [
    SupervisorSpec(
        "1000100001",
        "Dr",
        "Claire",
        "Moreau",
        *GP,
        place="mspu-coulommiers",
        languages=("francais", "anglais"),
        max_interns=3,
        places_now=2,
        places_next=1,
        presentation=T(
            "Médecin généraliste à la maison de santé universitaire de Coulommiers depuis "
            "douze ans. Consultations de suivi, soins non programmés, visites à domicile et "
            "une journée par mois en EHPAD.",
            "General practitioner at the Coulommiers university health centre for twelve "
            "years. Follow-up consultations, same-day care, home visits and one day a month "
            "in a care home.",
        ),
    ),
    SupervisorSpec(
        "1000100002",
        "Dr",
        "Karim",
        "Haddad",
        *GP,
        place="mspu-coulommiers",
        languages=("francais", "arabe", "anglais"),
        places_now=0,
        places_next=2,
        presentation=T(
            "Médecine générale et suivi des maladies chroniques ; je co-anime le groupe "
            "de pairs de la maison de santé.",
            "General medicine and chronic disease follow-up; I co-lead the health centre’s "
            "peer group.",
        ),
    ),
    SupervisorSpec(
        "1000100003",
        "",
        "Élodie",
        "Garnier",
        *MIDWIFE,
        place="mspu-coulommiers",
        levels=("etudiant-sage-femme",),
        faculty="ecole-sages-femmes",
        max_interns=1,
        presentation=T(
            "Sage-femme libérale : suivi de grossesse, préparation à la naissance, "
            "rééducation périnéale et consultations de contraception.",
            "Self-employed midwife: pregnancy follow-up, antenatal classes, perineal "
            "rehabilitation and contraception consultations.",
        ),
    ),
    SupervisorSpec(
        "1000100004",
        "Dr",
        "Thomas",
        "Lefebvre",
        *GP,
        place="mspu-fontainebleau",
        faculty="universite-paris-saclay",
        languages=("francais", "allemand"),
        approval_days_left=40,
        presentation=T(
            "Médecin généraliste, maître de stage depuis 2015. Activité de ville avec une "
            "part de médecine du sport.",
            "General practitioner, supervisor since 2015. Town practice with some sports medicine.",
        ),
    ),
    SupervisorSpec(
        "1000100005",
        "Dr",
        "Sophie",
        "Marchand",
        "medecin-generaliste",
        "pediatrie",
        place="mspu-fontainebleau",
        faculty="universite-paris-saclay",
        places_now=1,
        languages=("francais", "anglais", "espagnol"),
    ),
    SupervisorSpec(
        "1000100006",
        "",
        "Julien",
        "Perrin",
        *PHYSIO,
        place="mspu-fontainebleau",
        levels=("etudiant-kine",),
        faculty="ifmk",
        max_interns=2,
        places_now=2,
    ),
    SupervisorSpec(
        "1000100007",
        "Dr",
        "Nathalie",
        "Roux",
        *GP,
        place="mspu-nemours",
        faculty="sorbonne-universite",
        max_interns=3,
        places_now=2,
        places_next=2,
        presentation=T(
            "Médecine générale en zone rurale : une patientèle de tous âges, beaucoup de "
            "coordination avec les infirmiers et la pharmacie.",
            "Rural general practice: patients of all ages and a lot of coordination with "
            "nurses and the pharmacy.",
        ),
    ),
    SupervisorSpec(
        "1000100008",
        "Dr",
        "Antoine",
        "Blanc",
        *GP,
        place="mspu-nemours",
        faculty="sorbonne-universite",
        approval_days_left=25,
        places_now=0,
        places_next=0,
    ),
    SupervisorSpec(
        "1000100009",
        "",
        "Camille",
        "Fontaine",
        *MIDWIFE,
        place="mspu-nemours",
        levels=("etudiant-sage-femme",),
        faculty="ecole-sages-femmes",
        max_interns=1,
        languages=("francais", "portugais"),
    ),
    SupervisorSpec(
        "1000100010",
        "Dr",
        "Mehdi",
        "Benali",
        *GP,
        place="mspu-torcy",
        faculty="universite-paris-cite",
        languages=("francais", "arabe"),
        max_interns=2,
        presentation=T(
            "Médecin généraliste en ville nouvelle : consultations, prévention, éducation "
            "thérapeutique et téléconsultation.",
            "General practitioner in a new town: consultations, prevention, patient "
            "education and teleconsultation.",
        ),
    ),
    SupervisorSpec(
        "1000100011",
        "Dr",
        "Laure",
        "Vidal",
        "medecin-generaliste",
        "geriatrie",
        place="mspu-torcy",
        faculty="universite-paris-cite",
        places_now=1,
        places_next=0,
    ),
    SupervisorSpec(
        "1000100012",
        "",
        "Hugo",
        "Mercier",
        *PHYSIO,
        place="mspu-torcy",
        levels=("etudiant-kine",),
        faculty="ifmk",
        languages=("francais", "anglais"),
    ),
    SupervisorSpec(
        "1000100013",
        "Dr",
        "Isabelle",
        "Chevalier",
        *GP,
        place="centre-sante-sud-77",
        faculty="upec",
        places_now=1,
        places_next=1,
    ),
    SupervisorSpec(
        "1000100014",
        "Dr",
        "Paul",
        "Girard",
        *GP,
        address="8 place du Marché",
        commune="provins",
        faculty="upec",
        languages=("francais", "roumain"),
        presentation=T(
            "Cabinet de groupe au centre de Provins, trois médecins et une infirmière Asalée.",
            "Group practice in the centre of Provins: three doctors and a practice nurse.",
        ),
    ),
    SupervisorSpec(
        "1000100015",
        "Dr",
        "Anne",
        "Lambert",
        "medecin-specialiste",
        "psychiatrie",
        address="21 rue du Général de Gaulle",
        commune="meaux",
        levels=("phase-approfondissement", "docteur-junior"),
        faculty="sorbonne-universite",
        max_interns=1,
        places_now=0,
        places_next=1,
    ),
    SupervisorSpec(
        "1000100016",
        "Dr",
        "Olivier",
        "Faure",
        "medecin-specialiste",
        "gynecologie-medicale",
        address="5 avenue Thiers",
        commune="melun",
        levels=("externe", "phase-approfondissement"),
        faculty="upec",
        max_interns=1,
        languages=("francais", "italien"),
    ),
    SupervisorSpec(
        "1000100017",
        "Dr",
        "Sarah",
        "Dupont",
        *GP,
        address="14 rue de la Gare",
        commune="la-ferte-sous-jouarre",
        faculty="universite-sorbonne-paris-nord",
        places_now=2,
        places_next=2,
        languages=("francais", "anglais"),
    ),
    SupervisorSpec(
        "1000100018",
        "Dr",
        "Bruno",
        "Colin",
        *GP,
        address="3 rue Grande",
        commune="montereau-fault-yonne",
        faculty="universite-paris-saclay",
        approval_days_left=55,
        places_now=1,
    ),
    SupervisorSpec(
        "1000100019",
        "",
        "Marion",
        "Lucas",
        *MIDWIFE,
        address="2 rue de Paris",
        commune="chelles",
        levels=("etudiant-sage-femme",),
        faculty="ecole-sages-femmes",
        max_interns=1,
        languages=("francais", "espagnol"),
    ),
    SupervisorSpec(
        "1000100020",
        "Dr",
        "Vincent",
        "Bertrand",
        *GP,
        address="10 place de l’Église",
        commune="nangis",
        faculty="upec",
        places_now=1,
        places_next=1,
    ),
]

LEADS = [
    LeadSpec(
        "1000200001",
        "Lucie",
        "Martin",
        "lucie.martin@example.org",
        "medecin-generaliste",
        2,
        "new",
        address="6 rue Pasteur",
        commune="rozay-en-brie",
        message="Installée depuis quatre ans, j’aimerais accueillir des externes puis des "
        "internes. Quelles sont les dates de la prochaine formation ?",
    ),
    LeadSpec(
        "1000200002",
        "David",
        "Nguyen",
        "david.nguyen@example.org",
        "masseur-kinesitherapeute",
        "Dès que possible",
        "contacted",
        place="mspu-nemours",
    ),
    LeadSpec(
        "1000200003",
        "Helen",
        "Carter",
        "helen.carter@example.org",
        "sage-femme",
        1,
        "training",
        address="1 place de la Mairie",
        commune="bray-sur-seine",
        message="I trained in the UK and have practised here for six years.",
        language="en",
    ),
]

BECOME_SUPERVISOR = PageSpec(
    key="become-supervisor",
    model=BecomeSupervisorPage,
    title=T("Devenir maître de stage", "Become a supervisor"),
    slug=T("devenir-maitre-de-stage", "become-a-supervisor"),
    fields={
        "intro": T(
            "Accueillir un étudiant ou un interne, c’est transmettre votre métier et faire "
            "connaître votre territoire à celles et ceux qui s’y installeront peut-être.",
            "Hosting a student or an intern means passing on your craft and showing your "
            "area to people who may settle here.",
        ),
        "body": [
            heading(T("Les conditions", "The conditions")),
            paragraph(
                T(
                    "<ul><li>Être inscrit au tableau de l’Ordre et exercer depuis au moins un "
                    "an, en cabinet, en maison ou en centre de santé.</li>"
                    "<li>Suivre la formation pédagogique de la faculté (deux à trois "
                    "journées, indemnisées).</li>"
                    "<li>Pouvoir offrir à l’étudiant un poste de travail et une activité "
                    "variée.</li></ul>",
                    "<ul><li>Be registered with the Order and have practised for at least a "
                    "year, in a practice, a maison de santé or a health centre.</li>"
                    "<li>Take the faculty’s teaching course (two to three days, "
                    "compensated).</li>"
                    "<li>Be able to give the student a workstation and varied work.</li></ul>",
                )
            ),
            heading(T("L’agrément de la faculté", "The faculty’s approval")),
            paragraph(
                T(
                    "<p>La faculté délivre l’agrément pour cinq ans au plus. Il précise les "
                    "niveaux d’étudiants que vous accueillez et le nombre maximal d’internes "
                    "présents en même temps. Les internes changent de stage début novembre et "
                    "début mai.</p>",
                    "<p>The faculty grants the approval for at most five years. It states the "
                    "levels of students you host and the maximum number of interns at once. "
                    "Interns change placements in early November and early May.</p>",
                )
            ),
            heading(
                T(
                    "Ce que le Département et le CDOM vous apportent",
                    "What the Département and the CDOM offer",
                )
            ),
            paragraph(
                T(
                    "<ul><li>Le Conseil départemental de l’Ordre des médecins vous accompagne "
                    "dans la démarche et vous met en relation avec la faculté.</li>"
                    "<li>Le Département soutient les maisons de santé universitaires à hauteur "
                    "de 20 000 € par an chacune, à Coulommiers, Fontainebleau, Nemours et "
                    "Torcy.</li>"
                    "<li>Vos étudiants trouvent un logement près de votre cabinet grâce au "
                    "recensement des logements du portail, et sont invités aux soirées "
                    "d’accueil des internes.</li></ul>",
                    "<ul><li>The departmental Council of the Order of Physicians guides you "
                    "through the process and puts you in touch with the faculty.</li>"
                    "<li>The Département supports the university health centres with €20,000 "
                    "a year each, in Coulommiers, Fontainebleau, Nemours and Torcy.</li>"
                    "<li>Your students find housing near your practice through the portal’s "
                    "housing list, and are invited to the intern welcome evenings.</li></ul>",
                )
            ),
            callout(
                T("Vous hésitez ?", "Not sure yet?"),
                T(
                    "<p>Déclarer votre intérêt ne vous engage à rien : le CDOM vous appelle "
                    "pour en parler.</p>",
                    "<p>Declaring your interest commits you to nothing: the CDOM will call "
                    "you to talk it over.</p>",
                ),
            ),
        ],
        "form_intro": T(
            "<p>Laissez-nous vos coordonnées : l’équipe du CDOM vous recontacte pour vous "
            "présenter la formation et l’agrément.</p>",
            "<p>Leave us your details: the CDOM team will contact you to present the training "
            "and the approval.</p>",
        ),
        "thanks": T(
            "<p>Vous allez recevoir un accusé de réception par e-mail. L’équipe du CDOM vous "
            "appelle dans les prochaines semaines.</p>",
            "<p>You will receive an acknowledgement by e-mail. The CDOM team will call you in "
            "the coming weeks.</p>",
        ),
    },
)
