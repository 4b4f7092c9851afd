"""The directory page (with a page per supervisor) and the "become a supervisor" page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import BasePage, SectionIndexPage
from core.subpages import RoutedPageMixin


class SupervisorIndexPage(RoutedPageMixin, SectionIndexPage):
    """The directory (/fr/maitres-de-stage/): who hosts students, filtered, as a list and a map.

    Its routes (the directory, a page per supervisor) are in supervisors/routes.py.
    """

    icon_name = "supervisors"
    template = "supervisors/supervisor_index_page.html"
    subpage_types = ["supervisors.BecomeSupervisorPage"]
    subpage_routes = "supervisors.routes.SUPERVISOR_INDEX_PAGE"

    class Meta:
        verbose_name = _("supervisor directory")

    def supervisor_url(self, record, index_url: str | None = None) -> str:
        """The record's page below this directory (`index_url`: this page's, when known)."""
        route = self.reverse_subpage("supervisor", args=[record.pk, record.slug])
        return (index_url or self.url) + route

    @property
    def become_page(self):
        return BecomeSupervisorPage.objects.child_of(self).live().first()


class BecomeSupervisorPage(RoutedPageMixin, BasePage):
    """How to become a supervisor, ending with the form that declares interest.

    Its routes (the form, the thanks once sent) are in supervisors/routes.py.
    """

    intro = models.TextField(_("introduction"), max_length=500)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    form_intro = RichTextField(
        _("text above the form"), features=["bold", "italic", "link"], blank=True
    )
    thanks = RichTextField(
        _("text after sending"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("What happens next, shown once the form is sent."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("form_intro"),
        FieldPanel("thanks"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["supervisors.SupervisorIndexPage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "supervisors/become_supervisor_page.html"
    subpage_routes = "supervisors.routes.BECOME_SUPERVISOR_PAGE"

    class Meta:
        verbose_name = _("become a supervisor page")
