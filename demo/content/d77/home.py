"""The home page of each language, and the demo's whole page tree below it."""

import datetime

from demo.blocks import figure
from demo.content.d77.events import EVENINGS
from demo.content.d77.identity import PUBLISHER
from demo.content.d77.sections import GUIDE, HOUSING, SUPERVISORS
from demo.events import events_section
from demo.legal import legal_pages
from demo.specs import PageSpec
from demo.text import Bilingual as T
from home.models import HomePage

HOME_FIELDS = {
    "headline": T(
        "Étudier, soigner et s’installer en Seine-et-Marne",
        "Train, practise and settle in Seine-et-Marne",
    ),
    "intro": T(
        "Le Département accompagne les professionnels de santé, de leurs études à leur "
        "installation : des aides pour se former et s’installer, des logements près des "
        "lieux de stage, des maîtres de stage pour apprendre le métier et des soirées pour "
        "rencontrer celles et ceux qui soignent déjà ici.",
        "The Département supports health professionals from their studies to setting up "
        "their practice: aids to train and settle, housing near placements, supervisors to "
        "learn the job with, and evenings to meet the people who already care for patients "
        "here.",
    ),
    "key_figures": [
        figure(
            T("875\u00a0000\u00a0€", "€875,000"),
            T(
                "mobilisés pour la santé par le Département de 2021 à 2024",
                "committed to health by the Département from 2021 to 2024",
            ),
        ),
        figure(
            T("4", "4"),
            T(
                "maisons de santé universitaires soutenues, à 20 000 € par an chacune",
                "university health centres supported, with €20,000 a year each",
            ),
        ),
        figure(
            T("300\u00a0€/mois", "€300/month"),
            T(
                "de bourse aux étudiants sages-femmes et kinésithérapeutes qui s’engagent ici",
                "study grant for midwifery and physiotherapy students who commit to the area",
            ),
        ),
        figure(
            T("9", "9"),
            T("cabines de téléconsultation en service", "teleconsultation booths in service"),
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
