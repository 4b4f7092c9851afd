"""The events section and two intern welcome evenings: the next one and the last one.

Interns change placements in early November and early May; the département
welcomes each new group a few weeks later, on a weeknight at a venue that
each département's demo gives (`EveningsSpec`).
"""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.utils import translation
from django.utils.formats import date_format
from django.utils.text import slugify

from demo.blocks import callout, paragraph
from demo.specs import PageSpec
from demo.text import Bilingual as T
from events.models import EventIndexPage, EventPage

PARIS = ZoneInfo("Europe/Paris")


@dataclass(frozen=True)
class EveningsSpec:
    """Where a département welcomes its interns, and how its pages introduce the evenings."""

    venue_name: T
    venue_address: T
    venue_access: T
    latitude: float
    longitude: float
    audience: T
    next_intro: T  # "Starting your semester in …?"
    section_intro: T  # the events section's introduction (HTML)


NOBODY = T("", "")


def programme_item(time: str, title: T, speakers: T = NOBODY, text: T = NOBODY) -> dict:
    return {
        "type": "item",
        "value": {"time": time, "title": title, "speakers": speakers, "text": text},
    }


PROGRAMME = [
    programme_item("18:30:00", T("Accueil des internes", "Welcome of the interns")),
    programme_item(
        "19:00:00",
        T(
            "Mot des élus et présentation des aides",
            "Words from the elected officials and the aids",
        ),
        T("Le président du Département", "The President of the Département"),
        T(
            "Bourses d’études, aides à l’installation et logements pour les internes.",
            "Study grants, installation aids and housing for interns.",
        ),
    ),
    programme_item(
        "19:30:00",
        T("Tables rondes", "Round tables"),
        T(
            "Médecins généralistes, maîtres de stage et équipes de maisons de santé",
            "GPs, supervisors and health-centre teams",
        ),
    ),
    programme_item("20:30:00", T("Buffet et échanges libres", "Buffet and informal conversations")),
]

# Interns change placements in early November and early May; each group is
# welcomed about a month later, on the first Thursday of December or of June.
EVENING_MONTHS = (6, 12)
# The next evening is at least this far ahead, so that its registration is open
# whenever the demo is loaded.
REGISTRATION_LEAD = datetime.timedelta(days=7)


def evening_day(year: int, month: int) -> datetime.date:
    """The first Thursday of `month`."""
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(3 - first.weekday()) % 7)


def evening_days_around(today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The last evening before `today` and the next one at least a week after it."""
    days = sorted(
        evening_day(year, month)
        for year in (today.year - 1, today.year, today.year + 1)
        for month in EVENING_MONTHS
    )
    last = max(day for day in days if day < today)
    following = min(day for day in days if day >= today + REGISTRATION_LEAD)
    return last, following


def at_paris(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=PARIS)


def month_and_year(day: datetime.date) -> T:
    """« décembre 2026 », "December 2026"."""
    names = {}
    for language in ("fr", "en"):
        with translation.override(language):
            names[language] = date_format(day, "YEAR_MONTH_FORMAT")
    return T(names["fr"].lower(), names["en"])


def evening(key: str, day: datetime.date, spec: EveningsSpec, **fields) -> PageSpec:
    """A welcome evening on `day`, from 18:30 to 21:30 at the département's venue."""
    month = month_and_year(day)
    return PageSpec(
        key=key,
        model=EventPage,
        title=T(
            f"Soirée d’accueil des internes – {month.fr}",
            f"Intern welcome evening – {month.en}",
        ),
        slug=T(
            slugify(f"soiree accueil internes {month.fr}"),
            slugify(f"intern welcome evening {month.en}"),
        ),
        fields={
            "start": at_paris(day, 18, 30),
            "end": at_paris(day, 21, 30),
            "venue_name": spec.venue_name,
            "venue_address": spec.venue_address,
            "venue_access": spec.venue_access,
            "latitude": spec.latitude,
            "longitude": spec.longitude,
            "audience": spec.audience,
            "programme": PROGRAMME,
            "capacity": 60,
            **fields,
        },
    )


def next_evening(day: datetime.date, spec: EveningsSpec) -> PageSpec:
    """The evening interns can register for: registration closes at noon the day before."""
    return evening(
        "next-evening",
        day,
        spec,
        registration_closes_at=at_paris(day - datetime.timedelta(days=1), 12),
        ask_specialty=False,
        free_question=T(
            "Quelle table ronde vous intéresse le plus\u00a0?",
            "Which round table interests you most?",
        ),
        intro=spec.next_intro,
        body=[
            callout(
                T("Gratuit", "Free of charge"),
                T(
                    "<p>La soirée est gratuite ; les places sont limitées. Si vous ne pouvez "
                    "plus venir, annulez depuis l’e-mail reçu : votre place ira à la première "
                    "personne de la liste d’attente.</p>",
                    "<p>The evening is free; places are limited. If you can no longer come, "
                    "cancel from the e-mail you received: your seat will go to the first person "
                    "on the waiting list.</p>",
                ),
            ),
        ],
    )


def last_evening(day: datetime.date, spec: EveningsSpec) -> PageSpec:
    """The evening of the previous semester, already held."""
    return evening(
        "last-evening",
        day,
        spec,
        intro=T(
            "Cette soirée a réuni les nouveaux internes du semestre, des praticiens installés "
            "et les élus du Département.",
            "This evening brought together the semester’s new interns, established "
            "practitioners and the Département’s elected officials.",
        ),
        body=[],
    )


def events_section(today: datetime.date, spec: EveningsSpec) -> PageSpec:
    """The events section with the last evening before `today` and the next one after it."""
    last, following = evening_days_around(today)
    return PageSpec(
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
            "intro": spec.section_intro,
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
        children=(next_evening(following, spec), last_evening(last, spec)),
    )


# Demo registrants of the next evening (invented people, example.org addresses).
REGISTRANTS = [
    ("Léa", "Bernard", "confirmed"),
    ("Hugo", "Petit", "confirmed"),
    ("Chloé", "Robert", "confirmed"),
    ("Nathan", "Richard", "confirmed"),
    ("Manon", "Durand", "confirmed"),
    ("Lucas", "Moreau", "confirmed"),
    ("Inès", "Laurent", "confirmed"),
    ("Yanis", "Simon", "confirmed"),
    ("Sarah", "Michel", "cancelled"),
    ("Adam", "Garcia", "pending"),
]
