from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuideConfig(AppConfig):
    name = "guide"
    verbose_name = _("Installation-aid guide")

    def ready(self):
        from core import personal_data, sitemaps
        from core.site_search import register_search_source
        from guide.cached_pages import commune_life_pages, guide_pages
        from guide.models import AidKind, CommuneLife, Funder, Referent
        from guide.personal_data import REFERENTS_PROCESSING
        from guide.site_search import communes_matching
        from guide.sitemap import guide_sub_pages
        from pagecache import invalidation

        personal_data.register_processing(REFERENTS_PROCESSING)
        sitemaps.register(guide_sub_pages)
        for model in (Funder, AidKind, Referent):
            invalidation.register(model, guide_pages)
        invalidation.register(CommuneLife, commune_life_pages)
        register_search_source("communes", _("Communes"), communes_matching, order=30)
