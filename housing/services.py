"""The registry's rules: availability, the search, freshness and saved searches."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import Max, Q, QuerySet
from django.http import QueryDict
from django.utils import timezone
from wagtail.log_actions import log

from core.semesters import Semester, next_semester
from housing.models import AvailabilityPeriod, FreshnessNotice, HousingListing, SavedSearch
from housing.models.listings import CONFIRMATION_DAYS
from housing.search import search_listings

if TYPE_CHECKING:
    from collections.abc import Iterable

    from accounts.models import User
    from housing.forms import HousingSearchForm

# The owner is told this many days before a listing is unpublished or flagged.
REMINDER_DAYS = 14
# RGPD: an unpublished listing, with its landlord's contact, is deleted this
# many days after its last available day (or its last change, without periods).
ENDED_LISTING_RETENTION_DAYS = 365
# The history entry of a confirmation (registered in wagtail_hooks.py).
CONFIRM_ACTION = "housing.confirm_available"


def add_semester(listing: HousingListing, semester: Semester) -> bool:
    """Add `semester` to the listing's periods (in memory, saved with it) unless it is there."""
    if any(p.start == semester.start and p.end == semester.end for p in listing.periods.all()):
        return False
    listing.periods.add(AvailabilityPeriod(start=semester.start, end=semester.end))
    return True


def apply_staff_review(
    listing: HousingListing, *, confirm_available: bool, add_next_semester: bool
) -> None:
    """What the staff's edit form asks besides the fields, on the listing in memory (saved
    with it): that the room is confirmed available now, and the next semester added."""
    if confirm_available:
        listing.last_confirmed_at = timezone.now()
    if add_next_semester:
        add_semester(listing, next_semester(timezone.localdate()))


# Freshness ------------------------------------------------------------------


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
    from housing.tasks import send_owner_reminder

    today = today or timezone.localdate()
    report = FreshnessReport(unpublished=unpublish_ended_listings(today))
    report.flagged = flagged_listings().count()
    reminders = collect_reminders(today)
    for owner_id, items in reminders.items():
        payload = [(item.listing.pk, item.kind, item.due_on.isoformat()) for item in items]
        transaction.on_commit(partial(send_owner_reminder.enqueue, owner_id, payload))
    report.owners_reminded = len(reminders)
    return report


# Saved searches -------------------------------------------------------------


def normalised_search(query: QueryDict) -> tuple[str, HousingSearchForm]:
    """The search part of a query string, in a stable order (no page, no view), and its
    form, validated.

    A commune or a place is written by its slug however it was typed, so that
    "Melun (77000)" and "melun" make one saved search, with a readable address.
    """
    from housing.forms import HousingSearchForm

    kept = QueryDict(mutable=True)
    for name in sorted(HousingSearchForm.base_fields):
        for value in query.getlist(name):
            if value:
                kept.appendlist(name, value)
    form = HousingSearchForm(kept)
    if form.is_valid():
        if commune := form.cleaned_data["commune"]:
            kept.setlist("commune", [commune.slug])
        if near := form.cleaned_data["near"]:
            kept.setlist("near", [near.key])
    return kept.urlencode(), form


@transaction.atomic
def save_search(user: User, query: QueryDict, language: str) -> tuple[SavedSearch, bool]:
    """Remember the user's search (once per distinct search); True when it is new."""
    normalised, form = normalised_search(query)
    saved, created = SavedSearch.objects.get_or_create(
        user=user,
        query=normalised,
        defaults={"description": form.summary()[:300], "language": language},
    )
    return saved, created


def new_matches(saved: SavedSearch, since: datetime.datetime, today: datetime.date) -> list:
    """The listings first published after `since` that match the saved search."""
    from housing.forms import HousingSearchForm

    form = HousingSearchForm(QueryDict(saved.query), today=today)
    if not form.is_valid():
        return []
    listings = search_listings(form.criteria(), today).filter(first_published_at__gt=since)
    return list(listings[:20])


def send_saved_search_alerts(now: datetime.datetime | None = None) -> int:
    """E-mail each saved search's new matches, at most once a day per search; return how many."""
    from housing.tasks import send_saved_search_alert

    now = now or timezone.now()
    today = timezone.localdate(now)
    sent = 0
    due = SavedSearch.objects.filter(user__is_active=True).exclude(last_sent_on=today)
    for saved in due.select_related("user"):
        with transaction.atomic():
            locked = SavedSearch.objects.select_for_update().filter(pk=saved.pk).first()
            if locked is None or locked.last_sent_on == today:
                continue
            matches = new_matches(locked, locked.checked_until, today)
            locked.checked_until = now
            if matches:
                locked.last_sent_on = today
                ids = [listing.pk for listing in matches]
                transaction.on_commit(partial(send_saved_search_alert.enqueue, locked.pk, ids))
                sent += 1
            locked.save(update_fields=["checked_until", "last_sent_on"])
    return sent


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


@transaction.atomic
def confirm_still_available(listings: Iterable[HousingListing], user: User | None) -> int:
    """Record that staff checked each listing is still available: today, on the record itself.

    The date is written on the listing's row whatever drafts it has, and
    logged: a confirmation is a fact about the listing, not an edit waiting
    for review.
    """
    listings = list(listings)
    now = timezone.now()
    count = HousingListing.objects.filter(pk__in=[listing.pk for listing in listings]).update(
        last_confirmed_at=now
    )
    for listing in listings:
        listing.last_confirmed_at = now
        log(instance=listing, action=CONFIRM_ACTION, user=user)
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
