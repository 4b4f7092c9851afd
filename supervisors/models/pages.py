"""The directory page (with a page per supervisor) and the "become a supervisor" page."""

from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import BasePage, SectionIndexPage


class SupervisorIndexPage(RoutablePageMixin, SectionIndexPage):
    """The directory (/fr/maitres-de-stage/): who hosts students, filtered, as a list and a map."""

    icon_name = "supervisors"
    template = "supervisors/supervisor_index_page.html"
    subpage_types = ["supervisors.BecomeSupervisorPage"]

    class Meta:
        verbose_name = _("supervisor directory")

    @path("")
    def directory(self, request):
        from supervisors.directory import directory_context

        return self.render(request, context_overrides=directory_context(self, request))

    @re_path(r"^(?P<pk>\d+)-(?P<slug>[-\w]*)/$", name="supervisor")
    def supervisor(self, request, pk, slug):
        from supervisors.directory import supervisor_context
        from supervisors.models import Supervisor

        record = Supervisor.objects.listed().filter(pk=pk).first()
        if record is None:
            raise Http404
        if slug != record.slug:
            return redirect(self.supervisor_url(record), permanent=True)
        return self.render(
            request,
            template="supervisors/supervisor_page.html",
            context_overrides=supervisor_context(self, record, request),
        )

    def supervisor_url(self, record, index_url: str | None = None) -> str:
        """The record's page below this directory (`index_url`: this page's, when known)."""
        route = self.reverse_subpage("supervisor", args=[record.pk, record.slug])
        return (index_url or self.url) + route

    @property
    def become_page(self):
        return BecomeSupervisorPage.objects.child_of(self).live().first()


class BecomeSupervisorPage(RoutablePageMixin, BasePage):
    """How to become a supervisor, ending with the form that declares interest."""

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

    class Meta:
        verbose_name = _("become a supervisor page")

    @path("")
    def declare_interest(self, request):
        from supervisors.views import declare_interest

        return declare_interest(request, self)

    @path(_("sent/"), name="thanks")
    def sent(self, request):
        return self.render(request, context_overrides={"sent": True})
