from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TerritoryConfig(AppConfig):
    name = "territory"
    verbose_name = _("Territory")

    def ready(self):
        from pagecache import invalidation
        from territory.models import Commune, CommuneZoning, PlaceToPractise

        # Communes and places show across the site (the zonage, each commune's
        # page, the cards of listings and supervisors, the finder's answers)
        # and change a few times a year: a change invalidates every page.
        invalidation.register_site_wide(Commune, CommuneZoning, PlaceToPractise)
