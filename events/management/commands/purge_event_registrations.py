"""The events' retention purge; run it daily (cron, systemd)."""

from django.core.management.base import BaseCommand

from events.services import anonymise_past_registrations, expire_unconfirmed


class Command(BaseCommand):
    help = (
        "Expire guests' registrations never confirmed within 24 hours, and anonymise the "
        "registrants of events that ended more than EVENT_REGISTRATION_RETENTION_MONTHS ago."
    )

    def handle(self, *args, **options):
        expired = expire_unconfirmed()
        anonymised = anonymise_past_registrations()
        self.stdout.write(f"{expired} unconfirmed registration(s) expired.")
        self.stdout.write(f"{anonymised} registration(s) anonymised.")
