"""Import the ARS zonage: communes and their zone for each profession, from a spreadsheet.

Two layouts are read. The ARS's own: one row per commune, its INSEE code and
name, and one "Zonage <profession>" column per profession (« Zonage
médecins », « Zonage sages-femmes »), as the agencies publish it
(docs/zonage-ars-exemple.csv). And the portal's: one row per commune and
profession, in the columns below (documented on the import screen, with an
example file). A commune not yet known is created, which needs its postcode
and position (the ARS layout has neither: its communes come from
setup_departement); a known one gets its zone for the profession replaced.
"""

import re
from functools import partial

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.models import Profession
from core.tabular.importing import Column, ImportCheck, RowError, TabularImporter, header_key
from core.tabular.lookups import remembered
from core.tabular.reading import Table, UnreadableFile, read_table
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
    # The zonage of nurses, physiotherapists, midwives and speech therapists
    # grades density; the aids of the most and the less under-served match
    # those of the ZIP and the ZAC.
    "zone tres sous-dotee": Zone.ZIP,
    "tres sous-dotee": Zone.ZIP,
    "zone sous-dotee": Zone.ZAC,
    "sous-dotee": Zone.ZAC,
    "zone intermediaire": Zone.NONE,
    "intermediaire": Zone.NONE,
    "zone tres dotee": Zone.NONE,
    "tres dotee": Zone.NONE,
    "zone sur-dotee": Zone.NONE,
    "sur-dotee": Zone.NONE,
}

POSTCODE = re.compile(r"\d{5}")
# The ARS layout's headers, compared without case or accents.
ARS_INSEE_HEADERS = {"code commune insee", "code insee", "code commune", "codgeo", "insee"}
ARS_NAME_HEADERS = {"nom commune", "nom de la commune", "commune", "libelle commune", "libgeo"}
ARS_ZONE_PREFIX = "zonage "
# The professions as the ARS names them in its columns, where no slug or name says it:
# the « médecins » zonage is that of general practitioners.
ARS_PROFESSION_NAMES = {
    "medecin": "medecin-generaliste",
    "medecin generaliste": "medecin-generaliste",
}


def singular(text: str) -> str:
    """Each word without its plural's s: « sages-femmes » → « sage-femme »."""
    return " ".join(
        "-".join(
            part[:-1] if part.endswith("s") and len(part) > 3 else part for part in word.split("-")
        )
        for word in text.split()
    )


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
    layout_note = gettext_lazy(
        "The table the ARS publishes is read as it is: a column “Code commune INSEE”, "
        "a column “Nom commune” and one column “Zonage” followed by the profession per "
        "profession (“Zonage médecins”, “Zonage sages-femmes”), with the zones as the decree "
        "writes them. Otherwise, one row per commune and profession:"
    )
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
        self.professions = professions
        self.row_form = partial(ZonageRowForm, professions=professions)

    def check(self, content: bytes) -> ImportCheck:
        """The ARS layout, read as the portal's one row per commune and profession."""
        try:
            table = read_table(content)
        except UnreadableFile:
            return super().check(content)
        if not is_ars_layout(table.header):
            return super().check(content)
        return self.check_ars(table)

    def profession_of_column(self, header: str) -> Profession | None:
        """The profession of a « Zonage médecins » column."""
        name = header_key(header)[len(ARS_ZONE_PREFIX) :].strip()
        for spelling in (
            name,
            singular(name),
            name.replace(" ", "-"),
            singular(name).replace(" ", "-"),
        ):
            spelling = ARS_PROFESSION_NAMES.get(spelling, spelling)
            if spelling in self.professions:
                return self.professions[spelling]
        return None

    def zone_columns(self, header: list[str], keys: list[str]) -> tuple[list, list[str]]:
        """The (position, profession) of each zonage column, and the titles of those
        whose profession is not on the list."""
        columns = []
        unknown = []
        for position, title in enumerate(header):
            if keys[position].startswith(ARS_ZONE_PREFIX):
                profession = self.profession_of_column(title)
                if profession is None:
                    unknown.append(title)
                else:
                    columns.append((position, profession))
        return columns, unknown

    def check_ars(self, table: Table) -> ImportCheck:
        result = ImportCheck()
        keys = [header_key(title) for title in table.header]
        insee = next(i for i, key in enumerate(keys) if key in ARS_INSEE_HEADERS)
        name = next((i for i, key in enumerate(keys) if key in ARS_NAME_HEADERS), None)
        zone_columns, unknown = self.zone_columns(table.header, keys)
        if unknown:
            result.errors.append(
                RowError(
                    1,
                    [
                        _(
                            "No profession of the list matches the column(s) %(columns)s: "
                            "name the column « Zonage » and the profession, e.g. « Zonage "
                            "sages-femmes »."
                        )
                        % {"columns": ", ".join(f"« {title} »" for title in unknown)}
                    ],
                )
            )
            return result

        def cell(row, position):
            return row.cells[position] if position is not None and position < len(row.cells) else ""

        for row in table.rows:
            for position, profession in zone_columns:
                if not cell(row, position):
                    continue  # no zonage given for this profession
                cleaned, messages = self.clean_cells(
                    {
                        "insee_code": cell(row, insee),
                        "name": cell(row, name) or cell(row, insee),
                        "profession": profession.slug,
                        "zone": cell(row, position),
                    }
                )
                if messages:
                    result.errors.append(RowError(row.line, messages))
                else:
                    result.rows.append((row.line, cleaned))
        if not result.rows and not result.errors:
            result.errors.append(RowError(0, [_("The file has no data row under its header.")]))
        if result.is_valid:
            result.errors.extend(self.check_together(result.rows))
        return result

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
        """Take the file's name, postcode and position where it gives them.

        A name that differs only in case or accents (the ARS writes MELUN)
        leaves the commune's own; an unchanged commune is not saved.
        """
        before = (commune.name, commune.postcode, commune.latitude, commune.longitude)
        if header_key(data["name"]) != header_key(commune.name):
            commune.name = data["name"]
        if data.get("postcode"):
            commune.postcode = data["postcode"]
        if data.get("latitude") is not None:
            commune.latitude = data["latitude"]
            commune.longitude = data["longitude"]
        if (commune.name, commune.postcode, commune.latitude, commune.longitude) != before:
            commune.save()


def is_ars_layout(header: list[str]) -> bool:
    """A table with an INSEE code column and « Zonage <profession> » columns, no « Profession »."""
    keys = {header_key(title) for title in header}
    return (
        bool(keys & ARS_INSEE_HEADERS)
        and "profession" not in keys
        and any(key.startswith(ARS_ZONE_PREFIX) for key in keys)
    )


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


def communes_named(text: str) -> list[Commune]:
    """The communes `text` may mean: by INSEE code or postcode, else by name."""
    postcode = Q(postcode=text)
    if POSTCODE.fullmatch(text):
        postcode |= Q(other_postcodes__contains=text)
    candidates = list(
        Commune.objects.filter(Q(insee_code=text.upper()) | postcode).order_by("name")
    )
    return (
        candidates
        or list(Commune.objects.filter(name__iexact=text))
        or [c for c in Commune.objects.all() if header_key(c.name) == header_key(text)]
    )


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
        candidates = remembered(("commune", text.casefold()), lambda: communes_named(text))
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
