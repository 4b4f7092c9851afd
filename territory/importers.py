"""Import the ARS zonage: communes and their zone for each profession, from a spreadsheet.

The ARS publishes its zonage per profession as a table of communes; editors
gather it in one file with one row per commune and profession, in the layout
below (documented on the import screen, with an example file). A commune not
yet known is created, which needs its postcode and position; a known one gets
its zone for the profession replaced.
"""

from functools import partial

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.models import Profession
from core.tabular.importing import Column, RowError, TabularImporter, header_key
from territory.models import (
    INSEE_CODE_VALIDATOR,
    LATITUDE_VALIDATORS,
    LONGITUDE_VALIDATORS,
    POSTCODE_VALIDATOR,
    Commune,
    CommuneZoning,
    Zone,
)

# How the ARS files and editors write each zone, compared without case or accents.
ZONE_SPELLINGS = {
    "zip": Zone.ZIP,
    "zone d'intervention prioritaire": Zone.ZIP,
    "zac": Zone.ZAC,
    "zone d'action complementaire": Zone.ZAC,
    "hors zone": Zone.NONE,
    "hors zonage": Zone.NONE,
    "non prioritaire": Zone.NONE,
    "aucune": Zone.NONE,
    "aucun": Zone.NONE,
    "none": Zone.NONE,
}


class ZonageRowForm(forms.Form):
    """One row of the zonage file: a commune and its zone for one profession."""

    insee_code = forms.CharField(max_length=5, validators=[INSEE_CODE_VALIDATOR])
    name = forms.CharField(max_length=120)
    postcode = forms.CharField(max_length=5, required=False, validators=[POSTCODE_VALIDATOR])
    latitude = forms.FloatField(required=False, validators=LATITUDE_VALIDATORS)
    longitude = forms.FloatField(required=False, validators=LONGITUDE_VALIDATORS)
    profession = forms.CharField(max_length=120)
    zone = forms.CharField(max_length=60)

    def __init__(self, *args, professions: dict[str, Profession], **kwargs):
        super().__init__(*args, **kwargs)
        self.professions = professions

    def clean_insee_code(self) -> str:
        return self.cleaned_data["insee_code"].upper()

    def clean_profession(self) -> Profession:
        value = self.cleaned_data["profession"]
        profession = self.professions.get(header_key(value))
        if profession is None:
            raise ValidationError(
                _("“%(value)s” is not a profession of the list (use its slug or its name).")
                % {"value": value}
            )
        return profession

    def clean_zone(self) -> str:
        value = self.cleaned_data["zone"]
        zone = ZONE_SPELLINGS.get(header_key(value).replace("’", "'"))
        if zone is None:
            raise ValidationError(
                _("“%(value)s” is not a zone: write ZIP, ZAC or “hors zone”.") % {"value": value}
            )
        return zone

    def clean(self):
        cleaned = super().clean()
        if (cleaned.get("latitude") is None) != (cleaned.get("longitude") is None):
            raise ValidationError(_("Give both the latitude and the longitude, or neither."))
        return cleaned


class ZonageImporter(TabularImporter):
    """Communes and their ARS zonage per profession, one row per commune and profession."""

    label = gettext_lazy("ARS zonage")
    columns = [
        Column(
            "insee_code",
            "Code INSEE",
            gettext_lazy("The commune’s INSEE code (five characters), which identifies it."),
            example="01053",
        ),
        Column("name", "Commune", gettext_lazy("The commune’s name."), example="Bourg-en-Bresse"),
        Column(
            "postcode",
            "Code postal",
            gettext_lazy("Required for a commune not yet in the list."),
            required=False,
            example="01000",
        ),
        Column(
            "latitude",
            "Latitude",
            gettext_lazy("Decimal degrees, e.g. 48.8125; required for a new commune."),
            required=False,
            example="48.8125",
        ),
        Column(
            "longitude",
            "Longitude",
            gettext_lazy("Decimal degrees, e.g. 3.0838; required for a new commune."),
            required=False,
            example="3.0838",
        ),
        Column(
            "profession",
            "Profession",
            gettext_lazy("The profession’s slug or name in the lists, e.g. sage-femme."),
            example="sage-femme",
        ),
        Column(
            "zone",
            "Zonage",
            gettext_lazy("ZIP, ZAC or “hors zone”, as in the ARS decree."),
            example="ZIP",
        ),
    ]

    def __init__(self, user=None):
        super().__init__(user)
        professions: dict[str, Profession] = {}
        for profession in Profession.objects.all():
            for spelling in (profession.slug, profession.name_fr, profession.name_en):
                professions.setdefault(header_key(spelling), profession)
        self.row_form = partial(ZonageRowForm, professions=professions)

    def check_together(self, rows: list[tuple[int, dict]]) -> list[RowError]:
        """A commune given twice for the same profession: the file contradicts itself."""
        seen: dict[tuple[str, int], int] = {}
        errors = []
        for line, data in rows:
            key = (data["insee_code"], data["profession"].pk)
            if key in seen:
                errors.append(
                    RowError(
                        line,
                        [
                            _("This commune and profession are already on line %(line)s.")
                            % {"line": seen[key]}
                        ],
                    )
                )
            else:
                seen[key] = line
        return errors

    def save_row(self, data: dict) -> None:
        commune = Commune.objects.filter(insee_code=data["insee_code"]).first()
        if commune is None:
            commune = self.create_commune(data)
        else:
            self.update_commune(commune, data)
        CommuneZoning.objects.update_or_create(
            commune=commune, profession=data["profession"], defaults={"zone": data["zone"]}
        )

    def create_commune(self, data: dict) -> Commune:
        if not data["postcode"] or data["latitude"] is None:
            raise ValidationError(
                _(
                    "%(name)s is not in the list of communes yet: give its postcode, "
                    "latitude and longitude to add it."
                )
                % {"name": data["name"]}
            )
        slug = slugify(data["name"])[:120]
        if Commune.objects.filter(slug=slug).exists():
            slug = f"{slug}-{data['insee_code'].lower()}"
        return Commune.objects.create(
            name=data["name"],
            slug=slug,
            insee_code=data["insee_code"],
            postcode=data["postcode"],
            latitude=data["latitude"],
            longitude=data["longitude"],
        )

    def update_commune(self, commune: Commune, data: dict) -> None:
        """Take the file's name, postcode and position where it gives them."""
        commune.name = data["name"]
        if data["postcode"]:
            commune.postcode = data["postcode"]
        if data["latitude"] is not None:
            commune.latitude = data["latitude"]
            commune.longitude = data["longitude"]
        commune.save()


# The staff page that import errors about communes point to (territory.admin_views).
COMMUNE_CODES_LINK = (
    gettext_lazy("Communes, their INSEE codes and postcodes"),
    "territory_commune_codes",
)


def commune_lookup_error(text: str, candidates: list[Commune]) -> str:
    """Why `text` names no single commune, naming the communes it could mean."""
    names = ", ".join(
        _("%(name)s (INSEE code %(insee)s, postcode %(postcode)s)")
        % {"name": c.name, "insee": c.insee_code, "postcode": c.postcode}
        for c in candidates
    )
    return _(
        "“%(value)s” may mean several communes: %(communes)s. Write the commune’s name, "
        "or its INSEE code as in the list of communes."
    ) % {"value": text, "communes": names}


class CommuneField(forms.Field):
    """A commune by its name, its INSEE code, or its postcode when only one commune has it.

    Five digits are often a postcode typed where the INSEE code was asked for
    (77100 is Meaux's postcode and Le Châtelet-en-Brie's INSEE code): a number
    that is both, for two different communes, is refused, never guessed.
    """

    def to_python(self, value):
        text = str(value or "").strip()
        if not text:
            return None
        candidates = list(
            Commune.objects.filter(Q(insee_code=text.upper()) | Q(postcode=text)).order_by("name")
        )
        if not candidates:
            candidates = list(Commune.objects.filter(name__iexact=text)) or [
                c for c in Commune.objects.all() if header_key(c.name) == header_key(text)
            ]
        if len(candidates) > 1:
            raise forms.ValidationError(commune_lookup_error(text, candidates))
        if not candidates:
            raise forms.ValidationError(
                _(
                    "No commune “%(value)s”: give its name, its INSEE code or its postcode "
                    "as in the list of communes."
                )
                % {"value": text}
            )
        return candidates[0]
