"""« Vivre ici »: the quality of life that the guide shows beside the aids.

A département's roadmap asks the installation guide to show what daily life
is like, not only what one can claim: the guide's "Vivre ici" page says it for
the whole département (transport, schools, culture, work for a partner), and
each commune's page adds what editors wrote about that commune, beside the
facts the portal computes (population, intercommunality, nearest hospitals
and places to practise).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.models import BasePage
from guide.blocks import LivingBodyBlock

COMMUNE_TEXT_FEATURES = ["bold", "italic", "link", "ul"]


class LivingPage(BasePage):
    """The guide's "Vivre ici" page: daily life in the département, theme by theme."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(LivingBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    template = "guide/living_page.html"
    parent_page_types = ["guide.GuideIndexPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("“Living here” page")
        verbose_name_plural = _("“Living here” pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guide"] = self.get_parent().specific
        return context


class CommuneLife(models.Model):
    """What editors say about daily life in one commune, in French and in English.

    Communes are not translated pages, so the text has one field per language,
    as the lists do; the English page shows the French text until someone
    writes the English one.
    """

    commune = models.OneToOneField(
        "territory.Commune",
        on_delete=models.CASCADE,
        related_name="life",
        verbose_name=_("commune"),
    )
    text_fr = RichTextField(_("text in French"), features=COMMUNE_TEXT_FEATURES)
    text_en = RichTextField(_("text in English"), features=COMMUNE_TEXT_FEATURES, blank=True)

    panels = [FieldPanel("commune"), FieldPanel("text_fr"), FieldPanel("text_en")]

    class Meta:
        ordering = ["commune__name"]
        verbose_name = _("living in a commune")
        verbose_name_plural = _("living in the communes")

    def __str__(self) -> str:
        return str(self.commune)

    def text(self, language: str) -> str:
        """The text in `language`, or in French when it has none."""
        return (self.text_en if language == "en" else "") or self.text_fr
