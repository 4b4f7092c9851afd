"""An aid of the guide: who it is for, how much, the commitment, how to apply, whom to call."""

import datetime

from django import forms
from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from core.models import BasePage
from core.page_choosers import NearbyPageChooserPanel
from guide.amounts import Amount, AmountPeriod
from guide.search_index import INDEXED_FIELDS, refresh_search_vectors
from territory.models import Zone

RICH_TEXT_FEATURES = ["h3", "bold", "italic", "link", "document-link", "ol", "ul"]
# An aid whose application window closes within this many days is "closing soon".
CLOSING_SOON_DAYS = 30


class RequiredZone(models.TextChoices):
    """Where one must practise to claim an aid, in the ARS zonage for one's profession."""

    NONE = "", _("No zone required")
    ZIP = "zip", _("A priority intervention zone (ZIP)")
    ZAC = "zac", _("A complementary action zone (ZAC)")
    ZIP_OR_ZAC = "zip_or_zac", _("A ZIP or a ZAC")

    @classmethod
    def accepted_zones(cls, required: str) -> set[str]:
        """The commune zones that satisfy `required`."""
        return {
            cls.ZIP: {Zone.ZIP},
            cls.ZAC: {Zone.ZAC},
            cls.ZIP_OR_ZAC: {Zone.ZIP, Zone.ZAC},
        }.get(required, {Zone.ZIP, Zone.ZAC, Zone.NONE})


class Applicant(models.TextChoices):
    """Who files the application: the finder answers a person, so it keeps only PERSON."""

    PERSON = "person", _("A health professional or student")
    COMMUNE = "commune", _("A commune or intercommunality")
    HEALTH_CENTRE = "health_centre", _("A health centre or multi-professional practice")
    ASSOCIATION = "association", _("An association or project group")


class Validity(models.TextChoices):
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")
    SUPERSEDED = "superseded", _("Superseded by another aid")


class Status(models.TextChoices):
    """Where an aid stands today, as a visitor reads it on a card."""

    OPEN = "open", _("Open")
    CLOSING_SOON = "closing_soon", _("Closing soon")
    NOT_YET_OPEN = "not_yet_open", _("Opens later")
    WINDOW_CLOSED = "window_closed", _("Applications closed")
    CLOSED = "closed", _("Closed")
    SUPERSEDED = "superseded", _("Replaced")


def status_of(
    validity: str,
    all_year: bool,
    opens_on: datetime.date | None,
    closes_on: datetime.date | None,
    today: datetime.date | None = None,
) -> str:
    """An aid's status from its validity and application window, on `today`.

    A plain function so that lists can compute it from database rows alone.
    """
    today = today or timezone.localdate()
    if validity == Validity.SUPERSEDED:
        return Status.SUPERSEDED
    if validity == Validity.CLOSED:
        return Status.CLOSED
    if all_year:
        return Status.OPEN
    if opens_on and today < opens_on:
        return Status.NOT_YET_OPEN
    if closes_on and today > closes_on:
        return Status.WINDOW_CLOSED
    if closes_on and (closes_on - today).days <= CLOSING_SOON_DAYS:
        return Status.CLOSING_SOON
    return Status.OPEN


class AidPageQuerySet(PageQuerySet):
    def in_force(self):
        """Aids neither closed nor superseded: the only ones anyone may still claim."""
        return self.filter(validity=Validity.OPEN)

    def for_a_person(self):
        """Aids a person applies for in their own name, not through a commune or a structure."""
        return self.filter(applicant=Applicant.PERSON)

    def for_cards(self):
        """With what an aid's card shows beside the page: its kind, and its funders and
        professions as lists (`card_funders`, `card_professions`).

        Lists rather than prefetched managers: Django builds a queryset per aid
        and relation for those, which cost more than the two queries.
        """
        return self.select_related("kind").prefetch_related(
            Prefetch("funders", to_attr="card_funders"),
            Prefetch("professions", to_attr="card_professions"),
        )


AidPageManager = PageManager.from_queryset(AidPageQuerySet)


class AidPageForm(WagtailAdminPageForm):
    """The aid editing form, with "I checked this aid today" recorded with the editor's name."""

    mark_checked = forms.BooleanField(
        label=_("I checked this aid against its official source today"),
        help_text=_("Records today’s date and your name as the last check."),
        required=False,
    )

    def save(self, commit=True):
        page = super().save(commit=False)
        if self.cleaned_data.get("mark_checked"):
            page.record_check(self.for_user)
        if commit:
            page.save()
        return page


class AidPage(BasePage):
    """One aid that a student or a professional can claim, as editors describe it."""

    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("Two sentences: what the aid is and for whom. Shown on cards."),
    )
    funders = ParentalManyToManyField(
        "guide.Funder", related_name="aids", verbose_name=_("funders")
    )
    applicant = models.CharField(
        _("who applies"),
        max_length=15,
        choices=Applicant.choices,
        default=Applicant.PERSON,
        help_text=_(
            "Who files the application. The finder shows only the aids a person claims "
            "in their own name."
        ),
    )
    kind = models.ForeignKey(
        "guide.AidKind",
        on_delete=models.PROTECT,
        related_name="aids",
        verbose_name=_("kind of aid"),
    )
    professions = ParentalManyToManyField(
        "core.Profession",
        blank=True,
        related_name="aids",
        verbose_name=_("professions"),
        help_text=_("Leave empty when every health profession may claim it."),
    )
    career_stages = ParentalManyToManyField(
        "core.CareerStage",
        blank=True,
        related_name="aids",
        verbose_name=_("career stages"),
        help_text=_("Leave empty when it does not depend on the career stage."),
    )
    required_zone = models.CharField(
        _("required zone"),
        max_length=10,
        choices=RequiredZone.choices,
        default=RequiredZone.NONE,
        blank=True,
        help_text=_("Whether one must practise in a zone of the ARS zonage for one’s profession."),
    )

    amount_min = models.PositiveIntegerField(_("minimum amount (€)"), null=True, blank=True)
    amount_max = models.PositiveIntegerField(_("maximum amount (€)"), null=True, blank=True)
    amount_period = models.CharField(
        _("paid"), max_length=5, choices=AmountPeriod.choices, default=AmountPeriod.ONCE
    )
    amount_years = models.PositiveSmallIntegerField(_("for how many years"), null=True, blank=True)
    amount_note = models.CharField(
        _("about the amount"),
        max_length=200,
        blank=True,
        help_text=_("Optional: what the amount depends on, e.g. “scaled to the project”."),
    )

    commitment_years = models.PositiveSmallIntegerField(
        _("commitment in years"), null=True, blank=True
    )
    commitment_place = models.CharField(
        _("where one commits to practise"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “mainly in the département, in an under-served zone”."),
    )
    commitment_details = models.CharField(
        _("other commitments"),
        max_length=300,
        blank=True,
        help_text=_("E.g. “start within six months of the diploma, sector 1”."),
    )

    conditions = RichTextField(_("conditions"), features=RICH_TEXT_FEATURES)
    how_to_apply = RichTextField(_("how to apply"), features=RICH_TEXT_FEATURES)
    # One block per document: each line is a segment of its own for translators, so no
    # markup reaches them and the English page keeps one line per document.
    documents = StreamField(
        [("document", blocks.CharBlock(label=_("Document"), max_length=300))],
        blank=True,
        verbose_name=_("documents to provide"),
        help_text=_("One block per document."),
    )

    all_year = models.BooleanField(_("applications all year round"), default=True)
    opens_on = models.DateField(_("applications open on"), null=True, blank=True)
    closes_on = models.DateField(_("applications close on"), null=True, blank=True)

    validity = models.CharField(
        _("validity"), max_length=10, choices=Validity.choices, default=Validity.OPEN
    )
    ended_on = models.DateField(
        _("closed on"),
        null=True,
        blank=True,
        help_text=_("When the aid stopped taking applications, for closed or superseded aids."),
    )
    superseded_by = models.ForeignKey(
        "guide.AidPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("replaced by"),
    )

    referent = models.ForeignKey(
        "guide.Referent",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="aids",
        verbose_name=_("contact"),
    )
    official_url = models.URLField(_("official page"), blank=True)

    last_checked_on = models.DateField(_("last checked on"), null=True, blank=True)
    last_checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("last checked by"),
    )

    objects = AidPageManager()

    # What the English page takes from the French one as soon as it is published
    # (core.translation_facts): a translator can neither lag behind nor change them.
    translation_facts = (
        "applicant",
        "kind",
        "funders",
        "professions",
        "career_stages",
        "required_zone",
        "amount_min",
        "amount_max",
        "amount_period",
        "amount_years",
        "zone_amounts",
        "commitment_years",
        "all_year",
        "opens_on",
        "closes_on",
        "validity",
        "ended_on",
        "superseded_by",
        "referent",
        "official_url",
        "last_checked_on",
    )

    base_form_class = AidPageForm
    template = "guide/aid_page.html"
    parent_page_types = ["guide.GuideIndexPage"]
    subpage_types: list[str] = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("applicant"),
                FieldPanel("kind"),
                FieldPanel("funders", widget=forms.CheckboxSelectMultiple),
                FieldPanel("professions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("career_stages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("required_zone"),
            ],
            heading=_("Who it is for"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("amount_min"), FieldPanel("amount_max")]),
                FieldRowPanel([FieldPanel("amount_period"), FieldPanel("amount_years")]),
                FieldPanel("amount_note"),
                InlinePanel(
                    "zone_amounts",
                    heading=_("Amount per zone"),
                    label=_("amount in a zone"),
                    help_text=_(
                        "Optional: when the amount depends on the zone of the commune "
                        "(e.g. more in a ZIP than in a ZAC). Elsewhere, the amount above applies."
                    ),
                ),
            ],
            heading=_("Amount"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("commitment_years"),
                FieldPanel("commitment_place"),
                FieldPanel("commitment_details"),
            ],
            heading=_("Commitment in return"),
        ),
        FieldPanel("conditions"),
        FieldPanel("how_to_apply"),
        FieldPanel("documents"),
        MultiFieldPanel(
            [
                FieldPanel("all_year"),
                FieldRowPanel([FieldPanel("opens_on"), FieldPanel("closes_on")]),
            ],
            heading=_("Application window"),
        ),
        FieldPanel("referent"),
        FieldPanel("official_url"),
    ]
    validity_panels = [
        FieldPanel("validity"),
        FieldPanel("ended_on"),
        NearbyPageChooserPanel("superseded_by", "guide.AidPage"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("last_checked_on", read_only=True),
                        FieldPanel("last_checked_by", read_only=True),
                    ]
                ),
                FieldPanel("mark_checked"),
            ],
            heading=_("Last check"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(validity_panels, heading=_("Validity and checks")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("conditions"),
        index.SearchField("how_to_apply"),
        index.FilterField("validity"),
    ]

    # The full-text index on PostgreSQL (guide.search_index), with its GIN
    # index created by the migration; unused elsewhere.
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("aid")
        verbose_name_plural = _("aids")

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # Saving a revision or a lock writes only Wagtail's own columns.
        update_fields = kwargs.get("update_fields")
        if update_fields is None or INDEXED_FIELDS.intersection(update_fields):
            refresh_search_vectors(AidPage.objects.filter(pk=self.pk))

    def record_check(self, user) -> None:
        """Note (not saved) that `user` checked the aid against its official source today."""
        self.last_checked_on = timezone.localdate()
        self.last_checked_by = user

    def clean(self):
        super().clean()
        errors = {}
        if (
            self.amount_min is not None
            and self.amount_max is not None
            and self.amount_min > self.amount_max
        ):
            errors["amount_max"] = _("The maximum cannot be less than the minimum.")
        if (
            not self.all_year
            and self.opens_on
            and self.closes_on
            and self.closes_on < self.opens_on
        ):
            errors["closes_on"] = _("Applications cannot close before they open.")
        if not self.all_year and not self.closes_on and not self.opens_on:
            errors["closes_on"] = _("Give the dates of the window, or tick “all year round”.")
        if self.validity == Validity.SUPERSEDED and self.superseded_by_id is None:
            errors["superseded_by"] = _("Choose the aid that replaces this one.")
        if self.superseded_by_id is not None and self.superseded_by_id == self.pk:
            errors["superseded_by"] = _("An aid cannot replace itself.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        successor = self.superseded_by.localized if self.superseded_by_id else None
        context["successor"] = successor if successor is not None and successor.live else None
        context["guide"] = self.get_parent().specific
        return context

    @property
    def amount(self) -> Amount:
        return Amount(self.amount_min, self.amount_max, self.amount_period, self.amount_years)

    def amount_for(self, zone: str, profession=None) -> Amount:
        """The amount in a commune of `zone` for `profession`: the row of the zone table
        meant for that profession, else the zone's row for everyone, else the aid's amount.

        Reads the prefetched `zone_amounts` when there are any.
        """
        rows = [row for row in self.zone_amounts.all() if row.zone == zone]
        profession_id = getattr(profession, "pk", None)
        row = next((r for r in rows if r.profession_id == profession_id), None) or next(
            (r for r in rows if r.profession_id is None), None
        )
        if row is None:
            return self.amount
        return Amount(row.amount_min, row.amount_max, self.amount_period, self.amount_years)

    @property
    def amounts_per_zone(self) -> list[tuple[str, object, Amount]]:
        """The zone table as (zone label, profession or None, amount), in the editor's order."""
        return [
            (
                row.get_zone_display(),
                row.profession,
                Amount(row.amount_min, row.amount_max, self.amount_period, self.amount_years),
            )
            for row in self.zone_amounts.all().select_related("profession")
        ]

    @property
    def document_list(self) -> list[str]:
        return [block.value.strip() for block in self.documents if block.value.strip()]

    def status(self, today: datetime.date | None = None) -> str:
        """Where the aid stands on `today`: open, closing soon, closed, replaced…"""
        return status_of(self.validity, self.all_year, self.opens_on, self.closes_on, today)

    def get_status_display(self) -> str:
        return Status(self.status()).label

    @property
    def is_in_force(self) -> bool:
        return self.validity == Validity.OPEN
