"""The territory every section points to: communes, their zonage, places to practise.

The guide joins aids to the zonage of a commune, the housing registry and the
supervisor directory search "near" a commune or a place to practise; all of
them use these rows, kept once by editors.
"""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index

from territory.geo import Point, RoundedDegrees, rounded_degrees

# France with its overseas départements (Réunion at 21° S, Guadeloupe at 62° W,
# Mayotte at 45° E): coordinates outside are typos.
LATITUDE_VALIDATORS = [MinValueValidator(-22.0), MaxValueValidator(51.5)]
LONGITUDE_VALIDATORS = [MinValueValidator(-62.0), MaxValueValidator(56.0)]
# INSEE codes: two digits (or 2A/2B for Corsica) for the département, then three.
INSEE_CODE_VALIDATOR = RegexValidator(
    r"^(\d{2}|2[AB])\d{3}$", _("An INSEE code has five characters, such as 01053.")
)
POSTCODE_VALIDATOR = RegexValidator(r"^\d{5}$", _("A postcode has five digits, such as 01000."))
OTHER_POSTCODES_VALIDATOR = RegexValidator(
    r"^(\d{5}( \d{5})*)?$", _("Postcodes of five digits, separated by spaces.")
)
EPCI_CODE_VALIDATOR = RegexValidator(r"^\d{9}$", _("An EPCI’s SIREN number has nine digits."))


class Zone(models.TextChoices):
    """The ARS zonage of a commune for one profession (public health code, L.1434-4)."""

    ZIP = "zip", _("Priority intervention zone (ZIP)")
    ZAC = "zac", _("Complementary action zone (ZAC)")
    NONE = "none", _("Not a priority zone")


class Located(models.Model):
    """Coordinates in WGS 84 decimal degrees, as OpenStreetMap and the map use them."""

    latitude = models.FloatField(_("latitude"), validators=LATITUDE_VALIDATORS)
    longitude = models.FloatField(_("longitude"), validators=LONGITUDE_VALIDATORS)

    class Meta:
        abstract = True
        # "Near" searches filter on a bounding box before computing distances.
        indexes = [models.Index(fields=["latitude", "longitude"], name="%(class)s_position")]


# A person's position (a landlord's home, a practitioner's office) is published
# rounded to this many decimals of a degree: a grid of about 1.1 km north-south
# by 0.7 km east-west in the département, each point of which stands for every
# address within about 600 m of it.
PUBLIC_POSITION_DECIMALS = 2


class PrivatelyLocated(models.Model):
    """A private position (`latitude`, `longitude`) and the public one that stands in for it.

    The public position is the point of a fixed grid nearest to the private
    one, computed by the database whenever the row is written (whatever writes
    it: a form, an import, a bulk insert): many addresses share each point, so
    no number of distances measured from it leads back to the address.
    Everything shown outside what may show the address (maps, distances,
    "near" filters and sorts) starts from it: `within_radius(…, prefix=PUBLIC)`.
    """

    PUBLIC = "public_"

    public_latitude = models.GeneratedField(
        expression=RoundedDegrees(models.F("latitude"), PUBLIC_POSITION_DECIMALS),
        output_field=models.FloatField(),
        db_persist=True,
        verbose_name=_("public latitude"),
    )
    public_longitude = models.GeneratedField(
        expression=RoundedDegrees(models.F("longitude"), PUBLIC_POSITION_DECIMALS),
        output_field=models.FloatField(),
        db_persist=True,
        verbose_name=_("public longitude"),
    )

    class Meta:
        abstract = True

    @property
    def public_position(self) -> Point:
        """The public position of the coordinates in memory (a preview's too, before saving)."""
        return Point(
            rounded_degrees(self.latitude, PUBLIC_POSITION_DECIMALS),
            rounded_degrees(self.longitude, PUBLIC_POSITION_DECIMALS),
        )


class CommuneQuerySet(models.QuerySet):
    def with_zonings(self):
        return self.prefetch_related("zonings__profession")


class Commune(index.Indexed, ClusterableModel, Located):
    """A commune of the département, with its zonage per profession."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=140, unique=True)
    insee_code = models.CharField(
        _("INSEE code"), max_length=5, unique=True, validators=[INSEE_CODE_VALIDATOR]
    )
    postcode = models.CharField(_("postcode"), max_length=5, validators=[POSTCODE_VALIDATOR])
    other_postcodes = models.CharField(
        _("other postcodes"),
        max_length=120,
        blank=True,
        validators=[OTHER_POSTCODES_VALIDATOR],
        help_text=_("The commune’s other postcodes, separated by spaces."),
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    epci_code = models.CharField(
        _("EPCI SIREN number"), max_length=9, blank=True, validators=[EPCI_CODE_VALIDATOR]
    )
    epci_name = models.CharField(_("intercommunality (EPCI)"), max_length=200, blank=True)

    objects = CommuneQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("insee_code"), FieldPanel("postcode")]),
        FieldPanel("other_postcodes"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("population"), FieldPanel("epci_code")]),
        FieldPanel("epci_name"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Position")),
        InlinePanel("zonings", heading=_("Zonage per profession"), label=_("zonage")),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("postcode"),
    ]

    class Meta(Located.Meta):
        ordering = ["name"]
        verbose_name = _("commune")
        verbose_name_plural = _("communes")

    def __str__(self) -> str:
        return f"{self.name} ({self.postcode})"

    @property
    def postcodes(self) -> list[str]:
        """Every postcode of the commune, the main one first."""
        return [self.postcode, *self.other_postcodes.split()]

    @property
    def departement_code(self) -> str:
        return departement_of(self.insee_code)

    def zone_for(self, profession) -> str:
        """The commune's zone for `profession`: ZIP, ZAC or none when no zonage is recorded.

        Reads the prefetched zonings when there are any, so a list of communes
        with `with_zonings()` costs no query per commune.
        """
        for zoning in self.zonings.all():
            if zoning.profession_id == profession.pk:
                return zoning.zone
        return Zone.NONE


def departement_of(insee_code: str) -> str:
    """The code of the département an INSEE code belongs to: 77 for 77288, 971 for 97101."""
    return insee_code[:3] if insee_code.startswith("97") else insee_code[:2]


class CommuneBoundary(models.Model):
    """A commune's simplified outline, for the zonage maps (territory.boundaries).

    Apart from the commune so that the many queries that read communes never
    load it: only the maps' GeoJSON does.
    """

    commune = models.OneToOneField(
        Commune, on_delete=models.CASCADE, related_name="boundary", primary_key=True
    )
    # A GeoJSON geometry (Polygon or MultiPolygon) in WGS 84, rounded and simplified.
    geometry = models.JSONField(_("geometry"))

    class Meta:
        verbose_name = _("commune boundary")
        verbose_name_plural = _("commune boundaries")

    def __str__(self) -> str:
        return str(self.commune_id)


class CommuneZoning(models.Model):
    """The zone a commune is in for one profession, as the ARS decrees it."""

    commune = ParentalKey(Commune, on_delete=models.CASCADE, related_name="zonings")
    profession = models.ForeignKey(
        "core.Profession",
        on_delete=models.CASCADE,
        related_name="zonings",
        verbose_name=_("profession"),
    )
    zone = models.CharField(_("zone"), max_length=4, choices=Zone.choices, default=Zone.NONE)

    panels = [FieldPanel("profession"), FieldPanel("zone")]

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["commune", "profession"], name="one_zone_per_commune_and_profession"
            )
        ]
        verbose_name = _("zonage")
        verbose_name_plural = _("zonages")

    def __str__(self) -> str:
        return f"{self.commune.name} — {self.profession}: {self.get_zone_display()}"


class PlaceKind(models.TextChoices):
    MSP = "msp", _("Multi-professional health centre (MSP)")
    MSPU = "mspu", _("University multi-professional health centre (MSPU)")
    HEALTH_CENTRE = "centre", _("Health centre")
    HOSPITAL = "hospital", _("Hospital")
    TELECONSULTATION = "cabin", _("Teleconsultation cabin")
    OTHER = "other", _("Other place of care")


class PlaceToPractiseQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class PlaceToPractise(index.Indexed, ClusterableModel, Located):
    """Somewhere a professional can practise or train: a maison de santé, a hospital, a cabin…"""

    name = models.CharField(_("name"), max_length=160)
    slug = models.SlugField(_("slug"), max_length=180, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=PlaceKind.choices)
    address = models.CharField(_("address"), max_length=255)
    commune = models.ForeignKey(
        Commune, on_delete=models.PROTECT, related_name="places", verbose_name=_("commune")
    )
    professions = ParentalManyToManyField(
        "core.Profession",
        blank=True,
        related_name="places",
        verbose_name=_("professions present"),
    )
    url = models.URLField(_("website"), blank=True)
    is_active = models.BooleanField(
        _("shown on the site"),
        default=True,
        help_text=_("Untick when the place closes; what points to it keeps working."),
    )

    objects = PlaceToPractiseQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("slug"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("commune"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Where"),
        ),
        FieldPanel("professions", widget=forms.CheckboxSelectMultiple),
        FieldPanel("url"),
        FieldPanel("is_active"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("kind"),
        index.FilterField("is_active"),
    ]

    class Meta(Located.Meta):
        ordering = ["name"]
        verbose_name = _("place to practise")
        verbose_name_plural = _("places to practise")

    def __str__(self) -> str:
        return self.name
