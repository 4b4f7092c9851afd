"""Server time of the slow writes staff wait for, on the demo: publishing an evening and
confirming a 100-row supervisor or housing import (issue 20, point 19).

    .venv/bin/python manage.py bench_writes          # after `make demo`

Prints the time and the queries of each, best of `--repeat` runs. Each import
runs twice: 100 new records, then the same file again (100 unchanged). The
records it creates are deleted afterwards.
"""

import csv
import io
import time
from collections import deque
from collections.abc import Callable
from functools import partial

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import User
from events.models import EventPage
from housing.importing import HousingListingImporter
from housing.models import HousingListing
from supervisors.importing import SupervisorImporter
from supervisors.models import Supervisor
from supervisors.validators import with_check_digit
from territory.models import Commune

ROWS = 100
# Fictional RPPS numbers, far from the demo's.
RPPS_STEM = 1009900000


def measure(action) -> tuple[float, int]:
    connection.queries_log = deque(maxlen=1_000_000)
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        action()
        elapsed = time.perf_counter() - start
    return elapsed, len(queries)


def example_file(importer, rows: int, cells: Callable[[int], dict[str, str]]) -> bytes:
    """The importer's example row `rows` times, with `cells(n)` ({header: value}) on row n."""
    header, example = list(csv.reader(io.StringIO(importer.example_csv()), delimiter=";"))
    position = {name: index for index, name in enumerate(header)}
    lines = [header]
    for number in range(rows):
        row = list(example)
        for name, value in cells(number).items():
            row[position[name]] = value
        lines.append(row)
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows(lines)
    return buffer.getvalue().encode()


def supervisor_file(importer: SupervisorImporter, rows: int) -> bytes:
    """The importer's example row `rows` times, each a different person."""
    return example_file(
        importer,
        rows,
        lambda n: {
            "RPPS": with_check_digit(str(RPPS_STEM + n)),
            "Nom": f"Bench{n:03d}",
            "E-mail": f"bench{n:03d}@example.org",
        },
    )


def listing_file(importer: HousingListingImporter, rows: int, references=()) -> bytes:
    """The example listing `rows` times, in a commune of the demo, available next year;
    with `references`, the rows update those listings (as a re-imported export does)."""
    references = list(references) or [""] * rows
    commune = Commune.objects.order_by("-population").first()
    next_year = timezone.localdate().year + 1
    return example_file(
        importer,
        rows,
        lambda n: {
            "Référence": str(references[n]),
            "Titre": f"Bench{n:03d}",
            "Commune": commune.insee_code,
            "Latitude": "",
            "Longitude": "",
            "Périodes": f"01/11/{next_year} – 30/04/{next_year + 1}",
        },
    )


class Command(BaseCommand):
    help = "Time publishing an evening and confirming a 100-row import on the demo data."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=3)

    def handle(self, *args, repeat: int, **options):
        admin = User.objects.filter(is_superuser=True).order_by("pk").first()
        evening = EventPage.objects.live().filter(locale__language_code="fr").first()
        if admin is None or evening is None:
            raise CommandError("Load the demo first: make demo")

        def publish():
            evening.specific.save_revision(user=admin).publish(user=admin)

        runs = [measure(publish) for _ in range(repeat)]
        self.report(f"Publish the evening “{evening.title}”", runs)

        importer = SupervisorImporter(user=admin)
        self.bench_import(
            "supervisors",
            importer,
            supervisor_file(importer, ROWS),
            Supervisor.objects.filter(last_name__startswith="Bench"),
            repeat,
        )
        importer = HousingListingImporter(user=admin)
        listings = HousingListing.objects.filter(title__startswith="Bench").order_by("title")
        self.bench_import(
            "housing listings",
            importer,
            listing_file(importer, ROWS),
            listings,
            repeat,
            again=lambda: listing_file(importer, ROWS, listings.values_list("pk", flat=True)),
        )

    def bench_import(self, label, importer, content, created_rows, repeat, again=None) -> None:
        """Import `content` (new records), then `again()` (the same records, unchanged)."""
        created, unchanged = [], []
        try:
            for _ in range(repeat):
                created_rows.delete()
                created.append(measure(partial(self.run_import, importer, content)))
                same = again() if again else content
                unchanged.append(measure(partial(self.run_import, importer, same)))
        finally:
            created_rows.delete()
        self.report(f"Confirm an import of {ROWS} new {label}", created)
        self.report(f"Confirm the same {ROWS} rows again", unchanged)

    def run_import(self, importer, content: bytes) -> None:
        check = importer.run(content)
        if not check.is_valid:
            raise CommandError(f"The import was refused: {check.errors[:3]}")
        self.stdout.write(f"  {check.saved} rows saved, {check.unchanged} unchanged")

    def report(self, label: str, runs: list[tuple[float, int]]) -> None:
        seconds, queries = min(runs)
        self.stdout.write(
            f"{label}: {seconds * 1000:.0f} ms, {queries} queries (best of {len(runs)})"
        )
