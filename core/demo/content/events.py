"""The events section and two intern welcome evenings: the next one and the last one.

Interns change placements in early November and early May; the département
welcomes each new group a few weeks later, on a weeknight at the Hôtel du
Département in Melun.
"""

import datetime
from zoneinfo import ZoneInfo

from core.demo.blocks import callout, heading, paragraph
from core.demo.specs import PageSpec
from core.demo.text import Bilingual as T
from events.models import EventIndexPage, EventPage

PARIS = ZoneInfo("Europe/Paris")
VENUE_NAME = T("Hôtel du Département", "Hôtel du Département")
VENUE_ADDRESS = T("12 rue des Saints-Pères, 77000 Melun", "12 rue des Saints-Pères, 77000 Melun")

PROGRAMME = paragraph(
    T(
        "<ul>"
        "<li>18 h 30 : accueil des internes</li>"
        "<li>19 h : mot des élus et présentation des aides à l’installation</li>"
        "<li>19 h 30 : tables rondes avec des médecins généralistes, des maîtres de stage et "
        "des équipes de maisons de santé</li>"
        "<li>20 h 30 : buffet et échanges libres</li>"
        "</ul>",
        "<ul>"
        "<li>6.30 pm: welcome of the interns</li>"
        "<li>7 pm: words from the elected officials and a presentation of the installation "
        "aids</li>"
        "<li>7.30 pm: round tables with GPs, supervisors and health-centre teams</li>"
        "<li>8.30 pm: buffet and informal conversations</li>"
        "</ul>",
    )
)

NEXT_EVENING = PageSpec(
    key="event-2026-12",
    model=EventPage,
    title=T(
        "Soirée d’accueil des internes – décembre 2026",
        "Intern welcome evening – December 2026",
    ),
    slug=T("soiree-accueil-internes-decembre-2026", "intern-welcome-evening-december-2026"),
    fields={
        "start": datetime.datetime(2026, 12, 3, 18, 30, tzinfo=PARIS),
        "end": datetime.datetime(2026, 12, 3, 21, 30, tzinfo=PARIS),
        "venue_name": VENUE_NAME,
        "venue_address": VENUE_ADDRESS,
        "intro": T(
            "Vous commencez votre semestre en Seine-et-Marne ? Le Département vous invite à "
            "découvrir le territoire, ses aides et les praticiens qui y exercent.",
            "Starting your semester in Seine-et-Marne? The Département invites you to discover "
            "the area, its aids and the practitioners who work here.",
        ),
        "body": [
            heading(T("Programme", "Programme")),
            PROGRAMME,
            heading(T("Pour qui ?", "Who is it for?")),
            paragraph(
                T(
                    "<p>Les internes en médecine générale qui font leur stage en Seine-et-Marne "
                    "ce semestre, et celles et ceux qui pensent y faire le prochain.</p>",
                    "<p>General-medicine interns on placement in Seine-et-Marne this semester, "
                    "and those thinking of doing their next one here.</p>",
                )
            ),
            callout(
                T("Venir", "Getting there"),
                T(
                    "<p>L’Hôtel du Département est à un quart d’heure à pied de la gare de "
                    "Melun (RER D et ligne R).</p>",
                    "<p>The Hôtel du Département is a fifteen-minute walk from Melun station "
                    "(RER D and line R).</p>",
                ),
            ),
        ],
    },
)

LAST_EVENING = PageSpec(
    key="event-2026-05",
    model=EventPage,
    title=T("Soirée d’accueil des internes – mai 2026", "Intern welcome evening – May 2026"),
    slug=T("soiree-accueil-internes-mai-2026", "intern-welcome-evening-may-2026"),
    fields={
        "start": datetime.datetime(2026, 5, 21, 18, 30, tzinfo=PARIS),
        "end": datetime.datetime(2026, 5, 21, 21, 30, tzinfo=PARIS),
        "venue_name": VENUE_NAME,
        "venue_address": VENUE_ADDRESS,
        "intro": T(
            "La soirée du semestre de mai a réuni les nouveaux internes, des praticiens "
            "installés et les élus du Département.",
            "The May semester’s evening brought together the new interns, established "
            "practitioners and the Département’s elected officials.",
        ),
        "body": [heading(T("Programme", "Programme")), PROGRAMME],
    },
)

EVENTS = PageSpec(
    key="events",
    model=EventIndexPage,
    title=T("Événements", "Events"),
    slug=T("evenements", "events"),
    show_in_menus=True,
    fields={
        "card_summary": T(
            "Les soirées d’accueil des internes et les rencontres avec les professionnels du "
            "territoire.",
            "Welcome evenings for interns and meetings with the area’s health professionals.",
        ),
        "intro": T(
            "<p>Deux fois par an, au début de chaque semestre de stage, le Département invite "
            "les internes en médecine générale à une soirée d’accueil : découvrir ce que la "
            "Seine-et-Marne offre à qui veut y exercer, parler avec des praticiens installés, "
            "rencontrer les élus.</p>",
            "<p>Twice a year, at the start of each placement semester, the Département invites "
            "general-medicine interns to a welcome evening: to discover what Seine-et-Marne "
            "offers those who want to practise here, to talk with established practitioners "
            "and to meet the elected officials.</p>",
        ),
        "body": [
            paragraph(
                T(
                    "<p>Les soirées sont gratuites et les places limitées : l’inscription se "
                    "fait depuis la page de chaque soirée.</p>",
                    "<p>The evenings are free and places are limited: you register from each "
                    "evening’s page.</p>",
                )
            ),
        ],
    },
    children=(NEXT_EVENING, LAST_EVENING),
)
