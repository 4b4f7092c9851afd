"""The registry's daily job, for cron or a systemd timer (see README, "Scheduled jobs").

Unpublishes listings whose last period has ended, reminds owners 14 days before
a listing ends or needs confirming, and sends the saved searches' new listings.
Running it twice on the same day sends nothing twice.
"""

from django.core.management.base import BaseCommand

from housing.jobs import send_saved_search_alerts
from housing.services.freshness import run_freshness


class Command(BaseCommand):
    help = "Unpublish ended housing listings, remind their owners, send saved-search e-mails."

    def handle(self, *args, **options):
        report = run_freshness()
        alerts = send_saved_search_alerts()
        self.stdout.write(
            f"{len(report.unpublished)} listing(s) unpublished, {report.flagged} to confirm, "
            f"{report.owners_reminded} owner(s) reminded, {alerts} saved-search e-mail(s)."
        )
