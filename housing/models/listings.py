"""A housing listing: a room or a flat that a hospital, a commune, the CDOM or a landlord offers."""

import datetime
from collections.abc import Callable
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpRequest
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
)

from core.i18n import LocalText, pick_text
from core.validators import validate_single_line
from housing.models.pages import HousingIndexPage
from relay import RelayRecipient
from territory.models import Located, PrivatelyLocated

# A listing not confirmed for this long is flagged in the admin.
CONFIRMATION_DAYS = 60
PHOTO_FORMATS = {"jpeg", "png", "webp"}
PHOTO_MAX_BYTES = 5 * 1024 * 1024


class ListingKind(models.TextChoices):
    RESIDENCE_ROOM = "residence", _("Room in a residence or internat")
    STUDIO = "studio", _("Studio")
    FLAT = "flat", _("Flat")
    ROOM_IN_HOME = "home_room", _("Room in a home")
    SHARED_FLAT = "shared", _("Shared flat")


class OffererType(models.TextChoices):
    HOSPITAL = "hospital", _("Hospital")
    COMMUNE = "commune", _("Commune")
    CDOM = "cdom", _("CDOM")
    PRIVATE = "private", _("Private landlord")


NON_NEGATIVE = MinValueValidator(Decimal("0"), _("Enter an amount of zero or more."))


# What a result card and the results' map show. The address, the contact and
# the staff's notes are never read for a public list, and the rows stay small.
CARD_FIELDS = (
    "title",
    "title_en",
    "kind",
    "rent",
    "charges_included",
    "furnished",
    "is_step_free",
    "public_latitude",
    "public_longitude",
    "commune__name",
)


class HousingListingQuerySet(models.QuerySet):
    def published(self):
        return self.filter(live=True)

    def for_cards(self):
        """Only the columns of CARD_FIELDS, the commune's name joined."""
        return self.select_related("commune").only(*CARD_FIELDS)


class HousingListing(
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    ClusterableModel,
    Located,
    PrivatelyLocated,
):
    """A place to live for interns and externs, kept current by CDOM staff.

    The contact and the address are private: the public pages show the
    commune and the public position (PrivatelyLocated), and messages go
    through the relay.
    """

    title = models.CharField(_("title"), max_length=160, validators=[validate_single_line])
    # The texts in English are optional: the English site shows the French,
    # marked as French, where they are empty (like supervisors' presentations).
    title_en = models.CharField(
        _("title in English"), max_length=160, blank=True, validators=[validate_single_line]
    )
    kind = models.CharField(_("kind"), max_length=10, choices=ListingKind.choices)
    commune = models.ForeignKey(
        "territory.Commune",
        on_delete=models.PROTECT,
        related_name="housing_listings",
        verbose_name=_("commune"),
    )
    address = models.CharField(
        _("address"), max_length=255, help_text=_("Shown only to signed-in students.")
    )
    places = models.PositiveSmallIntegerField(
        _("number of places"), default=1, validators=[MinValueValidator(1)]
    )
    rent = models.DecimalField(
        _("rent per month (€)"), max_digits=7, decimal_places=2, validators=[NON_NEGATIVE]
    )
    charges_included = models.BooleanField(_("charges included"), default=True)
    deposit = models.DecimalField(
        _("deposit (€)"), max_digits=7, decimal_places=2, default=0, validators=[NON_NEGATIVE]
    )
    surface = models.DecimalField(
        _("surface (m²)"),
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("1"), _("A surface is at least 1 m²."))],
    )
    furnished = models.BooleanField(_("furnished"), default=True)
    has_internet = models.BooleanField(_("internet"), default=False)
    has_workspace = models.BooleanField(_("workspace"), default=False)
    has_parking = models.BooleanField(_("parking"), default=False)
    has_laundry = models.BooleanField(_("laundry"), default=False)
    is_step_free = models.BooleanField(_("step-free access"), default=False)
    public_transport = models.CharField(
        _("public transport nearby"),
        max_length=255,
        blank=True,
        help_text=_("E.g. “Bus 12, stop Hôpital, 3 minutes on foot; RER station 10 minutes away”."),
    )
    public_transport_en = models.CharField(
        _("public transport nearby, in English"), max_length=255, blank=True
    )
    minimum_stay_months = models.PositiveSmallIntegerField(
        _("minimum stay (months)"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(24)],
    )
    description = models.TextField(_("description"), blank=True)
    description_en = models.TextField(_("description in English"), blank=True)
    offerer_type = models.CharField(_("offered by"), max_length=10, choices=OffererType.choices)
    contact_name = models.CharField(
        _("contact name"), max_length=160, validators=[validate_single_line]
    )
    contact_email = models.EmailField(
        _("contact e-mail"),
        help_text=_("Never shown on the site: students write through the portal's form."),
    )
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    contact_language = models.CharField(
        _("language of the contact"),
        max_length=5,
        choices=settings.LANGUAGES,
        default="fr",
        help_text=_("The language of the e-mails the contact receives."),
    )
    internal_notes = models.TextField(
        _("internal notes"), blank=True, help_text=_("Seen by staff only.")
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="housing_listings",
        verbose_name=_("responsible at the CDOM"),
        limit_choices_to={"is_active": True, "groups__name": "CDOM staff"},
        help_text=_("Receives the reminders before the listing expires or needs confirming."),
    )
    last_confirmed_at = models.DateTimeField(
        _("last confirmed available"),
        default=timezone.now,
        help_text=_("Tick “Confirm it is still available” below to update it."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = HousingListingQuerySet.as_manager()

    class Meta(Located.Meta):
        verbose_name = _("housing listing")
        verbose_name_plural = _("housing listings")
        ordering = ["title"]
        indexes = [
            # "Near" searches filter on a bounding box of the public position.
            models.Index(
                fields=["public_latitude", "public_longitude"], name="housing_public_position"
            ),
            models.Index(fields=["live", "rent"], name="housing_live_rent"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def slug(self) -> str:
        # From the French title: a listing keeps one address in both languages.
        return slugify(self.title)[:80] or "logement"

    @property
    def local_title(self) -> LocalText:
        return pick_text(self.title, self.title_en)

    @property
    def local_description(self) -> LocalText:
        return pick_text(self.description, self.description_en)

    @property
    def local_public_transport(self) -> LocalText:
        return pick_text(self.public_transport, self.public_transport_en)

    def url_under(self, index_url: str) -> str:
        """The listing's public URL below the housing index's URL (no query: for lists)."""
        return f"{index_url}{self.pk}-{self.slug}/"

    def get_absolute_url(self) -> str:
        """The listing's page under the housing index of the active language."""
        index = HousingIndexPage.for_active_language()
        return self.url_under(index.url) if index is not None else "/"

    @property
    def needs_confirmation(self) -> bool:
        return self.last_confirmed_at < timezone.now() - datetime.timedelta(days=CONFIRMATION_DAYS)

    def amenities(self) -> list[str]:
        """The names of what is provided, for lists and cards."""
        return [
            str(self._meta.get_field(name).verbose_name)
            for name in (
                "has_internet",
                "has_workspace",
                "has_parking",
                "has_laundry",
                "is_step_free",
            )
            if getattr(self, name)
        ]

    # The contact relay (relay/__init__.py): students write, the contact answers by e-mail.
    def relay_recipient(self) -> RelayRecipient | None:
        if not self.contact_email:
            return None
        return RelayRecipient(self.contact_name, self.contact_email, self.contact_language)

    def relay_is_open(self) -> bool:
        return self.live

    def get_preview_template(self, request, mode_name):
        return "housing/listing_page.html"

    # What the preview shows is the listing's public page, whose context the views build
    # (views.listing_context). The model stands below the views: the admin's preview
    # views (viewsets.py) hand the listing they preview the function that builds it.
    preview_context: Callable[[HttpRequest], dict] | None = None

    def get_preview_context(self, request, mode_name):
        if self.preview_context is None:
            return super().get_preview_context(request, mode_name)
        return self.preview_context(request)


class AvailabilityPeriod(Orderable):
    """A date range in which the listing can be rented (often a six-month placement)."""

    listing = ParentalKey(HousingListing, on_delete=models.CASCADE, related_name="periods")
    start = models.DateField(_("from"))
    end = models.DateField(_("to"))

    panels = [FieldRowPanel([FieldPanel("start"), FieldPanel("end")])]

    class Meta(Orderable.Meta):
        verbose_name = _("available period")
        verbose_name_plural = _("available periods")
        indexes = [
            # The search's "available for the semester" test and each result's next
            # period read this index alone (an index-only scan per listing), instead
            # of hashing every period of the registry for each search.
            models.Index(fields=["listing", "start", "end"], name="period_listing_dates"),
        ]

    def __str__(self) -> str:
        return f"{self.start:%d/%m/%Y} – {self.end:%d/%m/%Y}"

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end of a period must come after its start.")})
        if self.pk is None and self.end and self.end < timezone.localdate():
            raise ValidationError(
                {"end": _("This period is already over: a new period must end today or later.")}
            )


class ListingPhoto(Orderable):
    """A photo of the listing; the image's text alternative is mandatory (PortalImage)."""

    listing = ParentalKey(HousingListing, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("image"),
    )

    panels = [FieldPanel("image")]

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def clean(self):
        super().clean()
        image = getattr(self, "image", None)
        if image is None:
            return
        if image.file_size and image.file_size > PHOTO_MAX_BYTES:
            raise ValidationError(
                {"image": _("This image is larger than 5 MB; choose a lighter one.")}
            )
        if image.file.name.rsplit(".", 1)[-1].lower().replace("jpg", "jpeg") not in PHOTO_FORMATS:
            raise ValidationError({"image": _("A photo must be a JPEG, PNG or WebP image.")})
