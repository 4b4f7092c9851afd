"""Keeping the registry fresh: listings unpublished after their last day, owners reminded
before a listing ends or needs confirming, ended listings deleted after a year (RGPD)."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from functools import partial

from django.db import transaction
from django.db.models import Max, Q, QuerySet
from django.utils import timezone

from housing.models import FreshnessNotice, HousingListing
from housing.models.listings import CONFIRMATION_DAYS
from housing.tasks import send_owner_reminder

# The owner is told this many days before a listing is unpublished or flagged.
REMINDER_DAYS = 14
# RGPD: an unpublished listing, with its landlord's contact, is deleted this
# many days after its last available day (or its last change, without periods).
ENDED_LISTING_RETENTION_DAYS = 365


def last_day(listing: HousingListing) -> datetime.date | None:
    """The last day the listing is available (the end of its last period)."""
    return max((period.end for period in listing.periods.all()), default=None)


def confirmation_due_on(listing: HousingListing) -> datetime.date:
    """The day the listing is flagged as not confirmed for too long."""
    return timezone.localdate(listing.last_confirmed_at) + datetime.timedelta(
        days=CONFIRMATION_DAYS
    )


def flagged_listings() -> QuerySet:
    """The published listings that nobody has confirmed for CONFIRMATION_DAYS days."""
    limit = timezone.now() - datetime.timedelta(days=CONFIRMATION_DAYS)
    return HousingListing.objects.published().filter(last_confirmed_at__lt=limit)


def unpublish_ended_listings(today: datetime.date) -> list[HousingListing]:
    """Unpublish each published listing whose last period ended before `today` (or with none)."""
    ended = []
    listings = HousingListing.objects.published().prefetch_related("periods")
    for listing in listings:
        end = last_day(listing)
        if end is None or end < today:
            with transaction.atomic():
                listing.unpublish(log_action=True)
            ended.append(listing)
    return ended


@dataclass
class Reminder:
    """What an owner is told about one listing: what happens on which day."""

    listing: HousingListing
    kind: str
    due_on: datetime.date


@transaction.atomic
def collect_reminders(today: datetime.date) -> dict[int, list[Reminder]]:
    """The reminders due today per owner id, recorded so that none is sent twice.

    A listing gets a reminder when its last period ends or its confirmation
    falls due within REMINDER_DAYS days, once per due date.
    """
    horizon = today + datetime.timedelta(days=REMINDER_DAYS)
    by_owner: dict[int, list[Reminder]] = defaultdict(list)
    listings = (
        HousingListing.objects.published()
        .filter(owner__isnull=False, owner__is_active=True)
        .prefetch_related("periods", "freshness_notices")
    )
    for listing in listings:
        due = []
        end = last_day(listing)
        if end is not None and today <= end + datetime.timedelta(days=1) <= horizon:
            due.append((FreshnessNotice.Kind.ENDING, end + datetime.timedelta(days=1)))
        confirmation = confirmation_due_on(listing)
        if today <= confirmation <= horizon:
            due.append((FreshnessNotice.Kind.UNCONFIRMED, confirmation))
        sent = {(notice.kind, notice.due_on) for notice in listing.freshness_notices.all()}
        for kind, due_on in due:
            if (kind, due_on) in sent:
                continue
            FreshnessNotice.objects.create(listing=listing, kind=kind, due_on=due_on)
            by_owner[listing.owner_id].append(Reminder(listing, kind, due_on))
    return by_owner


@dataclass
class FreshnessReport:
    unpublished: list[HousingListing] = field(default_factory=list)
    flagged: int = 0
    owners_reminded: int = 0


def run_freshness(today: datetime.date | None = None) -> FreshnessReport:
    """The daily job: unpublish ended listings, count flagged ones, remind owners (idempotent)."""
    today = today or timezone.localdate()
    report = FreshnessReport(unpublished=unpublish_ended_listings(today))
    report.flagged = flagged_listings().count()
    reminders = collect_reminders(today)
    for owner_id, items in reminders.items():
        payload = [(item.listing.pk, item.kind, item.due_on.isoformat()) for item in items]
        transaction.on_commit(partial(send_owner_reminder.enqueue, owner_id, payload))
    report.owners_reminded = len(reminders)
    return report


@transaction.atomic
def purge_ended_listings(now: datetime.datetime | None = None) -> int:
    """Delete the unpublished listings ended over a year ago, with their revisions.

    The landlord's contact details go with them. Returns how many were deleted.
    """
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=ENDED_LISTING_RETENTION_DAYS)
    ended = (
        HousingListing.objects.filter(live=False)
        .annotate(last_end=Max("periods__end"))
        .filter(
            Q(last_end__lt=timezone.localdate(cutoff))
            | Q(last_end__isnull=True, updated_at__lt=cutoff)
        )
    )
    count = 0
    for listing in ended:
        listing.delete()
        count += 1
    return count


def listings_to_confirm_by(day: datetime.date) -> QuerySet:
    """Published listings that will be flagged as not confirmed by `day`, oldest first."""
    limit = timezone.make_aware(
        datetime.datetime.combine(
            day - datetime.timedelta(days=CONFIRMATION_DAYS - 1), datetime.time()
        )
    )
    return (
        HousingListing.objects.published()
        .filter(last_confirmed_at__lt=limit)
        .order_by("last_confirmed_at")
    )
