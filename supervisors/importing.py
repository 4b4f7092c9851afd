"""The supervisor list as a spreadsheet: the documented layout, its import and its export.

One row per supervisor, identified by the RPPS number: a row whose number is
known updates that record, any other creates one. Lists inside a cell
(learner levels, languages) are slugs separated by commas; places free per
semester are written `2026-11:2, 2027-05:1` (semester starting in November
2026: two places; May 2027: one). Terms may be given by slug or by their
French or English name. The export writes the same columns, so an exported
file can be edited and imported again.
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from core.models import Faculty, Profession, Specialty
from core.semesters import is_semester_start
from core.tabular.cells import (
    AcceptedLabels,
    FrenchFloatField,
    LabelledChoiceField,
    TermField,
    TermListField,
    YesNoField,
)
from core.tabular.importing import Column, RowError, duplicate_rows
from core.tabular.lookups import remembered
from core.tabular.saving import Staged, StagedImporter
from core.tabular.writing import neutralise_formula
from core.validators import validate_single_line
from supervisors.models import (
    ConsentMethod,
    LearnerLevel,
    SpokenLanguage,
    Supervisor,
    SupervisorOpening,
)
from supervisors.services import resolve_position
from supervisors.validators import normalise_rpps, validate_rpps
from territory.importers import COMMUNE_CODES_LINK, CommuneField
from territory.models import LATITUDE_VALIDATORS, LONGITUDE_VALIDATORS, PlaceToPractise

DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]


class OpeningsField(forms.CharField):
    """Places free per semester: `2026-11:2, 2027-05:1`."""

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def clean(self, value):
        openings = {}
        for part in (p.strip() for p in super().clean(value).split(",")):
            if not part:
                continue
            try:
                semester, places = (piece.strip() for piece in part.split(":"))
                start = datetime.datetime.strptime(semester, "%Y-%m").date()  # noqa: DTZ007 – a month, no time
                count = int(places)
            except ValueError as error:
                raise ValidationError(
                    _("Write each semester as year-month:places, such as 2026-11:2.")
                ) from error
            if not is_semester_start(start) or count < 0:
                raise ValidationError(
                    _("“%(part)s”: a semester starts in May (05) or November (11), places ≥ 0.")
                    % {"part": part}
                )
            openings[start] = count
        return openings


ONE_LINE = [validate_single_line]


def date_field(required: bool = False) -> forms.DateField:
    return forms.DateField(required=required, input_formats=DATE_FORMATS)


class SupervisorRowForm(forms.Form):
    """One row of the spreadsheet, checked as the admin form checks a record."""

    rpps = forms.CharField(max_length=20)
    title = forms.CharField(max_length=20, required=False, validators=ONE_LINE)
    first_name = forms.CharField(max_length=80, validators=ONE_LINE)
    last_name = forms.CharField(max_length=80, validators=ONE_LINE)
    profession = TermField(Profession)
    specialty = TermField(Specialty, required=False)
    place = forms.CharField(required=False, validators=ONE_LINE)
    address = forms.CharField(max_length=255, required=False, validators=ONE_LINE)
    commune = CommuneField(required=False)
    latitude = FrenchFloatField(required=False, validators=LATITUDE_VALIDATORS)
    longitude = FrenchFloatField(required=False, validators=LONGITUDE_VALIDATORS)
    learner_levels = TermListField(LearnerLevel)
    faculty = TermField(Faculty)
    approval_start = date_field(required=True)
    approval_end = date_field(required=True)
    max_interns = forms.IntegerField(min_value=1, max_value=20)
    openings = OpeningsField()
    languages = TermListField(SpokenLanguage)
    presentation = forms.CharField(max_length=1200, required=False)
    presentation_en = forms.CharField(max_length=1200, required=False)
    email = forms.EmailField(required=False)
    phone = forms.CharField(max_length=30, required=False, validators=ONE_LINE)
    consent_date = date_field()
    consent_method = LabelledChoiceField(choices_class=ConsentMethod, required=False)
    consent_withdrawn_on = date_field()
    published = YesNoField(required=False)

    def clean_rpps(self) -> str:
        number = normalise_rpps(self.cleaned_data["rpps"])
        validate_rpps(number)
        return number

    def clean_place(self) -> PlaceToPractise | None:
        slug = self.cleaned_data["place"]
        if not slug:
            return None
        place = remembered(
            ("place", slug),
            lambda: PlaceToPractise.objects.filter(slug=slug).select_related("commune").first(),
        )
        if place is None:
            raise ValidationError(
                _("No place to practise has the slug “%(slug)s”.") % {"slug": slug}
            )
        return place

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("approval_start"), cleaned.get("approval_end")
        if start and end and end < start:
            self.add_error("approval_end", _("The approval cannot end before it starts."))
        if "place" in cleaned and "commune" in cleaned:
            position = resolve_position(
                cleaned["place"],
                cleaned.get("address", ""),
                cleaned["commune"],
                cleaned.get("latitude"),
                cleaned.get("longitude"),
            )
            if position.commune is None:
                self.add_error("commune", _("Give a place to practise or a commune."))
            cleaned["position"] = position
        if bool(cleaned.get("consent_date")) != bool(cleaned.get("consent_method")):
            self.add_error(
                "consent_method", _("Give both the date of the consent and how it was given.")
            )
        if cleaned.get("published") and (
            not cleaned.get("consent_date") or cleaned.get("consent_withdrawn_on")
        ):
            self.add_error(
                "published",
                _("A record cannot be published without the practitioner's consent."),
            )
        return cleaned


# The row's values the record takes as they are (the position is resolved first).
SAVED_AS_GIVEN = (
    "title",
    "first_name",
    "last_name",
    "profession",
    "specialty",
    "place",
    "faculty",
    "approval_start",
    "approval_end",
    "max_interns",
    "presentation",
    "presentation_en",
    "email",
    "phone",
    "consent_date",
    "consent_method",
    "consent_withdrawn_on",
)


class SupervisorImporter(StagedImporter):
    """Create or update supervisors from a spreadsheet, all rows or none."""

    label = _("supervisors")
    row_form = SupervisorRowForm
    reference_links = (COMMUNE_CODES_LINK,)
    columns = (
        Column(
            "rpps",
            "RPPS",
            _("11 digits with their check digit; identifies the record."),
            example="10003478962",
        ),
        Column("title", "Titre", _("Dr, Pr… (optional)."), required=False, example="Dr"),
        Column("first_name", "Prénom", _("First name."), example="Claire"),
        Column("last_name", "Nom", _("Last name."), example="Moreau"),
        Column(
            "profession",
            "Profession",
            _("Slug or name of a profession of the list."),
            example="medecin-generaliste",
        ),
        Column(
            "specialty",
            "Spécialité",
            _("Slug or name of a specialty (optional)."),
            required=False,
            example="medecine-generale",
        ),
        Column(
            "place",
            "Lieu d'exercice",
            _("Slug of a place to practise (optional if the address and commune are given)."),
            required=False,
            example="mspu-nemours",
        ),
        Column(
            "address", "Adresse", _("Address (optional when a place is given)."), required=False
        ),
        Column(
            "commune",
            "Commune",
            _("Name, INSEE code or postcode of the commune (optional when a place is given)."),
            required=False,
        ),
        Column(
            "latitude",
            "Latitude",
            _("Decimal degrees (optional: taken from the place or the commune)."),
            required=False,
        ),
        Column("longitude", "Longitude", _("Decimal degrees (optional)."), required=False),
        Column(
            "learner_levels",
            "Niveaux accueillis",
            _("Slugs of learner levels, separated by commas."),
            required=False,
            example="externe, phase-socle",
        ),
        Column("faculty", "Faculté", _("Slug or name of the approving faculty."), example="upec"),
        Column(
            "approval_start",
            "Début d'agrément",
            _("Date, 2026-09-01 or 01/09/2026."),
            example="2025-11-01",
        ),
        Column(
            "approval_end", "Fin d'agrément", _("Date the approval ends."), example="2030-10-31"
        ),
        Column(
            "max_interns",
            "Internes au plus",
            _("Maximum number of interns at once, from the approval."),
            example="2",
        ),
        Column(
            "openings",
            "Places libres",
            _("Places free per semester: 2026-11:2, 2027-05:1."),
            required=False,
            example="2026-11:1",
        ),
        Column(
            "languages",
            "Langues",
            _("Slugs of languages spoken, separated by commas."),
            required=False,
            example="francais, anglais",
        ),
        Column(
            "presentation",
            "Présentation",
            _("A few sentences in French (optional)."),
            required=False,
        ),
        Column(
            "presentation_en",
            "Présentation (anglais)",
            _("The same in English (optional)."),
            required=False,
        ),
        Column("email", "E-mail", _("Never shown on the site (optional)."), required=False),
        Column("phone", "Téléphone", _("Never shown on the site (optional)."), required=False),
        Column(
            "consent_date",
            "Consentement le",
            _("Date the practitioner agreed to be listed."),
            required=False,
            example="2025-10-15",
        ),
        Column(
            "consent_method",
            "Consentement par",
            format_lazy("{} {}", _("One of:"), AcceptedLabels(ConsentMethod)),
            required=False,
            example="Formulaire papier signé",
        ),
        Column(
            "consent_withdrawn_on",
            "Retrait du consentement",
            _("Date consent was withdrawn (the record is unpublished)."),
            required=False,
        ),
        Column(
            "published",
            "Publié",
            _("oui or non: show it in the directory (needs consent)."),
            required=False,
            example="oui",
        ),
    )

    relation_names = ("learner_levels", "languages")
    child_names = ("openings",)

    def check_together(self, rows: list[tuple[int, dict]]) -> list[RowError]:
        """One RPPS number on two lines: the file contradicts itself."""
        return duplicate_rows(rows, "rpps", _("RPPS %(value)s is also on line %(line)s."))

    def existing_records(self, rows) -> list[Supervisor | None]:
        known = {
            supervisor.rpps: supervisor
            for supervisor in Supervisor.objects.filter(rpps__in=[row["rpps"] for row in rows])
            .select_related("profession", "specialty", "place", "commune", "faculty")
            .prefetch_related("learner_levels", "languages", "openings")
        }
        return [known.get(row["rpps"]) for row in rows]

    def stage_row(self, data: dict, supervisor: Supervisor | None) -> Staged:
        position = data["position"]
        supervisor = supervisor or Supervisor(rpps=data["rpps"], live=False)
        for name in SAVED_AS_GIVEN:
            setattr(supervisor, name, data[name])
        supervisor.address = position.address
        supervisor.commune = position.commune
        supervisor.latitude = position.latitude
        supervisor.longitude = position.longitude
        return Staged(
            supervisor,
            publish=bool(data["published"]),
            relations={
                "learner_levels": data["learner_levels"],
                "languages": data["languages"],
            },
            children={
                "openings": [
                    SupervisorOpening(semester_start=start, places=places)
                    for start, places in data["openings"].items()
                ]
            },
        )

    def export_row(self, supervisor: Supervisor) -> dict:
        """The record as one row of the documented layout (what `save_row` reads back)."""
        values = {
            "rpps": supervisor.rpps,
            "title": supervisor.title,
            "first_name": supervisor.first_name,
            "last_name": supervisor.last_name,
            "profession": supervisor.profession.slug,
            "specialty": supervisor.specialty.slug if supervisor.specialty else "",
            "place": supervisor.place.slug if supervisor.place else "",
            "address": supervisor.address,
            # The name: 78 of 507 INSEE codes are also another commune's postcode.
            "commune": supervisor.commune.name if supervisor.commune else "",
            "latitude": supervisor.latitude,
            "longitude": supervisor.longitude,
            "learner_levels": ", ".join(t.slug for t in supervisor.learner_levels.all()),
            "faculty": supervisor.faculty.slug if supervisor.faculty else "",
            "approval_start": supervisor.approval_start.isoformat()
            if supervisor.approval_start
            else "",
            "approval_end": supervisor.approval_end.isoformat() if supervisor.approval_end else "",
            "max_interns": supervisor.max_interns,
            "openings": ", ".join(
                f"{o.semester_start:%Y-%m}:{o.places}" for o in supervisor.openings.all()
            ),
            "languages": ", ".join(t.slug for t in supervisor.languages.all()),
            "presentation": supervisor.presentation,
            "presentation_en": supervisor.presentation_en,
            "email": supervisor.email,
            "phone": supervisor.phone,
            "consent_date": supervisor.consent_date.isoformat() if supervisor.consent_date else "",
            "consent_method": supervisor.get_consent_method_display()
            if supervisor.consent_method
            else "",
            "consent_withdrawn_on": supervisor.consent_withdrawn_on.isoformat()
            if supervisor.consent_withdrawn_on
            else "",
            "published": "oui" if supervisor.live else "non",
        }
        return {name: neutralise_formula(value) for name, value in values.items()}
