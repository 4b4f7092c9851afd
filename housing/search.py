"""The registry's search: what a visitor asks for, and the published listings that match.

The criteria are read from the search form (forms.HousingSearchForm.criteria())
or from a saved search; the queries stand on the models alone.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Exists, F, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.semesters import Semester
from housing.models import AvailabilityPeriod, HousingListing
from territory.geo import Point, within_radius
from territory.models import Commune

DEFAULT_RADIUS_KM = 15
# Placements start in the first days of November and May: a period that starts
# a few days after the semester (or ends a few days before) still fits it.
SEMESTER_TOLERANCE_DAYS = 7


class Sort:
    AVAILABILITY = "availability"
    RENT = "rent"
    DISTANCE = "distance"
    CHOICES = [
        (AVAILABILITY, _("Available soonest")),
        (RENT, _("Lowest rent")),
        (DISTANCE, _("Nearest")),
    ]


@dataclass(frozen=True)
class SearchCriteria:
    """What a visitor asked for, ready for search_listings()."""

    commune: Commune | None = None
    centre: Point | None = None
    centre_label: str = ""
    radius_km: int = DEFAULT_RADIUS_KM
    day: datetime.date | None = None
    semester: Semester | None = None
    max_rent: int | None = None
    kind: str = ""
    furnished: bool = False
    step_free: bool = False
    sort: str = Sort.AVAILABILITY

    @property
    def is_empty(self) -> bool:
        return not any(
            (
                self.commune,
                self.centre,
                self.day,
                self.semester,
                self.max_rent is not None,
                self.kind,
                self.furnished,
                self.step_free,
            )
        )


def periods_including(day: datetime.date) -> Q:
    """The periods that include `day`."""
    return Q(start__lte=day, end__gte=day)


def periods_covering(semester: Semester) -> Q:
    """The periods that cover the whole semester, give or take a few days."""
    tolerance = datetime.timedelta(days=SEMESTER_TOLERANCE_DAYS)
    return Q(start__lte=semester.start + tolerance, end__gte=semester.end - tolerance)


def available_on(listings: QuerySet, day: datetime.date) -> QuerySet:
    """The listings with a period that includes `day`."""
    periods = AvailabilityPeriod.objects.filter(periods_including(day), listing=OuterRef("pk"))
    return listings.filter(Exists(periods))


def available_for(listings: QuerySet, semester: Semester) -> QuerySet:
    """The listings with a period that covers the whole semester, give or take a few days."""
    periods = AvailabilityPeriod.objects.filter(periods_covering(semester), listing=OuterRef("pk"))
    return listings.filter(Exists(periods))


def with_next_availability(
    listings: QuerySet, today: datetime.date, matching: Q | None = None
) -> QuerySet:
    """Annotate `next_start` and `next_end`: the first period that has not ended by `today`
    and, when the search asked for a day or a semester, the first that `matching` keeps
    (a card then shows the period the visitor asked for, not an earlier one)."""
    upcoming = AvailabilityPeriod.objects.filter(
        matching or Q(), listing=OuterRef("pk"), end__gte=today
    ).order_by("start", "end")
    return listings.annotate(
        next_start=Subquery(upcoming.values("start")[:1]),
        next_end=Subquery(upcoming.values("end")[:1]),
    )


def search_listings(criteria: SearchCriteria, today: datetime.date | None = None) -> QuerySet:
    """The published listings that match `criteria`, sorted as asked.

    Each row is annotated with `next_start` and `next_end` and, for a "near" search, with
    `distance_km`; the commune is joined, so a page of results costs a fixed
    number of queries.
    """
    today = today or timezone.localdate()
    listings = HousingListing.objects.published().select_related("commune")
    matching = Q()
    if criteria.commune is not None:
        listings = listings.filter(commune=criteria.commune)
    if criteria.centre is not None:
        # From the public position: a distance from the address would lead back to it.
        listings = within_radius(
            listings, criteria.centre, criteria.radius_km, prefix=HousingListing.PUBLIC
        )
    if criteria.day is not None:
        listings = available_on(listings, criteria.day)
        matching &= periods_including(criteria.day)
    if criteria.semester is not None:
        listings = available_for(listings, criteria.semester)
        matching &= periods_covering(criteria.semester)
    listings = with_next_availability(filter_features(listings, criteria), today, matching)
    if criteria.sort == Sort.RENT:
        return listings.order_by("rent", "pk")
    if criteria.sort == Sort.DISTANCE and criteria.centre is not None:
        return listings.order_by("distance_km", "pk")
    return listings.order_by(F("next_start").asc(nulls_last=True), "rent", "pk")


def filter_features(listings: QuerySet, criteria: SearchCriteria) -> QuerySet:
    """`listings` narrowed to the rent, kind and comforts `criteria` ask for."""
    if criteria.max_rent is not None:
        listings = listings.filter(rent__lte=criteria.max_rent)
    if criteria.kind:
        listings = listings.filter(kind=criteria.kind)
    if criteria.furnished:
        listings = listings.filter(furnished=True)
    if criteria.step_free:
        listings = listings.filter(is_step_free=True)
    return listings
