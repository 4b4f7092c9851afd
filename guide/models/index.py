"""The guide's entry page and the pages it serves below itself.

Besides the list of aids, the index answers at addresses of its own: the
eligibility finder, the printable guide and its PDF, the communes with their
zonage and the places to practise. Route paths are translated, so the English
guide reads /en/aids/which-aids-for-me/ and the French /fr/aides/quelles-aides-pour-moi/.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from core.i18n import redirect_to_route
from core.models import SectionIndexPage
from core.view_restrictions import public_only
from guide.models.aids import AidPage
from guide.models.living import LivingPage


class GuideIndexPage(RoutablePageMixin, SectionIndexPage):
    """The guide's entry page (/fr/aides/): every aid a professional can claim."""

    icon_name = "guide"
    template = "guide/guide_index_page.html"
    subpage_types = ["guide.AidPage", "guide.LivingPage"]

    class Meta:
        verbose_name = _("aid guide")

    @path("")
    def index_route(self, request):
        from guide import views

        return views.aid_list(self, request)

    @path(_("which-aids-for-me/"), name="finder")
    def finder_route(self, request):
        from guide import views

        return views.finder(self, request)

    @path(_("which-aids-for-me/email/"), name="finder_email")
    def finder_email_route(self, request):
        from guide import views

        return views.finder_email(self, request)

    @path(_("print/"), name="print")
    def print_route(self, request):
        from guide import views

        return views.printable_guide(self, request)

    @path("pdf/", name="pdf")
    def pdf_route(self, request):
        from guide import views

        return views.guide_pdf(self, request)

    @path(_("communes/"), name="communes")
    def communes_route(self, request):
        from guide import views

        return views.commune_list(self, request)

    # Below the page, but not as "communes/<slug>/": no commune may be shadowed.
    @path(_("zoning-map/"), name="communes_map")
    def communes_map_route(self, request):
        from guide import views

        return views.commune_map(self, request)

    @path("zonage-map/", name="communes_map_former_path")
    def communes_map_former_path(self, request):
        return redirect_to_route(request, self, "communes_map")

    @path(_("communes/<slug:slug>/"), name="commune")
    def commune_route(self, request, slug):
        from guide import views

        return views.commune_detail(self, request, slug)

    @path(_("places-to-practise/"), name="places")
    def places_route(self, request):
        from guide import views

        return views.place_list(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The « Vivre ici » page, which the guide's tools link to.
        context["living_page"] = LivingPage.objects.live().child_of(self).first()
        return context

    def aids(self):
        """The live aids below this index, in its language."""
        return public_only(AidPage.objects.live()).descendant_of(self)
