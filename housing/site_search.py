"""Housing listings in the header's search (core.site_search): title, description, transport
and commune; never the address or the contact."""

from core.search_text import matching_every_word
from core.site_search import SearchHit
from housing.models import HousingIndexPage, HousingListing

SEARCHED_FIELDS = ["title", "description", "public_transport", "commune__name"]


def listings_matching(words: list[str], limit: int) -> tuple[list[SearchHit], int]:
    index = HousingIndexPage.for_active_language()
    if index is None:
        return [], 0
    listings = matching_every_word(HousingListing.objects.published(), SEARCHED_FIELDS, words)
    found = listings.select_related("commune").only("pk", "title", "commune__name")
    index_url = index.url
    hits = [
        SearchHit(listing.title, listing.url_under(index_url), listing.commune.name)
        for listing in found.order_by("title", "pk")[:limit]
    ]
    return hits, listings.count()
