from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    name = "pagecache"
    verbose_name = _("Page cache")

    def ready(self):
        from wagtail.models import PageViewRestriction, Site

        from pagecache import invalidation

        invalidation.connect_page_signals()
        # A site's host or root decides every route (pagecache.routing) and every URL.
        invalidation.register_site_wide(Site)
        # A page put behind a password or a login leaves the cache at once.
        invalidation.register(PageViewRestriction, invalidation.restricted_pages)
