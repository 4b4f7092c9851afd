"""The housing registry: listings kept by CDOM staff, the index page that searches them,
the students' saved searches and the freshness job's notices."""

from housing.models.alerts import FreshnessNotice, SavedSearch
from housing.models.listings import (
    AvailabilityPeriod,
    HousingListing,
    ListingKind,
    ListingPhoto,
    OffererType,
)
from housing.models.pages import HousingIndexPage

__all__ = [
    "AvailabilityPeriod",
    "FreshnessNotice",
    "HousingIndexPage",
    "HousingListing",
    "ListingKind",
    "ListingPhoto",
    "OffererType",
    "SavedSearch",
]
