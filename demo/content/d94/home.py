"""The home page of each language, and the demo's whole page tree below it."""

import datetime

from demo.blocks import figure
from demo.content.d94.events import EVENINGS
from demo.content.d94.identity import PUBLISHER
from demo.content.d94.sections import GUIDE, HOUSING, SUPERVISORS
from demo.events import events_section
from demo.legal import legal_pages
from demo.specs import PageSpec
from demo.text import Bilingual as T
from home.models import HomePage

HOME_FIELDS = {
    "headline": T(
        "Soigner, se former et s’installer en Val-de-Marne",
        "Practise, train and settle in Val-de-Marne",
    ),
    "intro": T(
        "Deux facultés de médecine, des hôpitaux parmi les plus denses d’Île-de-France, et "
        "pourtant des quartiers qui manquent de médecins : le Département aide les "
        "professionnels de santé à s’installer là où l’on a besoin d’eux, et leur montre la "
        "vie qui les attend.",
        "Two medical faculties, some of the densest hospitals in Île-de-France, and still "
        "neighbourhoods short of doctors: the Département helps health professionals settle "
        "where they are needed, and shows them the life that awaits them.",
    ),
    "key_figures": [
        figure(
            T("5", "5"),
            T(
                "maisons de santé cofinancées par le Département",
                "maisons de santé co-financed by the Département",
            ),
        ),
        figure(
            T("173\u00a0655\u00a0€", "€173,655"),
            T(
                "de subventions santé en 2023 : 16 associations, 2 villes, 1 centre de santé",
                "in health subsidies in 2023: 16 associations, 2 towns, 1 health centre",
            ),
        ),
        figure(
            T("2", "2"),
            T("facultés de médecine sur le territoire", "medical faculties in the area"),
        ),
        figure(
            T("2e", "2nd"),
            T(
                "département d’Île-de-France pour la densité hospitalière",
                "département of Île-de-France for hospital density",
            ),
        ),
    ],
}


def home_spec(today: datetime.date) -> PageSpec:
    """The whole page tree, with the evenings placed around `today`."""
    legal = legal_pages(PUBLISHER)
    return PageSpec(
        key="home",
        model=HomePage,
        title=T("Accueil", "Home"),
        slug=T("accueil", "home"),
        fields=HOME_FIELDS,
        children=(
            GUIDE,
            HOUSING,
            SUPERVISORS,
            events_section(today, EVENINGS),
            legal["contact"],
            legal["legal-notice"],
            legal["accessibility"],
            legal["privacy"],
        ),
    )
