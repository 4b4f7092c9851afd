"""The section index pages: the guide (with its « Vivre ici » page), housing, supervisors."""

from demo.blocks import callout, heading, paragraph
from demo.content.d77.living import LIVING
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
            "Bourses, subventions et accompagnement : ce que vous pouvez obtenir, "
            "à quelles conditions et auprès de qui.",
            "Grants, subsidies and support: what you can claim, on what terms and from whom.",
        ),
        "intro": T(
            "<p>Le Département, la Région Île-de-France, l’Agence régionale de santé et "
            "l’Assurance Maladie financent les études, l’installation et les projets des "
            "professionnels de santé. Ce guide réunit leurs aides : à qui elles s’adressent, "
            "leur montant, l’engagement demandé en retour et la démarche à suivre.</p>",
            "<p>The Département, the Île-de-France Region, the regional health agency (ARS) "
            "and the national health insurance fund (Assurance Maladie) fund the studies, the "
            "installation and the projects of health professionals. This guide brings their "
            "aids together: who they are for, how much they are worth, what you commit to in "
            "return and how to apply.</p>",
        ),
        "body": [
            heading(T("Quelques aides du Département", "Some of the Département’s aids")),
            paragraph(
                T(
                    "<ul>"
                    "<li><b>Bourse d’études</b> pour les étudiants sages-femmes et "
                    "kinésithérapeutes : 300 € par mois du Département, en plus de la bourse de "
                    "la Région, et un accompagnement personnalisé. En retour, vous exercez "
                    "surtout en Seine-et-Marne pendant au moins trois ans, en commençant dans "
                    "les six mois qui suivent le diplôme.</li>"
                    "<li><b>Maisons de santé pluriprofessionnelles universitaires</b> : "
                    "20 000 € par an pour chaque maison qui forme des étudiants ; quatre sont "
                    "soutenues, à Coulommiers, Fontainebleau, Nemours et Torcy.</li>"
                    "<li><b>Appel à projets « Innovations en santé »</b> : jusqu’à 20 000 € par "
                    "an et par projet pendant trois ans au plus pour le fonctionnement, et une "
                    "subvention d’investissement.</li>"
                    "<li><b>Locaux de santé</b> : les communes et intercommunalités qui "
                    "aménagent un pôle médical sont aidées par les contrats du Département.</li>"
                    "</ul>",
                    "<ul>"
                    "<li><b>Study grant</b> for midwifery and physiotherapy students: €300 a "
                    "month from the Département, on top of the Region’s grant, and personal "
                    "support. In return, you practise mainly in Seine-et-Marne for at least "
                    "three years, starting within six months of your diploma.</li>"
                    "<li><b>University multi-professional health centres</b>: €20,000 a year "
                    "for each centre that trains students; four are supported, in Coulommiers, "
                    "Fontainebleau, Nemours and Torcy.</li>"
                    "<li><b>“Innovations in health” call for projects</b>: up to €20,000 a "
                    "year per project for at most three years towards running costs, and an "
                    "investment subsidy.</li>"
                    "<li><b>Health premises</b>: towns and groups of towns that fit out a "
                    "medical hub are supported through the Département’s contracts.</li>"
                    "</ul>",
                )
            ),
            callout(
                T("Un guide construit avec le CDOM 77", "A guide built with CDOM 77"),
                T(
                    "<p>Le Département et le Conseil départemental de l’Ordre des médecins "
                    "rédigent ensemble une fiche pour chaque aide, avec ses conditions et la "
                    "personne à contacter ; chaque fiche est vérifiée au moins une fois par "
                    "an.</p>",
                    "<p>The Département and the departmental Council of the Order of Physicians "
                    "write a sheet for each aid together, with its conditions and whom to "
                    "contact; each sheet is checked at least once a year.</p>",
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
            "Des chambres et des studios près des lieux de stage, pour les internes et les "
            "externes.",
            "Rooms and flats near placements, for interns and externs.",
        ),
        "intro": T(
            "<p>Tous les six mois, début novembre et début mai, les internes changent de lieu "
            "de stage et doivent souvent trouver un toit loin de leur faculté. Cette rubrique "
            "recense les logements proposés aux internes et aux externes en stage en "
            "Seine-et-Marne : internats, chambres chez l’habitant, studios mis à disposition "
            "par des communes ou des maisons de santé.</p>",
            "<p>Every six months, in early November and early May, interns move to a new "
            "placement and often need a roof far from their faculty. This section lists the "
            "accommodation offered to interns and externs on placement in Seine-et-Marne: "
            "hospital residences, rooms in private homes, and flats provided by towns or "
            "health centres.</p>",
        ),
        "body": [
            heading(T("Ce que vous trouverez ici", "What you will find here")),
            paragraph(
                T(
                    "<p>Pour chaque logement : la commune, les lieux de stage proches, le nombre "
                    "de places, le loyer et ce qui est fourni. Les coordonnées des propriétaires "
                    "ne sont montrées qu’aux personnes connectées à leur compte.</p>",
                    "<p>For each place: the town, the nearby placements, the number of places, "
                    "the rent and what is provided. Landlords’ contact details are only shown "
                    "to people signed in to their account.</p>",
                )
            ),
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
                T("Un recensement mené avec le CDOM 77", "A census run with CDOM 77"),
                T(
                    "<p>Le Conseil départemental de l’Ordre des médecins recense les logements "
                    "disponibles pour les médecins en stage et tient la liste à jour : un "
                    "logement dont la disponibilité n’a pas été confirmée depuis 60 jours est "
                    "signalé.</p>",
                    "<p>The departmental Council of the Order of Physicians is taking a census "
                    "of the accommodation available to doctors on placement and keeps the list "
                    "current: a room not confirmed as available for 60 days is flagged.</p>",
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
            "<p>Les maîtres de stage universitaires accueillent des étudiants et des internes "
            "dans leur cabinet ou leur maison de santé et leur transmettent leur métier. Cette "
            "rubrique présente ceux qui exercent en Seine-et-Marne et explique comment les "
            "rejoindre.</p>",
            "<p>University internship supervisors host students and interns in their practice "
            "or health centre and pass on their craft. This section introduces those who "
            "practise in Seine-et-Marne and explains how to join them.</p>",
        ),
        "body": [
            heading(T("Devenir maître de stage", "Becoming a supervisor")),
            paragraph(
                T(
                    "<p>L’agrément est délivré par la faculté ; il fixe le nombre maximal "
                    "d’internes que vous pouvez accueillir. Les maisons de santé universitaires "
                    "de Coulommiers, Fontainebleau, Nemours et Torcy, soutenues par le "
                    "Département, reçoivent déjà des étudiants de plusieurs professions.</p>",
                    "<p>The approval is granted by the faculty and sets the maximum number of "
                    "interns you may host. The university health centres of Coulommiers, "
                    "Fontainebleau, Nemours and Torcy, supported by the Département, already "
                    "host students from several professions.</p>",
                )
            ),
            callout(
                T("Un annuaire construit avec le CDOM 77", "A directory built with CDOM 77"),
                T(
                    "<p>Le Département et le Conseil départemental de l’Ordre des médecins "
                    "repèrent ensemble les praticiens qui pourraient devenir maîtres de stage. "
                    "Vous exercez et souhaitez accueillir des étudiants ? La page « Devenir "
                    "maître de stage » explique les conditions et recueille votre demande.</p>",
                    "<p>The Département and the departmental Council of the Order of Physicians "
                    "are identifying together the practitioners who could become supervisors. "
                    "Do you practise and wish to host students? The “Become a supervisor” page "
                    "explains the conditions and takes your request.</p>",
                ),
            ),
        ],
    },
)
