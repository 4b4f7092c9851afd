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

from bench.dataset import SEED, generate_listings
from core.semesters import next_semester
from housing.models import HousingIndexPage, HousingListing
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
                self.generate(listings)
                self.measure(index, communes[0], runs)
                raise Rollback
        except Rollback:
            self.stdout.write("The generated listings were rolled back.")

    def generate(self, count: int) -> None:
        # The same listings as the département-scale benchmark (`make bench`).
        rng = random.Random(SEED)  # noqa: S311 - reproducible test data, not secrets
        created = generate_listings(HousingListing.objects.count() + count, rng)
        self.stdout.write(f"Generated {created} listings.")

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
