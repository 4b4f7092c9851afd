"""What CDOM staff do to keep a listing current: add a semester, confirm it is available."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from accounts.models import User
from core.semesters import Semester, next_semester
from housing.models import AvailabilityPeriod, HousingListing

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
