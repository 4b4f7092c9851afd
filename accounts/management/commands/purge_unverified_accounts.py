"""Run daily (cron or a scheduler): delete accounts never confirmed within the retention period."""

from django.core.management.base import BaseCommand

from accounts.services import UNVERIFIED_ACCOUNT_RETENTION, purge_unverified_accounts


class Command(BaseCommand):
    help = (
        f"Delete accounts whose e-mail address was not confirmed within "
        f"{UNVERIFIED_ACCOUNT_RETENTION.days} days."
    )

    def handle(self, *args, **options):
        count = purge_unverified_accounts()
        self.stdout.write(f"{count} unverified account(s) deleted.")
