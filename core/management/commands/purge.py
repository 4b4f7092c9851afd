"""Run daily (cron, systemd timer): apply every retention period of the register of processing."""

import logging

from django.core.management.base import BaseCommand
from django.utils import timezone

from core.personal_data import registered_processings

logger = logging.getLogger("portal.purge")


class Command(BaseCommand):
    help = (
        "Apply the retention period of every entry in the register of processing "
        "(each app's purge services) and log how many records each removed."
    )

    def handle(self, *args, **options):
        # One instant for every service, so a run is consistent whatever its length.
        now = timezone.now()
        for processing in registered_processings():
            for purge in processing.purges:
                count = purge(now)
                # Counts only: the log must not become a copy of what was erased.
                line = f"{processing.key}: {purge.__name__} removed {count}"
                logger.info(line)
                self.stdout.write(line)
