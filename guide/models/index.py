"""The guide's entry page and the pages it serves below itself.

Besides the list of aids, the index answers at addresses of its own: the
eligibility finder, the printable guide and its PDF, the communes with their
zonage and the places to practise: `guide/routes.py` lists them.
"""

from django.utils.translation import gettext_lazy as _

from core.models import SectionIndexPage
from core.subpages import RoutedPageMixin
from core.view_restrictions import public_only
from guide.models.aids import AidPage
from guide.models.living import LivingPage


class GuideIndexPage(RoutedPageMixin, SectionIndexPage):
    """The guide's entry page (/fr/aides/): every aid a professional can claim."""

    icon_name = "guide"
    template = "guide/guide_index_page.html"
    subpage_types = ["guide.AidPage", "guide.LivingPage"]
    subpage_routes = "guide.routes.GUIDE_INDEX_PAGE"

    class Meta:
        verbose_name = _("aid guide")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The « Vivre ici » page, which the guide's tools link to.
        context["living_page"] = LivingPage.objects.live().child_of(self).first()
        return context

    def aids(self):
        """The live aids below this index, in its language."""
        return public_only(AidPage.objects.live()).descendant_of(self)
