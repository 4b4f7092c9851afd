from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class SupervisorsConfig(AppConfig):
    name = "supervisors"
    verbose_name = _("Supervisor directory")

    def ready(self):
        from core import personal_data, sitemaps
        from core.site_search import register_search_source
        from guide.nearby import register_nearby
        from pagecache import invalidation
        from relay.registry import register as register_relay_target
        from supervisors.cached_pages import directory_pages, supervisor_pages
        from supervisors.models import LearnerLevel, SpokenLanguage, Supervisor
        from supervisors.nearby import supervisors_near
        from supervisors.personal_data import (
            LEADS_PROCESSING,
            LEADS_SECTION,
            SUPERVISORS_PROCESSING,
        )
        from supervisors.site_search import supervisors_matching
        from supervisors.sitemap import supervisor_sub_pages

        personal_data.register(LEADS_SECTION)
        personal_data.register_processing(SUPERVISORS_PROCESSING)
        personal_data.register_processing(LEADS_PROCESSING)
        register_relay_target(Supervisor, pgettext_lazy("contact URL", "supervisor"))
        invalidation.register(Supervisor, supervisor_pages)
        sitemaps.register(supervisor_sub_pages)
        for term in (LearnerLevel, SpokenLanguage):
            invalidation.register(term, directory_pages)
        register_nearby("supervisors", supervisors_near, order=20)
        register_search_source("supervisors", _("Supervisors"), supervisors_matching, order=20)
