"""The registry's entry page: the search form, the results, and each listing's page."""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from core.models import SectionIndexPage


class HousingIndexPage(RoutablePageMixin, SectionIndexPage):
    """The registry's entry page (/fr/logements/): rooms near placements.

    The page itself is the search; /fr/logements/<id>-<slug>/ shows one listing.
    """

    icon_name = "housing"
    template = "housing/housing_index_page.html"

    class Meta:
        verbose_name = _("housing registry")

    @path("")
    def search(self, request):
        from housing.views import search

        return search(request, self)

    @path("<int:pk>-<slug:slug>/", name="listing")
    @path("<int:pk>/", name="listing_short")
    def listing(self, request, pk: int, slug: str = ""):
        from housing.views import listing

        return listing(request, self, pk, slug)

    @path(_("saved-search/"), name="save_search")
    def save_search(self, request):
        from housing.views import save_search_view

        return save_search_view(request, self)
