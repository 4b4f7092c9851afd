"""Listings in and out of a CDOM spreadsheet (CSV or XLSX), in one documented layout.

The export writes the columns the import reads, so a file can be exported,
fixed in Excel and imported again. A row with a reference updates that
listing; a row without one creates a listing. A row that says what its
listing already holds is not saved again. The import is all-or-nothing
(core.tabular), and every bad row is reported with its line.
"""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.tabular.cells import (
    AcceptedLabels,
    FrenchDecimalField,
    FrenchFloatField,
    LabelledChoiceField,
    YesNoField,
)
from core.tabular.importing import Column, RowError, duplicate_rows
from core.tabular.saving import Staged, StagedImporter
from core.validators import validate_single_line
from housing.models import AvailabilityPeriod, HousingListing, ListingKind, OffererType
from housing.services.freshness import confirmation_due_on
from territory.importers import COMMUNE_CODES_LINK, CommuneField
from territory.models import LATITUDE_VALIDATORS, LONGITUDE_VALIDATORS

# Each cell of these columns becomes one line of a page or an e-mail header.
ONE_LINE = [validate_single_line]
DATE_PATTERN = re.compile(r"\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}")
DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d")

# Words CDOM spreadsheets use for who offers a listing, besides the site's labels.
OFFERER_ALIASES = {
    "particulier": OffererType.PRIVATE,
    "proprietaire": OffererType.PRIVATE,
    "bailleur prive": OffererType.PRIVATE,
    "prive": OffererType.PRIVATE,
    "ch": OffererType.HOSPITAL,
    "centre hospitalier": OffererType.HOSPITAL,
    "hopital": OffererType.HOSPITAL,
    "mairie": OffererType.COMMUNE,
    "conseil de l'ordre": OffererType.CDOM,
    "ordre des medecins": OffererType.CDOM,
}
KIND_ALIASES = {
    "chambre": ListingKind.ROOM_IN_HOME,
    "chambre chez l'habitant": ListingKind.ROOM_IN_HOME,
    "internat": ListingKind.RESIDENCE_ROOM,
    "residence": ListingKind.RESIDENCE_ROOM,
    "t1": ListingKind.FLAT,
    "t2": ListingKind.FLAT,
    "t3": ListingKind.FLAT,
}


def parse_date(text: str) -> datetime.date:
    for pattern in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, pattern).date()  # noqa: DTZ007 – a date, no time
        except ValueError:
            continue
    raise ValueError(text)


def periods_text(periods) -> str:
    """Periods as the export writes them: "01/11/2026 – 30/04/2027, 01/05/2027 – 31/10/2027"."""
    return ", ".join(f"{p.start:%d/%m/%Y} – {p.end:%d/%m/%Y}" for p in periods)


class PeriodsField(forms.CharField):
    """Available periods: pairs of dates, "01/11/2026 – 30/04/2027, 01/05/2027 – 31/10/2027".

    Any words or dashes may stand between the dates ("du … au …"); the dates
    are read in order, two by two.
    """

    def clean(self, value):
        text = super().clean(value)
        found = DATE_PATTERN.findall(text)
        message = _(
            "Write each period as its first and last day, such as "
            "“01/11/2026 – 30/04/2027”; separate periods with commas."
        )
        if not found or len(found) % 2:
            raise ValidationError(message)
        try:
            dates = [parse_date(day) for day in found]
        except ValueError as error:
            raise ValidationError(message) from error
        periods = list(zip(dates[::2], dates[1::2], strict=True))
        for start, end in periods:
            if end < start:
                raise ValidationError(_("The end of a period must come after its start."))
        return periods


class ReferenceField(forms.IntegerField):
    """The listing's reference in the registry, as the export writes it."""

    def clean(self, value):
        number = super().clean(value)
        if number is None:
            return None
        listing = HousingListing.objects.filter(pk=number).first()
        if listing is None:
            raise ValidationError(
                _(
                    "No listing has the reference %(reference)s: leave the cell empty "
                    "to create a listing."
                )
                % {"reference": number}
            )
        return listing


class ListingRowForm(forms.Form):
    """One row of the spreadsheet: one listing and its available periods."""

    reference = ReferenceField(required=False)
    title = forms.CharField(max_length=160, validators=ONE_LINE)
    title_en = forms.CharField(required=False, max_length=160, validators=ONE_LINE)
    kind = LabelledChoiceField(choices_class=ListingKind, aliases=KIND_ALIASES)
    commune = CommuneField()
    address = forms.CharField(max_length=255, validators=ONE_LINE)
    latitude = FrenchFloatField(required=False, validators=LATITUDE_VALIDATORS)
    longitude = FrenchFloatField(required=False, validators=LONGITUDE_VALIDATORS)
    places = forms.IntegerField(required=False, min_value=1, max_value=500)
    rent = FrenchDecimalField(
        max_digits=7,
        decimal_places=2,
        min_value=0,
        error_messages={"min_value": gettext_lazy("A rent cannot be negative.")},
    )
    charges_included = YesNoField(required=False)
    deposit = FrenchDecimalField(required=False, max_digits=7, decimal_places=2, min_value=0)
    surface = FrenchDecimalField(required=False, max_digits=5, decimal_places=1, min_value=1)
    furnished = YesNoField(required=False)
    has_internet = YesNoField(required=False)
    has_workspace = YesNoField(required=False)
    has_parking = YesNoField(required=False)
    has_laundry = YesNoField(required=False)
    is_step_free = YesNoField(required=False)
    public_transport = forms.CharField(required=False, max_length=255, validators=ONE_LINE)
    public_transport_en = forms.CharField(required=False, max_length=255, validators=ONE_LINE)
    minimum_stay_months = forms.IntegerField(required=False, min_value=1, max_value=24)
    description = forms.CharField(required=False)
    description_en = forms.CharField(required=False)
    offerer_type = LabelledChoiceField(choices_class=OffererType, aliases=OFFERER_ALIASES)
    contact_name = forms.CharField(max_length=160, validators=ONE_LINE)
    contact_email = forms.EmailField()
    contact_phone = forms.CharField(required=False, max_length=30, validators=ONE_LINE)
    periods = PeriodsField()
    published = YesNoField(required=False)

    def clean(self):
        cleaned = super().clean()
        listing = cleaned.get("reference")
        # A period already on the listing may be over (the export writes it); a new one may not.
        known = {(p.start, p.end) for p in listing.periods.all()} if listing else set()
        today = timezone.localdate()
        for start, end in cleaned.get("periods") or []:
            if end < today and (start, end) not in known:
                self.add_error(
                    "periods",
                    _("This period is already over: a new period must end today or later."),
                )
                break
        if (cleaned.get("latitude") is None) != (cleaned.get("longitude") is None):
            self.add_error("longitude", _("Give both the latitude and the longitude, or neither."))
        return cleaned


def one_of(choices_class) -> object:
    return format_lazy("{} {}", gettext_lazy("One of:"), AcceptedLabels(choices_class))


YES_OR_NO = gettext_lazy("oui or non.")

COLUMNS = [
    Column(
        "reference",
        "Référence",
        gettext_lazy("The listing's number, as exported: the row updates it. Empty: a new one."),
        required=False,
        example="",
    ),
    Column(
        "title",
        "Titre",
        gettext_lazy("The listing's title."),
        example="Chambre à l’internat du centre hospitalier",
    ),
    Column(
        "title_en",
        "Titre (anglais)",
        gettext_lazy("The title in English (optional)."),
        required=False,
        example="Room at the hospital’s internat",
    ),
    Column("kind", "Type", one_of(ListingKind), example="Chambre chez l'habitant"),
    Column(
        "commune",
        "Commune",
        gettext_lazy("Name, INSEE code or postcode (when only one commune has it)."),
        example="Bourg-en-Bresse",
    ),
    Column(
        "address",
        "Adresse",
        gettext_lazy("Street address; shown to signed-in students only."),
        example="2 rue Freteau de Peny",
    ),
    Column(
        "latitude",
        "Latitude",
        gettext_lazy("Decimal degrees, with a comma or a point; the commune's centre if empty."),
        required=False,
        example="48,5445",
    ),
    Column(
        "longitude",
        "Longitude",
        gettext_lazy("Decimal degrees, with a comma or a point; the commune's centre if empty."),
        required=False,
        example="2,6453",
    ),
    Column(
        "places",
        "Places",
        gettext_lazy("Number of places (1 if empty)."),
        required=False,
        example="3",
    ),
    Column("rent", "Loyer", gettext_lazy("Rent per month in euros."), example="412,50"),
    Column(
        "charges_included",
        "Charges comprises",
        gettext_lazy("oui or non (oui if empty)."),
        required=False,
        example="oui",
    ),
    Column(
        "deposit",
        "Dépôt de garantie",
        gettext_lazy("In euros (0 if empty)."),
        required=False,
        example="250",
    ),
    Column("surface", "Surface", gettext_lazy("In m²."), required=False, example="19,5"),
    Column(
        "furnished",
        "Meublé",
        gettext_lazy("oui or non (oui if empty)."),
        required=False,
        example="oui",
    ),
    Column("has_internet", "Internet", YES_OR_NO, required=False, example="oui"),
    Column("has_workspace", "Bureau", YES_OR_NO, required=False, example="oui"),
    Column("has_parking", "Parking", YES_OR_NO, required=False, example="non"),
    Column("has_laundry", "Laverie", YES_OR_NO, required=False, example="oui"),
    Column("is_step_free", "Accès de plain-pied", YES_OR_NO, required=False, example="non"),
    Column(
        "public_transport",
        "Transports",
        gettext_lazy("Public transport nearby."),
        required=False,
        example="Bus A, arrêt Hôpital",
    ),
    Column(
        "public_transport_en",
        "Transports (anglais)",
        gettext_lazy("Public transport in English (optional)."),
        required=False,
        example="Bus A, Hôpital stop",
    ),
    Column(
        "minimum_stay_months",
        "Durée minimale (mois)",
        gettext_lazy("1 if empty."),
        required=False,
        example="6",
    ),
    Column("description", "Description", gettext_lazy("Free text."), required=False, example=""),
    Column(
        "description_en",
        "Description (anglais)",
        gettext_lazy("The description in English (optional)."),
        required=False,
        example="",
    ),
    Column("offerer_type", "Proposé par", one_of(OffererType), example="Particulier"),
    Column(
        "contact_name",
        "Contact",
        gettext_lazy("Name of the contact."),
        example="Service des internes",
    ),
    Column(
        "contact_email",
        "E-mail du contact",
        gettext_lazy("Never published."),
        example="internat@ch-exemple.fr",
    ),
    Column(
        "contact_phone",
        "Téléphone du contact",
        gettext_lazy("Never published."),
        required=False,
        example="01 64 71 60 00",
    ),
    Column(
        "periods",
        "Périodes",
        gettext_lazy(
            "First and last day of each period, separated by commas; "
            "a new period must end today or later."
        ),
        example="01/11/2026 – 30/04/2027",
    ),
    Column(
        "published",
        "Publiée",
        gettext_lazy("oui or non (oui if empty): shown on the site."),
        required=False,
        example="oui",
    ),
]

# What the export adds after the importable columns, for reading only (the import ignores it).
EXPORT_ONLY_HEADERS = {
    "last_confirmed_at": "Confirmée le",
    "confirm_by": "À confirmer avant le",
    "owner": "Responsable",
}

DEFAULTS = {
    "places": 1,
    "charges_included": True,
    "deposit": 0,
    "furnished": True,
    "minimum_stay_months": 1,
    "published": True,
}
LISTING_FIELDS = [
    column.field
    for column in COLUMNS
    if column.field not in ("reference", "periods", "published", "latitude", "longitude")
]


class HousingListingImporter(StagedImporter):
    """Creates or updates listings, owned by the CDOM staff member who imports new ones."""

    columns = COLUMNS
    row_form = ListingRowForm
    label = gettext_lazy("housing listings")
    reference_links = (COMMUNE_CODES_LINK,)

    child_names = ("periods",)

    @cached_property
    def new_owner(self):
        """Who new listings are the responsibility of: the importer when they may hold one
        (an active member of the CDOM staff), else nobody until staff choose someone."""
        if self.user is None:
            return None
        field = HousingListing._meta.get_field("owner")
        eligible = field.remote_field.model._default_manager.complex_filter(
            field.get_limit_choices_to()
        )
        return self.user if eligible.filter(pk=self.user.pk).exists() else None

    def check_together(self, rows: list[tuple[int, dict]]) -> list[RowError]:
        """One reference on two lines: the file contradicts itself."""
        return duplicate_rows(
            rows, "reference", _("The listing “%(value)s” is also on line %(line)s.")
        )

    def existing_records(self, rows) -> list[HousingListing | None]:
        pks = [row["reference"].pk for row in rows if row["reference"]]
        known = HousingListing.objects.prefetch_related("periods").in_bulk(pks)
        return [known[row["reference"].pk] if row["reference"] else None for row in rows]

    def stage_row(self, data: dict, listing: HousingListing | None) -> Staged:
        values = dict(data)
        for key, default in DEFAULTS.items():
            if values.get(key) in (None, ""):
                values[key] = default
        listing = listing or HousingListing(owner=self.new_owner, last_confirmed_at=timezone.now())
        for name in LISTING_FIELDS:
            # An empty cell takes the field's default (a yes/no left empty: the model's).
            value = values[name]
            if value is None:
                value = HousingListing._meta.get_field(name).get_default()
            setattr(listing, name, value)
        if values["latitude"] is None:
            commune = values["commune"]
            values["latitude"], values["longitude"] = commune.latitude, commune.longitude
        listing.latitude, listing.longitude = values["latitude"], values["longitude"]
        periods = [AvailabilityPeriod(start=start, end=end) for start, end in values["periods"]]
        return Staged(listing, publish=bool(values["published"]), children={"periods": periods})

    def export_row(self, listing: HousingListing) -> dict:
        """The listing as one row of the layout, what `save_row` reads back (yes/no as booleans,
        which the writers put in words)."""
        values = {name: getattr(listing, name) for name in LISTING_FIELDS}
        values.update(
            reference=listing.pk,
            kind=listing.get_kind_display(),
            commune=listing.commune.name,
            offerer_type=listing.get_offerer_type_display(),
            latitude=listing.latitude,
            longitude=listing.longitude,
            periods=periods_text(listing.periods.all()),
            published=listing.live,
        )
        return values

    def export_extras(self, listing: HousingListing) -> dict:
        return {
            "last_confirmed_at": timezone.localdate(listing.last_confirmed_at),
            "confirm_by": confirmation_due_on(listing),
            "owner": listing.owner.get_full_name() if listing.owner else "",
        }
