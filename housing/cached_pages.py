"""The cached pages that show a housing listing (pagecache.invalidation, see HousingConfig)."""

from guide.cached_pages import commune_pages
from housing.models import HousingIndexPage, HousingListing
from pagecache.invalidation import Stale, live_pages_with_urls


def listing_pages(listing: HousingListing) -> list[Stale]:
    """The listing's page and the search (every filter) in each language, and the
    guide's commune pages, which show the housing nearby."""
    stale = []
    for _index, index_url in live_pages_with_urls(HousingIndexPage):
        stale += [
            Stale(index_url),
            Stale(listing.url_under(index_url)),
            Stale(f"{index_url}{listing.pk}/"),
        ]
    return stale + commune_pages()
