"""Housing shown on the guide's commune pages: the published listings nearest the commune."""

from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.i18n import format_euros
from guide.nearby import NearbyItem, NearbySection
from housing.models import HousingIndexPage, HousingListing
from territory.geo import Point, within_radius
from territory.models import Commune

RADIUS_KM = 15
LIMIT = 5


def housing_near(commune: Commune, request) -> NearbySection | None:
    """Up to five listings within 15 km, nearest first, and a link to the full search."""
    index = HousingIndexPage.for_active_language()
    if index is None:
        return None
    listings = within_radius(
        HousingListing.objects.published().select_related("commune"),
        Point(commune.latitude, commune.longitude),
        RADIUS_KM,
        prefix=HousingListing.PUBLIC,
    ).order_by("distance_km", "pk")[:LIMIT]
    return NearbySection(
        title=gettext_lazy("Housing for trainees nearby"),
        items=[
            NearbyItem(
                label=str(listing.local_title),
                lang=listing.local_title.lang,
                url=listing.url_under(index.url),
                detail=_("%(commune)s, %(distance)s km, %(rent)s a month")
                % {
                    "commune": listing.commune.name,
                    "distance": round(listing.distance_km),
                    "rent": format_euros(listing.rent),
                },
            )
            for listing in listings
        ],
        more_url=f"{index.url}?"
        + urlencode({"near": f"commune:{commune.slug}", "radius": RADIUS_KM, "sort": "distance"}),
        more_label=gettext_lazy("All housing within 15 km"),
        empty_text=gettext_lazy("No housing is listed within 15 km at the moment."),
    )
