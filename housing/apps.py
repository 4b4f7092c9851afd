from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class HousingConfig(AppConfig):
    name = "housing"
    verbose_name = _("Housing registry")

    def ready(self):
        from core import personal_data, sitemaps
        from core.site_search import register_search_source
        from guide.nearby import register_nearby
        from housing.cached_pages import listing_pages
        from housing.models import HousingListing
        from housing.nearby import housing_near
        from housing.personal_data import (
            LISTINGS_PROCESSING,
            SAVED_SEARCHES_PROCESSING,
            SAVED_SEARCHES_SECTION,
        )
        from housing.site_search import listings_matching
        from housing.sitemap import listing_sub_pages
        from pagecache import invalidation
        from relay.registry import register

        register(HousingListing, pgettext_lazy("contact URL", "housing"))
        invalidation.register(HousingListing, listing_pages)
        sitemaps.register(listing_sub_pages)
        personal_data.register(SAVED_SEARCHES_SECTION)
        personal_data.register_processing(LISTINGS_PROCESSING)
        personal_data.register_processing(SAVED_SEARCHES_PROCESSING)
        register_nearby("housing", housing_near, order=10)
        register_search_source("housing", _("Housing"), listings_matching, order=10)
