"""The housing registry for trainee doctors."""

from django.utils.translation import gettext_lazy as _

from core.models import SectionIndexPage


class HousingIndexPage(SectionIndexPage):
    """The registry's entry page (/fr/logements/): rooms near placements."""

    icon_name = "housing"
    template = "housing/housing_index_page.html"

    class Meta:
        verbose_name = _("housing registry")
