"""The events section and the welcome-evening pages."""

from dataclasses import dataclass
from typing import Literal
from uuid import UUID

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import BasePage, SectionIndexPage
from core.models.fields import optional_link
from core.public_url import public_page_url
from core.subpages import RoutedPageMixin
from core.view_restrictions import public_only
from events.blocks import ProgrammeBlock
from events.models.registrations import Registration

AvailabilityState = Literal[
    "cancelled", "past", "in_progress", "not_open_yet", "closed", "seats_left", "waiting_list"
]


@dataclass(frozen=True)
class Availability:
    """Whether a visitor can register now, and how many seats are left."""

    state: AvailabilityState
    seats_left: int = 0

    @property
    def is_open(self) -> bool:
        return self.state in ("seats_left", "waiting_list")


class EventPageQuerySet(PageQuerySet):
    def upcoming(self):
        """Events that have not started yet: an evening under way is no longer "upcoming"."""
        return self.filter(start__gt=timezone.now()).order_by("start")

    def in_progress(self):
        now = timezone.now()
        return self.filter(start__lte=now, end__gte=now).order_by("start")

    def not_ended(self):
        """In progress or upcoming: what a subscribed calendar keeps."""
        return self.filter(end__gte=timezone.now()).order_by("start")

    def past(self):
        return self.filter(end__lt=timezone.now()).order_by("-start")


def seat_counts(translation_keys: list[UUID]) -> dict[UUID, dict[str, int]]:
    """Confirmed and waiting registrations per event, in one query for any number of events.

    Registrations belong to the first page of a translation group, so they are
    counted by translation key: the English page shows the same seats as the French.
    """
    rows = (
        Registration.objects.filter(event__translation_key__in=translation_keys)
        .values("event__translation_key")
        .annotate(
            confirmed=Count("pk", filter=Q(status=Registration.Status.CONFIRMED)),
            waiting=Count("pk", filter=Q(status=Registration.Status.WAITING)),
        )
    )
    return {row["event__translation_key"]: row for row in rows}


def attach_availability(events: list["EventPage"]) -> list["EventPage"]:
    """Set `availability` on each event with a single query for all of them."""
    counts = seat_counts([event.translation_key for event in events])
    for event in events:
        event.availability = event.availability_for(
            counts.get(event.translation_key, {}).get("confirmed", 0)
        )
    return events


class EventIndexPage(RoutedPageMixin, SectionIndexPage):
    """The events' entry page (/fr/evenements/): upcoming evenings first, and their feed."""

    icon_name = "events"
    subpage_types = ["events.EventPage"]
    subpage_routes = "events.routes.EVENT_INDEX_PAGE"
    template = "events/event_index_page.html"

    class Meta:
        verbose_name = _("event index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = self.listed_events()
        context["current_events"] = attach_availability(list(events.in_progress()))
        context["upcoming_events"] = attach_availability(list(events.upcoming()))
        context["past_events"] = events.past()[:12]
        feed_url = public_page_url(self, request) + self.reverse_subpage("feed")
        context["feed_subscription_url"] = "webcal" + feed_url[feed_url.index(":") :]
        return context

    def listed_events(self) -> EventPageQuerySet:
        """The events this index lists and its feed carries: live, and not password-protected
        or kept to some visitors (their description and venue are for those only)."""
        return public_only(EventPage.objects.child_of(self).live())


class EventPage(RoutedPageMixin, BasePage):
    """A welcome evening: when, where, for whom, what happens, and who may register.

    The registrations of every translation belong to the first page of the
    translation group (`registration_event`), so seats are shared across
    languages.
    """

    start = models.DateTimeField(_("starts at"), help_text=_("Paris time."))
    end = models.DateTimeField(_("ends at"), help_text=_("Paris time."))
    is_cancelled = models.BooleanField(
        _("cancelled"),
        default=False,
        help_text=_(
            "Tick and publish to cancel the event: every registrant is told by e-mail and "
            "their calendars remove it."
        ),
    )
    venue_name = models.CharField(_("venue"), max_length=200)
    venue_address = models.CharField(_("address"), max_length=300)
    venue_access = models.TextField(
        _("getting there"),
        blank=True,
        max_length=600,
        help_text=_("Public transport, parking, step-free access."),
    )
    latitude = models.FloatField(
        _("latitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.FloatField(
        _("longitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    intro = models.TextField(_("introduction"), max_length=500)
    audience = models.CharField(
        _("who is it for"),
        max_length=300,
        blank=True,
        help_text=_("e.g. General-medicine interns starting their placement this semester."),
    )
    photo = optional_link("core.PortalImage", _("photo"))
    programme = StreamField(ProgrammeBlock(), verbose_name=_("programme"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("more information"), blank=True)
    capacity = models.PositiveIntegerField(
        _("seats"),
        default=80,
        validators=[MinValueValidator(1)],
        help_text=_("Once they are taken, people join the waiting list."),
    )
    registration_opens_at = models.DateTimeField(
        _("registration opens at"),
        null=True,
        blank=True,
        help_text=_("Leave empty to open registration as soon as the page is published."),
    )
    registration_closes_at = models.DateTimeField(
        _("registration closes at"),
        null=True,
        blank=True,
        help_text=_("Leave empty to close registration when the event starts."),
    )
    ask_specialty = models.BooleanField(_("ask for the specialty"), default=False)
    ask_faculty = models.BooleanField(_("ask for the faculty"), default=True)
    ask_semester = models.BooleanField(_("ask for the semester"), default=True)
    ask_dietary_needs = models.BooleanField(_("ask about dietary needs"), default=True)
    ask_access_needs = models.BooleanField(_("ask about access needs"), default=True)
    free_question = models.CharField(
        _("free question"),
        max_length=200,
        blank=True,
        help_text=_("An optional question of your own, e.g. “Which round table interests you?”"),
    )

    objects = PageManager.from_queryset(EventPageQuerySet)()

    # What the English page takes from the French one as soon as it is published
    # (core.translation_facts): a translator can neither lag behind nor change them.
    translation_facts = (
        "start",
        "end",
        "is_cancelled",
        "venue_name",
        "venue_address",
        "latitude",
        "longitude",
        "photo",
        "capacity",
        "registration_opens_at",
        "registration_closes_at",
        "ask_specialty",
        "ask_faculty",
        "ask_semester",
        "ask_dietary_needs",
        "ask_access_needs",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("photo"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("is_cancelled"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("venue_access"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Where"),
        ),
        FieldPanel("audience"),
        FieldPanel("programme"),
        FieldPanel("body"),
    ]
    registration_panels = [
        FieldPanel("capacity"),
        FieldRowPanel([FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]),
        MultiFieldPanel(
            [
                FieldPanel("ask_specialty"),
                FieldPanel("ask_faculty"),
                FieldPanel("ask_semester"),
                FieldPanel("ask_dietary_needs"),
                FieldPanel("ask_access_needs"),
                FieldPanel("free_question"),
            ],
            heading=_("Questions asked at registration"),
            help_text=_("Name and e-mail are always asked. Ask only what you will use."),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(registration_panels, heading=_("Registration")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("venue_name"),
        index.SearchField("audience"),
        index.SearchField("body"),
        index.FilterField("start"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    template = "events/event_page.html"
    subpage_routes = "events.routes.EVENT_PAGE"

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The event must end after it starts.")
        if (
            self.registration_opens_at
            and self.registration_closes_at
            and self.registration_closes_at <= self.registration_opens_at
        ):
            errors["registration_closes_at"] = _("Registration must close after it opens.")
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = _("Give both the latitude and the longitude, or neither.")
        if errors:
            raise ValidationError(errors)

    @cached_property
    def registration_event(self) -> "EventPage":
        """The page of the translation group that holds the registrations: the first written."""
        first = (
            EventPage.objects.filter(translation_key=self.translation_key).order_by("pk").first()
        )
        return first or self

    @property
    def registration_closes(self):
        """When registration closes: the closing time if set, and at the latest the start."""
        if self.registration_closes_at:
            return min(self.registration_closes_at, self.start)
        return self.start

    def availability_for(self, confirmed: int, now=None) -> Availability:
        """What a visitor may do, given how many seats are already confirmed."""
        now = now or timezone.now()
        if self.is_cancelled:
            return Availability("cancelled")
        if now >= self.end:
            return Availability("past")
        if now >= self.start:
            return Availability("in_progress")
        if self.registration_opens_at and now < self.registration_opens_at:
            return Availability("not_open_yet")
        if now >= self.registration_closes:
            return Availability("closed")
        seats_left = max(self.capacity - confirmed, 0)
        return Availability("seats_left" if seats_left else "waiting_list", seats_left)

    @cached_property
    def availability(self) -> Availability:
        """The availability now, at the cost of one query."""
        counts = seat_counts([self.translation_key]).get(self.translation_key, {})
        return self.availability_for(counts.get("confirmed", 0))

    @property
    def asks(self) -> dict[str, bool]:
        """Which optional questions the registration form asks."""
        return {
            "specialty": self.ask_specialty,
            "faculty": self.ask_faculty,
            "semester": self.ask_semester,
            "dietary_needs": self.ask_dietary_needs,
            "access_needs": self.ask_access_needs,
            "free_answer": bool(self.free_question),
        }
