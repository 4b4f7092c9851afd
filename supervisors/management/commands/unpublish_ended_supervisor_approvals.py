"""Daily: take off the directory the supervisors whose faculty approval has ended."""

from django.core.management.base import BaseCommand

from supervisors.services import unpublish_ended_approvals


class Command(BaseCommand):
    help = "Unpublish the supervisors whose approval has ended (run daily)."

    def handle(self, *args, **options):
        count = unpublish_ended_approvals()
        self.stdout.write(f"{count} supervisor(s) unpublished.")
