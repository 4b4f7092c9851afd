"""The installation-aid guide."""

from django.utils.translation import gettext_lazy as _

from core.models import SectionIndexPage


class GuideIndexPage(SectionIndexPage):
    """The guide's entry page (/fr/aides/): every aid a professional can claim."""

    icon_name = "guide"
    template = "guide/guide_index_page.html"

    class Meta:
        verbose_name = _("aid guide")
