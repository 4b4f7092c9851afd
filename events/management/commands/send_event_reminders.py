"""Remind confirmed registrants two days before their event; run it hourly (cron, systemd)."""

from django.core.management.base import BaseCommand

from events.services import send_reminders


class Command(BaseCommand):
    help = "E-mail the reminder to confirmed registrants of events starting within two days."

    def handle(self, *args, **options):
        count = send_reminders()
        self.stdout.write(f"{count} reminder(s) queued.")
