"""The home page of each language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import KeyFigureBlock
from core.chrome import chrome_for_request
from core.models import BasePage
from core.view_restrictions import public_only
from events.models import EventPage
from guide.models import AidPage, GuideIndexPage

LATEST_AIDS = 3


class HomePage(BasePage):
    """What the département offers health professionals, and the way in."""

    headline = models.CharField(
        _("headline"), max_length=160, help_text=_("The first sentence a visitor reads.")
    )
    intro = models.TextField(_("introduction"), max_length=600)
    key_figures = StreamField(
        [("figure", KeyFigureBlock())],
        verbose_name=_("key figures"),
        blank=True,
        max_num=4,
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("headline"),
        FieldPanel("intro"),
        FieldPanel("key_figures"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("headline"), index.SearchField("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = None
    template = "home/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = chrome_for_request(request).sections
        context["next_event"] = (
            public_only(EventPage.objects.live()).filter(locale=self.locale).upcoming().first()
        )
        context["latest_aids"] = (
            public_only(AidPage.objects.live())
            .in_force()
            .filter(locale=self.locale)
            .for_cards()
            .order_by("-first_published_at")[:LATEST_AIDS]
        )
        context["guide"] = GuideIndexPage.objects.live().filter(locale=self.locale).first()
        return context
