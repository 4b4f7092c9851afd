"""Background work of the events: sending the registrants' e-mails, with retries.

A send that fails (mail server down or refusing) is tried again later with a
growing delay; the registration itself was committed before the task was
enqueued, so it is never lost nor rolled back.
"""

import datetime
import logging
import smtplib

from django.utils import timezone
from django_tasks import default_task_backend, task

from events.emails import build_email
from events.models import Registration

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 6


def retry_delay(attempt: int) -> datetime.timedelta:
    """1, 4, 16, 64… minutes: quick for a blip, patient for an outage."""
    return datetime.timedelta(minutes=4 ** (attempt - 1))


@task()
def send_registration_email(registration_id: int, kind: str, attempt: int = 1, **extra: str):
    """Send one registrant one e-mail; on an SMTP or network failure, schedule a retry."""
    registration = Registration.objects.select_related("event").filter(pk=registration_id).first()
    if registration is None or not registration.email:
        return "skipped"
    try:
        build_email(registration, kind, **extra).send()
    except (smtplib.SMTPException, OSError):
        if attempt >= MAX_ATTEMPTS:
            logger.exception("Giving up e-mail %s to registration %s", kind, registration_id)
            raise
        logger.warning("E-mail %s to registration %s failed; retrying", kind, registration_id)
        retry = send_registration_email
        if default_task_backend.supports_defer:
            retry = retry.using(run_after=timezone.now() + retry_delay(attempt))
        retry.enqueue(registration_id, kind, attempt + 1, **extra)
        return "retry scheduled"
    return "sent"
