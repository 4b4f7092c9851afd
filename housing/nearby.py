"""What is near what: the published listings nearest a commune (for the guide's commune
pages), and the places to practise nearest a listing (for its page)."""

from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.i18n import format_euros
from guide.nearby import NearbyItem, NearbySection, nearest, radius_km
from housing.models import HousingIndexPage, HousingListing
from territory.geo import Point, within_radius
from territory.models import Commune, PlaceToPractise


def housing_near(commune: Commune, request) -> NearbySection | None:
    """The published listings nearest the commune, and a link to the full search."""
    index = HousingIndexPage.for_active_language()
    if index is None:
        return None
    radius = radius_km("housing")
    listings = nearest(
        HousingListing.objects.published().select_related("commune"),
        commune,
        radius,
        prefix=HousingListing.PUBLIC,
    )
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
        + urlencode({"near": f"commune:{commune.slug}", "radius": radius, "sort": "distance"}),
        more_label=_("All housing within %(radius)s km") % {"radius": radius},
        empty_text=_("No housing is listed within %(radius)s km at the moment.")
        % {"radius": radius},
    )


def nearby_places(centre: Point, radius_km: float = 30, limit: int = 6) -> list:
    """The places to practise closest to `centre` (a listing's public position), with
    `distance_km`, nearest first."""
    places = within_radius(
        PlaceToPractise.objects.active().select_related("commune"), centre, radius_km
    )
    return list(places.order_by("distance_km")[:limit])
