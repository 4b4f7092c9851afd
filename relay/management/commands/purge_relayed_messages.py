"""Daily (cron): delete relayed messages older than RELAY_RETENTION_DAYS (365 by default)."""

from django.core.management.base import BaseCommand

from relay.services import purge_old_messages


class Command(BaseCommand):
    help = "Delete the messages sent through the contact relay once their retention period is over."

    def handle(self, *args, **options):
        deleted = purge_old_messages()
        self.stdout.write(f"{deleted} relayed message(s) deleted.")
