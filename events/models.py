"""The intern welcome evenings."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import BasePage, SectionIndexPage


class EventPageQuerySet(PageQuerySet):
    def upcoming(self):
        return self.filter(end__gte=timezone.now()).order_by("start")

    def past(self):
        return self.filter(end__lt=timezone.now()).order_by("-start")


class EventIndexPage(SectionIndexPage):
    """The events' entry page (/fr/evenements/): upcoming evenings first."""

    icon_name = "events"
    subpage_types = ["events.EventPage"]
    template = "events/event_index_page.html"

    class Meta:
        verbose_name = _("event index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = EventPage.objects.child_of(self).live()
        context["upcoming_events"] = events.upcoming()
        context["past_events"] = events.past()[:12]
        return context


class EventPage(BasePage):
    """A welcome evening: when, where, what happens."""

    start = models.DateTimeField(_("starts at"))
    end = models.DateTimeField(_("ends at"))
    venue_name = models.CharField(_("venue"), max_length=200)
    venue_address = models.CharField(_("address"), max_length=300)
    intro = models.TextField(_("introduction"), max_length=500)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    objects = PageManager.from_queryset(EventPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")])], heading=_("When")
        ),
        MultiFieldPanel(
            [FieldPanel("venue_name"), FieldPanel("venue_address")], heading=_("Where")
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("venue_name"),
        index.SearchField("body"),
        index.FilterField("start"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    template = "events/event_page.html"

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The event must end after it starts.")})
