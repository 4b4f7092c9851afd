"""No number of public distances leads back to a private address (issue 18, finding 2).

The attack of the security review: choose communes as centres of the housing
search, read the distance each result card prints, and find the point whose
distances to those centres fit best. Every distance is measured from the
listing's public position, a point of a grid that many addresses share, so
the attack finds that point at best, hundreds of metres from the home.
"""

import itertools
import re

import pytest

from housing.search import SearchCriteria, search_listings
from territory.geo import Point, distance_km
from tests.housing.factories import HousingListingFactory
from tests.supervisors.factories import SupervisorFactory
from tests.territory.factories import CommuneFactory

pytestmark = pytest.mark.django_db

# A home in Melun placed far from the nearest point of the public grid
# (48.54, 2.65), as an address can be: about 640 m from it.
HOME = Point(48.5448, 2.6548)
# Communes around it, from 2 to 9 km away in every direction: what anyone may
# choose as the centre of a search.
CENTRES = [
    Point(48.5421, 2.6554),
    Point(48.5163, 2.6397),
    Point(48.6034, 2.6261),
    Point(48.5610, 2.7303),
    Point(48.4950, 2.7170),
    Point(48.5790, 2.5880),
    Point(48.5080, 2.5780),
    Point(48.6220, 2.7010),
]
# The attacker's search: every point of the area, 20 m apart.
STEP_DEGREES = 0.0002
KM_IN_CARD = re.compile(r"(?:à|à environ) (\d+(?:,\d+)?) km|à moins de 1 km")


def best_fit(distances: list[tuple[Point, float]]) -> Point:
    """The point of the area whose distances to the centres fit the measured ones best."""
    candidates = (
        Point(HOME.latitude + i * STEP_DEGREES, HOME.longitude + j * STEP_DEGREES)
        for i, j in itertools.product(range(-60, 61), repeat=2)
    )
    return min(
        candidates,
        key=lambda point: sum((distance_km(point, c) - d) ** 2 for c, d in distances),
    )


def printed_distance(html: str) -> float:
    """The distance the only result card prints, as the attacker reads it."""
    match = KM_IN_CARD.search(html)
    assert match is not None
    return float(match.group(1).replace(",", ".")) if match.group(1) else 0.5


def test_distances_printed_by_the_search_do_not_lead_back_to_the_home(client, portal):
    HousingListingFactory(
        kind="home_room", offerer_type="private", latitude=HOME.latitude, longitude=HOME.longitude
    )
    measured = []
    for centre in CENTRES:
        commune = CommuneFactory(latitude=centre.latitude, longitude=centre.longitude)
        html = client.get(
            "/fr/logements/", {"near": f"commune:{commune.slug}", "radius": 20}
        ).content.decode()
        measured.append((centre, printed_distance(html)))
    assert distance_km(best_fit(measured), HOME) > 0.3


def test_exact_distances_from_the_search_find_the_public_point_not_the_home():
    """Even the unprinted figures the search sorts and filters by lead to the grid's point."""
    listing = HousingListingFactory(latitude=HOME.latitude, longitude=HOME.longitude)
    measured = [
        (centre, search_listings(SearchCriteria(centre=centre, radius_km=20)).get().distance_km)
        for centre in CENTRES
    ]
    found = best_fit(measured)
    assert distance_km(found, listing.public_position) < 0.03
    assert distance_km(found, HOME) > 0.5


def test_homes_in_one_cell_of_the_grid_are_the_same_to_every_search():
    """Two homes 450 m apart: no centre, filter or sort can tell them apart."""
    first = HousingListingFactory(latitude=HOME.latitude, longitude=HOME.longitude)
    second = HousingListingFactory(latitude=48.5412, longitude=2.6512)
    for centre in CENTRES:
        found = search_listings(SearchCriteria(centre=centre, radius_km=20))
        distances = {listing.pk: listing.distance_km for listing in found}
        assert distances[first.pk] == distances[second.pk]


def test_supervisor_directory_distances_are_those_of_the_public_position(client, portal):
    supervisor = SupervisorFactory(latitude=HOME.latitude, longitude=HOME.longitude)
    directory_url = supervisor.get_absolute_url().rstrip("/").rsplit("/", 1)[0] + "/"
    measured = []
    for centre in CENTRES:
        commune = CommuneFactory(latitude=centre.latitude, longitude=centre.longitude)
        html = client.get(directory_url, {"commune": commune.slug, "radius": 20}).content.decode()
        measured.append((centre, printed_distance(html)))
    assert distance_km(best_fit(measured), HOME) > 0.3
