"""The demo's housing listings (a département's demo/content/dNN/housing.py), published,
owned by the CDOM."""

import datetime
from dataclasses import dataclass
from typing import Literal

from django.utils import timezone

from accounts.models import User
from core.models import PortalImage
from core.semesters import next_semester, semester_containing
from demo.people import CDOM_STAFF
from housing.models import AvailabilityPeriod, HousingListing, ListingPhoto
from territory.models import Commune

Period = Literal["current", "next", "year", "across"]
CURRENT: Period = "current"
NEXT: Period = "next"
YEAR: Period = "year"
ACROSS: Period = "across"


@dataclass(frozen=True)
class ListingSpec:
    title: str
    kind: str
    commune: str  # slug
    address: str
    latitude: float
    longitude: float
    rent: int
    offerer: str
    contact: str
    email: str
    periods: tuple[Period, ...] = (CURRENT, NEXT)
    places: int = 1
    surface: int = 14
    furnished: bool = True
    charges_included: bool = True
    amenities: tuple = ("internet", "workspace")
    transport: str = ""
    minimum_stay: int = 6
    description: str = ""


AMENITY_FIELDS = {
    "internet": "has_internet",
    "workspace": "has_workspace",
    "parking": "has_parking",
    "laundry": "has_laundry",
    "step_free": "is_step_free",
}


def period_dates(period: Period, today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The first and last day of a demo period, from the semester `today` falls in."""
    current = semester_containing(today)
    following = next_semester(today)
    if period == "current":
        return current.start, current.end
    if period == "next":
        return following.start, following.end
    if period == "year":
        return current.start, following.end
    # "across": the last three months of this semester and the first three of the next.
    return current.start + datetime.timedelta(days=92), following.start + datetime.timedelta(
        days=91
    )


def ensure_housing(
    today: datetime.date, pictures: dict[str, PortalImage], listings: list[ListingSpec]
) -> int:
    """Create and publish the demo listings that do not exist yet (by title); return how many.

    Each listing shows the picture drawn for its kind (`pictures`).
    """
    owner = User.objects.filter(email=CDOM_STAFF.email).first()
    communes = {commune.slug: commune for commune in Commune.objects.all()}
    existing = set(HousingListing.objects.values_list("title", flat=True))
    created = 0
    for spec in listings:
        if spec.title in existing or spec.commune not in communes:
            continue
        listing = HousingListing(
            title=spec.title,
            kind=spec.kind,
            commune=communes[spec.commune],
            address=spec.address,
            latitude=spec.latitude,
            longitude=spec.longitude,
            places=spec.places,
            rent=spec.rent,
            charges_included=spec.charges_included,
            deposit=spec.rent,
            surface=spec.surface,
            furnished=spec.furnished,
            public_transport=spec.transport,
            minimum_stay_months=spec.minimum_stay,
            description=spec.description,
            offerer_type=spec.offerer,
            contact_name=spec.contact,
            contact_email=spec.email,
            owner=owner,
            last_confirmed_at=timezone.now(),
            **{AMENITY_FIELDS[name]: True for name in spec.amenities},
        )
        if spec.kind in pictures:
            listing.photos.add(ListingPhoto(image=pictures[spec.kind]))
        for period in spec.periods:
            start, end = period_dates(period, today)
            listing.periods.add(AvailabilityPeriod(start=start, end=end))
        listing.save()
        listing.save_revision(user=owner, log_action=False).publish(user=owner, log_action=False)
        created += 1
    return created
