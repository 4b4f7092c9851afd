"""What other sections show on a commune page of the guide: housing, supervisors nearby…

The guide does not know the housing registry or the supervisor directory; they
register a provider here (from their AppConfig.ready()) and the commune page
shows each provider's section. With no provider registered the page shows none.

    from guide.nearby import NearbyItem, NearbySection, register_nearby

    def housing_near(commune, request):
        listings = ...
        return NearbySection(_("Housing nearby"), [NearbyItem(l.title, l.url) for l in listings])

    register_nearby("housing", housing_near, order=10)
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.functional import Promise

from territory.geo import Point, within_radius
from territory.models import Commune


@dataclass(frozen=True)
class NearbyItem:
    """One thing near the commune: its name, its page, a detail such as the distance,
    and the language of the name when it is not the page's (`lang="fr"`)."""

    label: str
    url: str = ""
    detail: str = ""
    lang: str = ""


@dataclass(frozen=True)
class NearbySection:
    """A titled list on the commune page, with a link to the whole list elsewhere."""

    title: str | Promise
    items: list[NearbyItem] = field(default_factory=list)
    more_url: str = ""
    more_label: str | Promise = ""
    empty_text: str | Promise = ""


NearbyProvider = Callable[[Commune, HttpRequest], NearbySection | None]

_providers: dict[str, tuple[int, NearbyProvider]] = {}


def register_nearby(key: str, provider: NearbyProvider, order: int = 100) -> None:
    """Add a section to every commune page, or replace the one with the same key."""
    _providers[key] = (order, provider)


def unregister_nearby(key: str) -> None:
    _providers.pop(key, None)


def nearby_sections(commune: Commune, request: HttpRequest) -> list[NearbySection]:
    """The sections the registered providers give for `commune`, in their order."""
    sections = []
    for _order, provider in sorted(_providers.values(), key=lambda entry: entry[0]):
        section = provider(commune, request)
        if section is not None:
            sections.append(section)
    return sections


def radius_km(section: str) -> int:
    """How far from a commune `section` looks (settings.NEARBY_RADIUS_KM)."""
    return settings.NEARBY_RADIUS_KM[section]


def nearest(queryset: QuerySet, commune: Commune, radius: float, prefix: str = "") -> QuerySet:
    """The rows of `queryset` within `radius` km of `commune`, nearest first, at most NEARBY_LIMIT.

    Each row carries its `distance_km`; `prefix` leads to the row's public coordinates.
    """
    return within_radius(
        queryset, Point(commune.latitude, commune.longitude), radius, prefix=prefix
    ).order_by("distance_km", "pk")[: settings.NEARBY_LIMIT]
