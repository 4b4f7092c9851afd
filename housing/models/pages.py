"""The registry's entry page: the search form, the results, and each listing's page."""

from django.utils.translation import gettext_lazy as _

from core.models import SectionIndexPage
from core.subpages import RoutedPageMixin


class HousingIndexPage(RoutedPageMixin, SectionIndexPage):
    """The registry's entry page (/fr/logements/): rooms near placements.

    The page itself is the search; /fr/logements/<id>-<slug>/ shows one listing
    (the routes are in housing/routes.py).
    """

    icon_name = "housing"
    template = "housing/housing_index_page.html"
    subpage_routes = "housing.routes.HOUSING_INDEX_PAGE"

    class Meta:
        verbose_name = _("housing registry")
