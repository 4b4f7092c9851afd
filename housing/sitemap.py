"""The published listings, for the sitemap (core.sitemaps)."""

from core.sitemaps import SubPage
from housing.models import HousingIndexPage, HousingListing


def listing_sub_pages() -> list[SubPage]:
    listings = HousingListing.objects.published().only("pk", "title").order_by("pk")
    return [
        SubPage(HousingIndexPage, "listing", {"pk": listing.pk, "slug": listing.slug})
        for listing in listings
    ]
