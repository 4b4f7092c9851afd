"""Time a filtered housing search over 10 000 generated listings.

The listings are created inside a transaction that is rolled back at the end,
so the database is left as it was. Needs the housing page (run load_demo first).

    python manage.py bench_housing [--listings 10000] [--runs 50]
"""

import random
import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.semesters import next_semester, semester_containing
from housing.models import AvailabilityPeriod, HousingIndexPage, HousingListing, ListingKind
from territory.models import Commune


class Rollback(Exception):
    """Raised to undo the generated listings."""


class Command(BaseCommand):
    help = "Median and 95th-percentile time of a filtered housing search over generated listings."

    def add_arguments(self, parser):
        parser.add_argument("--listings", type=int, default=10_000)
        parser.add_argument("--runs", type=int, default=50)

    def handle(self, *args, listings: int, runs: int, **options):
        index = HousingIndexPage.objects.live().filter(locale__language_code="fr").first()
        communes = list(Commune.objects.all())
        if index is None or not communes:
            raise CommandError(
                "No housing page or commune: run `python manage.py load_demo` first."
            )
        try:
            with transaction.atomic():
                self.generate(listings, communes)
                self.measure(index, communes[0], runs)
                raise Rollback
        except Rollback:
            self.stdout.write("The generated listings were rolled back.")

    def generate(self, count: int, communes: list[Commune]) -> None:
        rng = random.Random(77)  # noqa: S311 - reproducible test data, not secrets
        today = timezone.localdate()
        semesters = [semester_containing(today), next_semester(today)]
        now = timezone.now()
        listings = []
        for number in range(count):
            commune = rng.choice(communes)
            listings.append(
                HousingListing(
                    title=f"Logement de test {number}",
                    kind=rng.choice(ListingKind.values),
                    commune=commune,
                    address=f"{number} rue du Banc d’essai",
                    latitude=commune.latitude + rng.uniform(-0.03, 0.03),
                    longitude=commune.longitude + rng.uniform(-0.03, 0.03),
                    rent=rng.randrange(120, 700),
                    furnished=rng.random() < 0.8,
                    is_step_free=rng.random() < 0.3,
                    offerer_type="hospital",
                    contact_name="Banc d’essai",
                    contact_email=f"bench{number}@example.org",
                    live=True,
                    first_published_at=now,
                    last_published_at=now,
                )
            )
        created = HousingListing.objects.bulk_create(listings, batch_size=1000)
        periods = [
            AvailabilityPeriod(
                listing=listing, start=semester.start, end=semester.end, sort_order=0
            )
            for listing in created
            for semester in rng.sample(semesters, rng.randint(1, 2))
        ]
        AvailabilityPeriod.objects.bulk_create(periods, batch_size=2000)
        self.stdout.write(f"Generated {len(created)} listings and {len(periods)} periods.")

    def measure(self, index: HousingIndexPage, commune: Commune, runs: int) -> None:
        # The request goes through the whole stack, as a browser's would, to an allowed host.
        client = Client(
            HTTP_HOST=settings.ALLOWED_HOSTS[0] if settings.ALLOWED_HOSTS else "localhost"
        )
        url = (
            f"{index.url}?near=commune:{commune.slug}&radius=20&max_rent=450"
            f"&furnished=on&semester={next_semester(timezone.localdate()).key}&sort=distance"
        )
        client.get(url)
        timings = []
        for _ in range(runs):
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
            if response.status_code != 200:
                raise CommandError(f"The search answered {response.status_code}.")
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        timings.sort()
        p95 = timings[max(0, round(0.95 * len(timings)) - 1)]
        self.stdout.write(f"Search: {url}")
        self.stdout.write(
            f"{runs} runs: median {statistics.median(timings):.1f} ms, "
            f"95th percentile {p95:.1f} ms, {len(queries)} queries per page."
        )
