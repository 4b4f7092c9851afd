"""Server time of the two slow writes staff wait for, on the demo: publishing an evening and
confirming a 100-row supervisor import (issue 20, point 19).

    .venv/bin/python manage.py bench_writes          # after `make demo`

Prints the time and the queries of each, best of `--repeat` runs. The import
runs twice: 100 new supervisors, then the same file again (100 unchanged).
The supervisors it creates are deleted afterwards.
"""

import csv
import io
import time
from collections import deque

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import User
from events.models import EventPage
from supervisors.importing import SupervisorImporter
from supervisors.models import Supervisor
from supervisors.validators import with_check_digit

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


def supervisor_file(importer: SupervisorImporter, rows: int) -> bytes:
    """The importer's example row `rows` times, each a different person."""
    header, example = list(csv.reader(io.StringIO(importer.example_csv()), delimiter=";"))
    position = {name: index for index, name in enumerate(header)}
    lines = [header]
    for number in range(rows):
        row = list(example)
        row[position["RPPS"]] = with_check_digit(str(RPPS_STEM + number))
        row[position["Nom"]] = f"Bench{number:03d}"
        if "E-mail" in position:
            row[position["E-mail"]] = f"bench{number:03d}@example.org"
        lines.append(row)
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows(lines)
    return buffer.getvalue().encode()


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
        content = supervisor_file(importer, ROWS)
        created, unchanged = [], []
        try:
            for _ in range(repeat):
                Supervisor.objects.filter(last_name__startswith="Bench").delete()
                created.append(measure(lambda: self.run_import(importer, content)))
                unchanged.append(measure(lambda: self.run_import(importer, content)))
        finally:
            Supervisor.objects.filter(last_name__startswith="Bench").delete()
        self.report(f"Confirm an import of {ROWS} new supervisors", created)
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
