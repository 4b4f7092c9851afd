"""The supervisor record: a practitioner who hosts students, kept by CDOM staff in the admin."""

import datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin
from wagtail.search import index

from core.i18n import LocalText, pick_text
from core.semesters import semester_containing, validate_semester_start
from core.validators import validate_single_line
from relay import RelayRecipient
from supervisors.models.pages import SupervisorIndexPage
from supervisors.validators import normalise_rpps, validate_rpps
from territory.models import LATITUDE_VALIDATORS, LONGITUDE_VALIDATORS, PrivatelyLocated


class ConsentMethod(models.TextChoices):
    """How the practitioner agreed to be listed: what CDOM staff can show if asked (RGPD art. 7)."""

    SIGNED_FORM = "signed_form", _("Signed paper form")
    EMAIL = "email", _("E-mail from the practitioner")
    WEB_FORM = "web_form", _("The site's form")
    PHONE_CONFIRMED = "phone", _("Phone call, confirmed in writing")


# What a directory card and the directory's map show. The RPPS number, the
# address, the e-mail, the phone and the consent record are never read for
# the public list, and the rows stay small.
CARD_FIELDS = (
    "title",
    "first_name",
    "last_name",
    "public_latitude",
    "public_longitude",
    "profession__name_fr",
    "profession__name_en",
    "specialty__name_fr",
    "specialty__name_en",
    "commune__name",
    "place__name",
)


class SupervisorQuerySet(models.QuerySet):
    def for_cards(self):
        """Only the columns of CARD_FIELDS, with the profession, specialty, commune and place
        they name joined."""
        return self.select_related("profession", "specialty", "commune", "place").only(*CARD_FIELDS)

    def consented(self):
        """Records whose practitioner agreed to be listed and has not withdrawn."""
        return self.filter(consent_date__isnull=False, consent_withdrawn_on__isnull=True)

    def approved_on(self, day: datetime.date):
        """Records whose faculty approval covers `day`."""
        return self.filter(faculty__isnull=False, approval_start__lte=day, approval_end__gte=day)

    def listed(self, day: datetime.date | None = None):
        """What the public directory shows: published, consented, approved today.

        The one definition of "listed": the directory, the supervisor's page
        and the map all start from it, so a record without consent or with an
        expired approval can never reach a visitor, whatever its live flag.
        """
        day = day or timezone.localdate()
        return self.filter(live=True).consented().approved_on(day)

    def approval_ending_within(self, days: int, day: datetime.date | None = None):
        """Records whose approval ends within `days` days from `day` (and has not ended yet)."""
        day = day or timezone.localdate()
        return self.filter(approval_end__gte=day, approval_end__lte=day + datetime.timedelta(days))


class Supervisor(
    LockableMixin,
    DraftStateMixin,
    RevisionMixin,
    index.Indexed,
    ClusterableModel,
    PrivatelyLocated,
):
    """A maître de stage universitaire: who they are, where, whom they host, and their consent.

    Published in the directory only while the practitioner's consent stands
    and the faculty's approval is valid (`SupervisorQuerySet.listed`). The
    address and the position are shown only to verified students; everyone
    else gets the commune and the public position (PrivatelyLocated).
    """

    title = models.CharField(
        _("title"),
        max_length=20,
        blank=True,
        help_text=_("As the practitioner uses it: Dr, Pr…"),
        validators=[validate_single_line],
    )
    first_name = models.CharField(_("first name"), max_length=80, validators=[validate_single_line])
    last_name = models.CharField(_("last name"), max_length=80, validators=[validate_single_line])
    rpps = models.CharField(
        _("RPPS number"),
        max_length=11,
        unique=True,
        validators=[validate_rpps],
        help_text=_("11 digits; it identifies the record in spreadsheet imports."),
    )
    profession = models.ForeignKey(
        "core.Profession",
        on_delete=models.PROTECT,
        related_name="supervisors",
        verbose_name=_("profession"),
    )
    specialty = models.ForeignKey(
        "core.Specialty",
        on_delete=models.PROTECT,
        related_name="supervisors",
        verbose_name=_("specialty"),
        null=True,
        blank=True,
    )
    place = models.ForeignKey(
        "territory.PlaceToPractise",
        on_delete=models.PROTECT,
        related_name="supervisors",
        verbose_name=_("place to practise"),
        null=True,
        blank=True,
        help_text=_("Choose it when they practise in a listed place; the address follows."),
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    commune = models.ForeignKey(
        "territory.Commune",
        on_delete=models.PROTECT,
        related_name="supervisors",
        verbose_name=_("commune"),
        null=True,
        blank=True,
    )
    latitude = models.FloatField(_("latitude"), validators=LATITUDE_VALIDATORS, blank=True)
    longitude = models.FloatField(_("longitude"), validators=LONGITUDE_VALIDATORS, blank=True)
    learner_levels = ParentalManyToManyField(
        "supervisors.LearnerLevel",
        related_name="supervisors",
        verbose_name=_("learners accepted"),
        blank=True,
    )
    faculty = models.ForeignKey(
        "core.Faculty",
        on_delete=models.PROTECT,
        related_name="supervisors",
        verbose_name=_("approving faculty"),
        null=True,
        blank=True,
    )
    approval_start = models.DateField(_("approval valid from"), null=True, blank=True)
    approval_end = models.DateField(
        _("approval valid until"),
        null=True,
        blank=True,
        help_text=_("The record leaves the directory the day after."),
    )
    max_interns = models.PositiveSmallIntegerField(
        _("maximum interns at once"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
        help_text=_("As stated in the approval."),
    )
    languages = ParentalManyToManyField(
        "supervisors.SpokenLanguage",
        related_name="supervisors",
        verbose_name=_("languages spoken"),
        blank=True,
    )
    presentation = models.TextField(_("presentation in French"), max_length=1200, blank=True)
    presentation_en = models.TextField(_("presentation in English"), max_length=1200, blank=True)
    email = models.EmailField(
        _("e-mail"),
        blank=True,
        help_text=_("Never shown on the site: students write through the site's contact form."),
    )
    phone = models.CharField(
        _("phone"),
        max_length=30,
        blank=True,
        help_text=_("Never shown on the site: for the staff, to call the practitioner."),
    )
    consent_date = models.DateField(
        _("consent to be listed, given on"),
        null=True,
        blank=True,
        help_text=_("No record is published without it."),
    )
    consent_method = models.CharField(
        _("consent given by"), max_length=20, choices=ConsentMethod.choices, blank=True
    )
    consent_withdrawn_on = models.DateField(
        _("consent withdrawn on"),
        null=True,
        blank=True,
        help_text=_("Set it when the practitioner withdraws: the record leaves the directory."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SupervisorQuerySet.as_manager()

    search_fields = [
        index.SearchField("last_name"),
        index.SearchField("first_name"),
        index.AutocompleteField("last_name"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["last_name", "first_name"]
        verbose_name = _("supervisor")
        verbose_name_plural = _("supervisors")
        indexes = [
            # "Near" searches filter on a bounding box of the public position.
            models.Index(
                fields=["public_latitude", "public_longitude"], name="supervisor_public_position"
            ),
            models.Index(fields=["approval_end"], name="supervisor_approval_end"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(approval_end__gte=models.F("approval_start")),
                name="supervisor_approval_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    def save(self, *args, **kwargs):
        self.rpps = normalise_rpps(self.rpps)
        super().save(*args, **kwargs)

    @property
    def display_name(self) -> str:
        return " ".join(part for part in (self.title, self.first_name, self.last_name) if part)

    @property
    def slug(self) -> str:
        return slugify(f"{self.first_name} {self.last_name}") or "supervisor"

    @property
    def localized_presentation(self) -> LocalText:
        return pick_text(self.presentation, self.presentation_en)

    def relay_recipient(self):
        """Who receives the students' messages (relay protocol, see relay/__init__.py)."""
        if not self.email:
            return None
        return RelayRecipient(name=self.display_name, email=self.email, language="fr")

    def is_listed(self, day: datetime.date | None = None) -> bool:
        """Whether the directory shows the record on `day`, by the one definition: `listed()`."""
        return self.pk is not None and Supervisor.objects.listed(day).filter(pk=self.pk).exists()

    def relay_is_open(self) -> bool:
        """Only supervisors listed today may be written to."""
        return self.is_listed()

    def get_absolute_url(self) -> str:
        """The supervisor's page in the directory of the active language."""
        directory = SupervisorIndexPage.for_active_language()
        return directory.supervisor_url(self) if directory else ""

    def get_admin_display_title(self) -> str:
        return f"{self.display_name} ({self.rpps})"


class SupervisorOpening(models.Model):
    """How many students a supervisor can still take in one semester."""

    supervisor = ParentalKey(Supervisor, on_delete=models.CASCADE, related_name="openings")
    semester_start = models.DateField(
        _("semester"),
        validators=[validate_semester_start],
        help_text=_("Semesters start on 1 May and 1 November; type the first day."),
    )
    places = models.PositiveSmallIntegerField(_("places free"))

    panels = [FieldRowPanel([FieldPanel("semester_start"), FieldPanel("places")])]

    class Meta:
        ordering = ["semester_start"]
        verbose_name = _("places free in a semester")
        verbose_name_plural = _("places free per semester")
        constraints = [
            models.UniqueConstraint(
                fields=["supervisor", "semester_start"], name="one_opening_per_semester"
            )
        ]

    def __str__(self) -> str:
        return f"{semester_containing(self.semester_start).label()}: {self.places}"

    @property
    def label(self) -> str:
        return semester_containing(self.semester_start).label()
