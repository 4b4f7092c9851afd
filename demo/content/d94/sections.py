"""The section index pages: the guide (with its « Vivre ici » page), housing, supervisors."""

from demo.blocks import callout, heading, paragraph
from demo.content.d94.living import LIVING
from demo.specs import PageSpec
from demo.text import Bilingual as T
from guide.models import GuideIndexPage
from housing.models import HousingIndexPage
from supervisors.models import SupervisorIndexPage

GUIDE = PageSpec(
    key="guide",
    model=GuideIndexPage,
    title=T("Aides à l’installation", "Installation aids"),
    slug=T("aides", "aids"),
    show_in_menus=True,
    children=(LIVING,),
    fields={
        "card_summary": T(
            "Subventions, aides au démarrage et accompagnement, et ce qu’est la vie ici : "
            "le guide d’installation du Val-de-Marne.",
            "Subsidies, start-up aid and support, and what life is like here: the "
            "Val-de-Marne installation guide.",
        ),
        "intro": T(
            "<p>Le Département, la Région Île-de-France, l’Agence régionale de santé et "
            "l’Assurance Maladie aident les professionnels de santé à s’installer. Ce guide "
            "réunit leurs aides et montre, commune par commune, ce qu’elles apportent là où "
            "vous voulez exercer.</p>",
            "<p>The Département, the Île-de-France Region, the regional health agency (ARS) "
            "and the national health insurance fund help health professionals settle. This "
            "guide brings their aids together and shows, commune by commune, what they bring "
            "where you want to practise.</p>",
        ),
        "body": [
            heading(T("Ce que fait le Département", "What the Département does")),
            paragraph(
                T(
                    "<ul>"
                    "<li><b>Maisons et centres de santé</b> : le Département a cofinancé la "
                    "création de cinq maisons de santé, à Ivry-sur-Seine, Villejuif, "
                    "Champigny-sur-Marne, Cachan et Choisy-le-Roi. Sa contribution aux "
                    "nouveaux centres municipaux de santé et maisons de santé dépend du déficit "
                    "d’offre de soins de la commune.</li>"
                    "<li><b>Subventions santé</b> : en 2023, 16 associations, 2 villes et 1 "
                    "centre municipal de santé ont reçu 173 655 € pour lutter contre le cancer, "
                    "l’obésité ou les addictions.</li>"
                    "<li><b>Appel à projets annuel</b> depuis 2024, ouvert aux villes, aux "
                    "centres municipaux de santé et aux associations.</li>"
                    "<li><b>Deux facultés de médecine</b> : une coopération avec l’Université "
                    "Paris-Est Créteil et la faculté Paris-Saclay du Kremlin-Bicêtre fait "
                    "connaître l’exercice en Val-de-Marne aux étudiants.</li>"
                    "</ul>",
                    "<ul>"
                    "<li><b>Health centres</b>: the Département co-financed five maisons de "
                    "santé, in Ivry-sur-Seine, Villejuif, Champigny-sur-Marne, Cachan and "
                    "Choisy-le-Roi. Its contribution to new municipal health centres and "
                    "maisons de santé depends on the commune’s shortage of care.</li>"
                    "<li><b>Health subsidies</b>: in 2023, 16 associations, 2 towns and 1 "
                    "municipal health centre received €173,655 to fight cancer, obesity or "
                    "addiction.</li>"
                    "<li><b>A yearly call for projects</b> since 2024, open to towns, "
                    "municipal health centres and associations.</li>"
                    "<li><b>Two medical faculties</b>: a cooperation with Université Paris-Est "
                    "Créteil and the Paris-Saclay faculty in Le Kremlin-Bicêtre shows students "
                    "what practising in Val-de-Marne is like.</li>"
                    "</ul>",
                )
            ),
            callout(
                T("Une feuille de route 2024–2028", "A 2024–2028 roadmap"),
                T(
                    "<p>Lutter contre la désertification médicale, agir contre les inégalités "
                    "de santé, intégrer la santé environnementale : ce guide est l’une des "
                    "actions de la feuille de route santé du Département.</p>",
                    "<p>Fighting medical deserts, acting against health inequalities, taking "
                    "environmental health into account: this guide is one of the actions of "
                    "the Département’s health roadmap.</p>",
                ),
            ),
        ],
    },
)

HOUSING = PageSpec(
    key="housing",
    model=HousingIndexPage,
    title=T("Logements", "Housing"),
    slug=T("logements", "housing"),
    show_in_menus=True,
    fields={
        "card_summary": T(
            "Des chambres et des studios près des hôpitaux et des maisons de santé, pour les "
            "internes et les externes.",
            "Rooms and flats near the hospitals and health centres, for interns and externs.",
        ),
        "intro": T(
            "<p>Début novembre et début mai, les internes changent de lieu de stage. Cette "
            "rubrique recense les logements proposés aux internes et aux externes en stage en "
            "Val-de-Marne : internats des hôpitaux, studios des villes, chambres chez "
            "l’habitant.</p>",
            "<p>In early November and early May, interns move to a new placement. This section "
            "lists the accommodation offered to interns and externs on placement in "
            "Val-de-Marne: hospital residences, flats provided by towns, rooms in private "
            "homes.</p>",
        ),
        "body": [
            paragraph(
                T(
                    "<p>Les logements recommandés suivent une charte : au moins trois places, "
                    "une chambre individuelle meublée, un espace de travail, un accès à internet "
                    "et un loyer modéré.</p>",
                    "<p>Recommended accommodation follows a charter: at least three places, a "
                    "furnished single room, a workspace, internet access and a modest rent.</p>",
                )
            ),
            callout(
                T("Un recensement mené avec le CDOM 94", "A census run with CDOM 94"),
                T(
                    "<p>Le Conseil départemental de l’Ordre des médecins tient la liste à jour "
                    "avec le Département : un logement dont la disponibilité n’a pas été "
                    "confirmée depuis 60 jours est signalé.</p>",
                    "<p>The departmental Council of the Order of Physicians keeps the list "
                    "current with the Département: a room not confirmed as available for 60 "
                    "days is flagged.</p>",
                ),
            ),
        ],
    },
)

SUPERVISORS = PageSpec(
    key="supervisors",
    model=SupervisorIndexPage,
    title=T("Maîtres de stage", "Supervisors"),
    slug=T("maitres-de-stage", "supervisors"),
    show_in_menus=True,
    fields={
        "card_summary": T(
            "Les praticiens qui accueillent étudiants et internes, et comment le devenir.",
            "The practitioners who host students and interns, and how to become one.",
        ),
        "intro": T(
            "<p>Dans les maisons de santé, les centres municipaux de santé et les cabinets du "
            "Val-de-Marne, des maîtres de stage des facultés de Créteil et du Kremlin-Bicêtre "
            "accueillent étudiants et internes.</p>",
            "<p>In the maisons de santé, municipal health centres and surgeries of "
            "Val-de-Marne, supervisors of the Créteil and Le Kremlin-Bicêtre faculties host "
            "students and interns.</p>",
        ),
        "body": [
            heading(T("Devenir maître de stage", "Becoming a supervisor")),
            paragraph(
                T(
                    "<p>L’agrément est délivré par la faculté ; il fixe le nombre maximal "
                    "d’internes que vous pouvez accueillir. Le Département et le CDOM 94 vous "
                    "accompagnent dans la démarche.</p>",
                    "<p>The approval is granted by the faculty and sets the maximum number of "
                    "interns you may host. The Département and CDOM 94 guide you through the "
                    "process.</p>",
                )
            ),
        ],
    },
)
