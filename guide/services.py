"""The guide's editorial rules: aids due for a check or closing soon; the finder's e-mail."""

import datetime
from dataclasses import asdict

from django.db import transaction
from django.utils import timezone

from guide.eligibility import FinderQuestion
from guide.models.aids import AidPageQuerySet
from guide.tasks import send_finder_answer

# Aids not checked against their official source for this long are listed for review.
REVIEW_AFTER_DAYS = 365
# The review report also lists aids whose window closes within this many days.
CLOSING_WITHIN_DAYS = 30


def aids_not_checked_since(
    aids: AidPageQuerySet, days: int = REVIEW_AFTER_DAYS, today: datetime.date | None = None
) -> AidPageQuerySet:
    """Aids never checked, or last checked more than `days` ago."""
    today = today or timezone.localdate()
    limit = today - datetime.timedelta(days=days)
    return aids.filter(last_checked_on__isnull=True) | aids.filter(last_checked_on__lt=limit)


def aids_closing_within(
    aids: AidPageQuerySet, days: int = CLOSING_WITHIN_DAYS, today: datetime.date | None = None
) -> AidPageQuerySet:
    """Aids in force whose application window closes between today and `days` from now."""
    today = today or timezone.localdate()
    return aids.in_force().filter(
        all_year=False,
        closes_on__gte=today,
        closes_on__lte=today + datetime.timedelta(days=days),
    )


def email_finder_answer(email: str, language: str, question: FinderQuestion) -> None:
    """Send the finder's answer to `email` in the background; the address is not kept."""
    transaction.on_commit(lambda: send_finder_answer.enqueue(email, language, asdict(question)))
