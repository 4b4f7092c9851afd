"""Daily: erase the prospective supervisors declined more than twelve months ago (RGPD)."""

from django.core.management.base import BaseCommand

from supervisors.services import purge_declined_leads


class Command(BaseCommand):
    help = "Erase the leads declined more than twelve months ago (run daily)."

    def handle(self, *args, **options):
        count = purge_declined_leads()
        self.stdout.write(f"{count} declined lead(s) erased.")
