from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    name = "pagecache"
    verbose_name = _("Page cache")

    def ready(self):
        from wagtail.models import PageViewRestriction, Site

        from core.models import CareerStage, Faculty, PortalSettings, Profession, Specialty
        from core.signals import records_saved_in_bulk
        from pagecache import invalidation

        invalidation.connect_page_signals()
        records_saved_in_bulk.connect(
            invalidation.objects_saved_in_bulk, dispatch_uid="page_cache_bulk"
        )
        # A site's host or root decides every route (pagecache.routing) and every URL;
        # the lists label and filter every section (aids, supervisors, home).
        invalidation.register_site_wide(
            PortalSettings, Site, Profession, CareerStage, Faculty, Specialty
        )
        # A page put behind a password or a login leaves the cache at once.
        invalidation.register(PageViewRestriction, invalidation.restricted_pages)
