"""A département-sized data set, added on top of the demo (run `load_demo` first).

The communes are a real département's, from the open data (territory.setup:
BENCH_DEPARTEMENT, by default the demo's), outlines and postcodes included;
the rest is generated.

Rows that are not pages go in with `bulk_create`; pages go through Wagtail's
tree API (`add_child`), which keeps the tree's paths right at a few
milliseconds a page. Everything is generated from a fixed seed, so two runs
measure the same data.
"""

import datetime
import os
import random
import time
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils import timezone

from core.models import CareerStage, Faculty, Profession, Specialty
from core.semesters import next_semester, semester_containing
from demo.content import DEFAULT_DEPARTEMENT
from events.models import EventIndexPage, EventPage, Registration
from guide.amounts import AmountPeriod
from guide.models import AidKind, AidPage, Funder, GuideIndexPage
from housing.models import AvailabilityPeriod, HousingListing, ListingKind
from supervisors.models import (
    ConsentMethod,
    LearnerLevel,
    SpokenLanguage,
    Supervisor,
    SupervisorOpening,
)
from supervisors.validators import with_check_digit
from territory.models import Commune
from territory.setup import setup_departement

SEED = 77


@dataclass(frozen=True)
class Scale:
    """How many of each thing the data set holds in all (the demo's rows included);
    the communes are all those of the département."""

    aids: int
    listings: int
    supervisors: int
    events: int
    registrations: int


SCALES = {
    "full": Scale(aids=200, listings=10_000, supervisors=2_000, events=50, registrations=5_000),
    "small": Scale(aids=40, listings=1_000, supervisors=200, events=8, registrations=400),
}


def build_dataset(scale: Scale, log=print) -> dict[str, float]:
    """Top each table up to `scale`; return the seconds each step took."""
    rng = random.Random(SEED)  # noqa: S311 - reproducible test data, not secrets
    steps = {
        "communes": load_communes,
        "aids": lambda: generate_aids(scale.aids, rng),
        "housing listings": lambda: generate_listings(scale.listings, rng),
        "supervisors": lambda: generate_supervisors(scale.supervisors, rng),
        "events": lambda: generate_events(scale.events, scale.registrations, rng),
    }
    timings = {}
    for name, step in steps.items():
        started = time.perf_counter()
        with transaction.atomic():
            created = step()
        timings[name] = time.perf_counter() - started
        log(f"  {name}: {created} created in {timings[name]:.1f} s")
    # What autovacuum keeps on a live database. Without the statistics, the
    # planner takes the freshly filled tables for empty and picks nested loops
    # (the home page's latest aids took 21 ms instead of 0.2). Without the
    # visibility map, an index-only scan still reads every row it finds in the
    # table, and the housing search hashed all the periods instead
    # (8.8 ms instead of 5.4).
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    return timings


def bench_departement() -> str:
    """BENCH_DEPARTEMENT, or the département of the demo loaded before the data set."""
    return os.environ.get("BENCH_DEPARTEMENT") or DEFAULT_DEPARTEMENT


def load_communes() -> int:
    """Every commune of the bench's département, with its outline; return how many are new."""
    return setup_departement(bench_departement()).created


def generate_aids(total: int, rng: random.Random) -> int:
    """Published French aid pages under the guide until there are `total` aids."""
    guide = GuideIndexPage.objects.filter(locale__language_code="fr").first()
    missing = total - AidPage.objects.filter(locale=guide.locale).count()
    kinds = list(AidKind.objects.all())
    funders = list(Funder.objects.all())
    professions = list(Profession.objects.all())
    stages = list(CareerStage.objects.all())
    for number in range(max(0, missing)):
        amount = rng.randrange(1, 40) * 500
        aid = AidPage(
            title=f"Aide d’essai {number} à l’installation",
            slug=f"aide-essai-{number}",
            summary="Une aide générée pour mesurer le guide à l’échelle d’un département.",
            conditions="<p>Exercer dans le département pendant trois ans.</p>",
            how_to_apply="<p>Écrire au service santé du Département.</p>",
            kind=rng.choice(kinds),
            amount_max=amount,
            amount_period=AmountPeriod.ONCE,
            locale=guide.locale,
        )
        guide.add_child(instance=aid)
        aid.funders.set(rng.sample(funders, 1))
        aid.professions.set(rng.sample(professions, rng.randint(0, 3)))
        aid.career_stages.set(rng.sample(stages, rng.randint(0, 2)))
        aid.save()
    return max(0, missing)


def generate_listings(total: int, rng: random.Random) -> int:
    """Published housing listings, each free for one or both of the next semesters."""
    missing = total - HousingListing.objects.count()
    communes = list(Commune.objects.all())
    today = timezone.localdate()
    semesters = [semester_containing(today), next_semester(today)]
    now = timezone.now()
    listings = []
    for number in range(max(0, missing)):
        commune = rng.choice(communes)
        listings.append(
            HousingListing(
                title=f"Logement d’essai {number}",
                kind=rng.choice(ListingKind.values),
                commune=commune,
                address=f"{number} rue du Banc d’essai",
                latitude=commune.latitude + rng.uniform(-0.03, 0.03),
                longitude=commune.longitude + rng.uniform(-0.03, 0.03),
                rent=rng.randrange(120, 700),
                furnished=rng.random() < 0.8,
                has_internet=rng.random() < 0.9,
                is_step_free=rng.random() < 0.3,
                offerer_type="hospital",
                contact_name="Banc d’essai",
                contact_email=f"bench{number}@example.org",
                live=True,
                first_published_at=now,
                last_published_at=now,
                last_confirmed_at=now,
            )
        )
    created = HousingListing.objects.bulk_create(listings, batch_size=1000)
    periods = [
        AvailabilityPeriod(listing=listing, start=semester.start, end=semester.end, sort_order=0)
        for listing in created
        for semester in rng.sample(semesters, rng.randint(1, 2))
    ]
    AvailabilityPeriod.objects.bulk_create(periods, batch_size=2000)
    return len(created)


def generate_supervisors(total: int, rng: random.Random) -> int:
    """Published, consented, approved supervisors with openings for two semesters."""
    missing = total - Supervisor.objects.count()
    communes = list(Commune.objects.all())
    professions = list(Profession.objects.all())
    specialties = list(Specialty.objects.all())
    faculties = list(Faculty.objects.all())
    levels = list(LearnerLevel.objects.all())
    languages = list(SpokenLanguage.objects.all())
    today = timezone.localdate()
    current = semester_containing(today).start
    supervisors = []
    for number in range(max(0, missing)):
        commune = rng.choice(communes)
        supervisors.append(
            Supervisor(
                rpps=with_check_digit(f"1099{number:06d}"),
                first_name="Camille",
                last_name=f"Essai {number}",
                profession=rng.choice(professions),
                specialty=rng.choice(specialties),
                commune=commune,
                address=f"{number} place du Banc d’essai",
                latitude=commune.latitude + rng.uniform(-0.02, 0.02),
                longitude=commune.longitude + rng.uniform(-0.02, 0.02),
                faculty=rng.choice(faculties),
                approval_start=today - datetime.timedelta(days=365),
                approval_end=today + datetime.timedelta(days=rng.randrange(30, 1500)),
                max_interns=rng.randint(1, 3),
                email=f"supervisor{number}@example.org",
                consent_date=today - datetime.timedelta(days=30),
                consent_method=ConsentMethod.values[0],
                live=True,
            )
        )
    created = Supervisor.objects.bulk_create(supervisors, batch_size=1000)
    level_links = Supervisor.learner_levels.through
    language_links = Supervisor.languages.through
    level_links.objects.bulk_create(
        [
            level_links(supervisor=s, learnerlevel=level)
            for s in created
            for level in rng.sample(levels, rng.randint(1, len(levels)))
        ],
        batch_size=2000,
    )
    language_links.objects.bulk_create(
        [
            language_links(supervisor=s, spokenlanguage=language)
            for s in created
            for language in rng.sample(languages, rng.randint(1, 2))
        ],
        batch_size=2000,
    )
    SupervisorOpening.objects.bulk_create(
        [
            SupervisorOpening(supervisor=s, semester_start=start, places=rng.randint(0, 2))
            for s in created
            for start in (current, next_semester(current).start)
        ],
        batch_size=2000,
    )
    return len(created)


def generate_events(total: int, registrations: int, rng: random.Random) -> int:
    """Evenings under the French events index, and registrations spread over them.

    Returns how many registrations were created.
    """
    index = EventIndexPage.objects.filter(locale__language_code="fr").first()
    missing_pages = total - EventPage.objects.filter(locale=index.locale).count()
    base = timezone.now().replace(hour=18, minute=30, second=0, microsecond=0)
    for number in range(max(0, missing_pages)):
        start = base + datetime.timedelta(days=7 * (number + 1))
        index.add_child(
            instance=EventPage(
                title=f"Soirée d’essai {number}",
                slug=f"soiree-essai-{number}",
                start=start,
                end=start + datetime.timedelta(hours=3),
                venue_name="Hôtel du Département",
                venue_address="Hôtel du Département, 77010 Melun",
                intro="Une soirée générée pour mesurer l’agenda.",
                capacity=rng.choice([80, 120, 200]),
                locale=index.locale,
            )
        )
    events = list(EventPage.objects.filter(locale=index.locale).order_by("pk"))
    missing = registrations - Registration.objects.count()
    now = timezone.now()
    Registration.objects.bulk_create(
        [
            Registration(
                event=events[number % len(events)],
                email=f"registrant{number}@example.org",
                first_name="Léa",
                last_name=f"Essai {number}",
                status=Registration.Status.CONFIRMED,
                confirmed_at=now,
            )
            for number in range(max(0, missing))
        ],
        batch_size=2000,
    )
    return max(0, missing)
