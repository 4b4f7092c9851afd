"""« Vivre ici » on a commune's page: what editors wrote, and the facts the portal computes."""

from dataclasses import dataclass, field

from django.db.models import Q

from guide.models import CommuneLife, LivingPage
from territory.geo import Point, within_radius
from territory.models import Commune, PlaceKind, PlaceToPractise

# How far to look for the nearest hospitals, and how many to name.
HOSPITALS_WITHIN_KM = 60
NEAREST_COUNT = 3


@dataclass
class LivingHere:
    """Daily life in a commune: the editors' text (may be empty) and the computed facts."""

    text: str = ""
    population: int | None = None
    epci: str = ""
    hospitals: list[PlaceToPractise] = field(default_factory=list)
    places: list[PlaceToPractise] = field(default_factory=list)
    guide_page: LivingPage | None = None


def living_here(commune: Commune, guide, language: str) -> LivingHere:
    """What a commune's page shows under « Vivre ici ».

    The population and the intercommunality (EPCI) appear once the territory
    holds them; a commune without them shows the rest.
    """
    life = CommuneLife.objects.filter(commune=commune).first()
    epci = getattr(commune, "epci", None)
    centre = Point(commune.latitude, commune.longitude)
    nearest = within_radius(
        PlaceToPractise.objects.active().select_related("commune"), centre, HOSPITALS_WITHIN_KM
    ).order_by("distance_km", "name")
    return LivingHere(
        text=life.text(language) if life else "",
        population=getattr(commune, "population", None),
        epci=str(epci) if epci else "",
        hospitals=list(nearest.filter(kind=PlaceKind.HOSPITAL)[:NEAREST_COUNT]),
        places=list(
            nearest.filter(~Q(kind__in=[PlaceKind.HOSPITAL, PlaceKind.TELECONSULTATION]))[
                :NEAREST_COUNT
            ]
        ),
        guide_page=LivingPage.objects.live().child_of(guide).first(),
    )
