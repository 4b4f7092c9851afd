"""Importing listings from a CDOM spreadsheet (CSV or XLSX), in the documented layout.

Each row creates one published listing with one available period; the import
is all-or-nothing (core.tabular), and every bad row is reported with its line.
"""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.tabular.cells import LabelledChoiceField, YesNoField
from core.tabular.importing import Column, TabularImporter
from core.validators import validate_single_line
from housing.models import AvailabilityPeriod, HousingListing, ListingKind, OffererType
from territory.importers import CommuneField
from territory.models import LATITUDE_VALIDATORS, LONGITUDE_VALIDATORS

# Each cell of these columns becomes one line of a page or an e-mail header.
ONE_LINE = [validate_single_line]


class ListingRowForm(forms.Form):
    """One row of the spreadsheet: one listing and its available period."""

    title = forms.CharField(max_length=160, validators=ONE_LINE)
    title_en = forms.CharField(required=False, max_length=160, validators=ONE_LINE)
    kind = LabelledChoiceField(choices_class=ListingKind)
    commune = CommuneField()
    address = forms.CharField(max_length=255, validators=ONE_LINE)
    latitude = forms.FloatField(required=False, validators=LATITUDE_VALIDATORS)
    longitude = forms.FloatField(required=False, validators=LONGITUDE_VALIDATORS)
    places = forms.IntegerField(required=False, min_value=1, max_value=500)
    rent = forms.DecimalField(
        max_digits=7,
        decimal_places=2,
        min_value=0,
        error_messages={"min_value": gettext_lazy("A rent cannot be negative.")},
    )
    charges_included = YesNoField(required=False)
    deposit = forms.DecimalField(required=False, max_digits=7, decimal_places=2, min_value=0)
    surface = forms.DecimalField(required=False, max_digits=5, decimal_places=1, min_value=1)
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
    offerer_type = LabelledChoiceField(choices_class=OffererType)
    contact_name = forms.CharField(max_length=160, validators=ONE_LINE)
    contact_email = forms.EmailField()
    contact_phone = forms.CharField(required=False, max_length=30, validators=ONE_LINE)
    start = forms.DateField(input_formats=["%Y-%m-%d", "%d/%m/%Y"])
    end = forms.DateField(input_formats=["%Y-%m-%d", "%d/%m/%Y"])

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("The end of a period must come after its start."))
        elif end and end < timezone.localdate():
            self.add_error(
                "end", _("This period is already over: a new period must end today or later.")
            )
        if (cleaned.get("latitude") is None) != (cleaned.get("longitude") is None):
            self.add_error("longitude", _("Give both the latitude and the longitude, or neither."))
        return cleaned


COLUMNS = [
    Column(
        "title",
        "Titre",
        gettext_lazy("The listing's title."),
        example="Chambre à l’internat du CH de Melun",
    ),
    Column(
        "title_en",
        "Titre (anglais)",
        gettext_lazy("The title in English (optional)."),
        required=False,
        example="Room at the Melun hospital’s internat",
    ),
    Column(
        "kind",
        "Type",
        gettext_lazy("residence, studio, flat, home_room or shared (or their names)."),
        example="residence",
    ),
    Column(
        "commune", "Commune", gettext_lazy("INSEE code or name of the commune."), example="77288"
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
        gettext_lazy("Decimal degrees; the commune's centre if empty."),
        required=False,
        example="48.5445",
    ),
    Column(
        "longitude",
        "Longitude",
        gettext_lazy("Decimal degrees; the commune's centre if empty."),
        required=False,
        example="2.6453",
    ),
    Column(
        "places",
        "Places",
        gettext_lazy("Number of places (1 if empty)."),
        required=False,
        example="3",
    ),
    Column("rent", "Loyer", gettext_lazy("Rent per month in euros."), example="250"),
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
    Column("surface", "Surface", gettext_lazy("In m²."), required=False, example="14"),
    Column(
        "furnished",
        "Meublé",
        gettext_lazy("oui or non (oui if empty)."),
        required=False,
        example="oui",
    ),
    Column("has_internet", "Internet", gettext_lazy("oui or non."), required=False, example="oui"),
    Column("has_workspace", "Bureau", gettext_lazy("oui or non."), required=False, example="oui"),
    Column("has_parking", "Parking", gettext_lazy("oui or non."), required=False, example="non"),
    Column("has_laundry", "Laverie", gettext_lazy("oui or non."), required=False, example="oui"),
    Column(
        "is_step_free",
        "Accès de plain-pied",
        gettext_lazy("oui or non."),
        required=False,
        example="non",
    ),
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
    Column(
        "offerer_type",
        "Proposé par",
        gettext_lazy("hospital, commune, cdom or private (or their names)."),
        example="hospital",
    ),
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
        "start",
        "Disponible du",
        gettext_lazy("First day, 2026-11-01 or 01/11/2026."),
        example="2026-11-01",
    ),
    Column(
        "end",
        "Disponible au",
        gettext_lazy("Last day, after the first and not past."),
        example="2027-04-30",
    ),
]

DEFAULTS = {
    "places": 1,
    "charges_included": True,
    "deposit": 0,
    "furnished": True,
    "minimum_stay_months": 1,
}


class HousingListingImporter(TabularImporter):
    """Creates one published listing per row, owned by the CDOM staff member who imports."""

    columns = COLUMNS
    row_form = ListingRowForm
    label = gettext_lazy("housing listings")

    def save_row(self, data: dict) -> None:
        # Empty cells take the model's defaults.
        values = {
            key: value
            for key, value in data.items()
            if key not in ("start", "end") and value not in (None, "")
        }
        for key, default in DEFAULTS.items():
            if values.get(key) in (None, ""):
                values[key] = default
        commune = values["commune"]
        if values.get("latitude") is None:
            values["latitude"], values["longitude"] = commune.latitude, commune.longitude
        listing = HousingListing(**values, owner=self.user, last_confirmed_at=timezone.now())
        listing.periods.add(AvailabilityPeriod(start=data["start"], end=data["end"]))
        listing.save()
        listing.save_revision(user=self.user).publish(user=self.user)
