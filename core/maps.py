"""What a map needs: its markers and the tile server, as data for templates/components/map.html.

The list beside a map carries the same information; the map only enhances it
(RGAA: information is never given by a map alone).
"""

from collections.abc import Iterable
from dataclasses import asdict, dataclass

from django.conf import settings


@dataclass(frozen=True)
class MapMarker:
    """One point on a map. `radius_m` draws a circle instead of a point: an approximate position."""

    latitude: float
    longitude: float
    label: str
    url: str = ""
    kind: str = ""
    radius_m: int = 0


# The circle drawn around an approximate position: it covers the cell of the
# grid a private position is rounded to (territory.models.PrivatelyLocated).
APPROXIMATE_RADIUS_M = 800


def approximate_marker(latitude: float, longitude: float, label: str, url: str = "") -> MapMarker:
    """A circle around a public position, which the map says is approximate."""
    return MapMarker(
        latitude, longitude, label, url=url, kind="approximate", radius_m=APPROXIMATE_RADIUS_M
    )


def map_data(markers: Iterable[MapMarker], label: str) -> dict:
    """The JSON-ready description of a map of `markers`, named `label` for screen readers."""
    return {
        "label": str(label),
        "tiles": settings.MAP_TILES,
        "markers": [asdict(marker) for marker in markers],
    }


def map_source(url: str, label: str) -> dict:
    """A map whose markers static/js/map.js fetches from `url` (a map_data response) when shown.

    For maps of hundreds of markers, which would weigh more than the page
    around them; a visitor who does not open the map does not download them.
    """
    return {"label": str(label), "source": url}
