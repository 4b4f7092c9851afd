"""Distances on the ground, in Python and in the database."""

import pytest

from territory.geo import Point, bounding_box, distance_km, within_radius
from territory.models import Commune
from tests.territory.factories import CommuneFactory

MELUN = Point(48.5421, 2.6554)
FONTAINEBLEAU = Point(48.4047, 2.7016)
MEAUX = Point(48.9601, 2.8788)


def test_distance_between_melun_and_fontainebleau_is_about_fifteen_km():
    assert distance_km(MELUN, FONTAINEBLEAU) == pytest.approx(15.6, abs=0.3)


def test_distance_to_itself_is_zero():
    assert distance_km(MEAUX, MEAUX) == 0


def test_bounding_box_contains_every_point_of_the_radius():
    min_lat, max_lat, min_lon, max_lon = bounding_box(MELUN, 20)
    assert min_lat < FONTAINEBLEAU.latitude < max_lat
    assert min_lon < FONTAINEBLEAU.longitude < max_lon
    assert not min_lat < MEAUX.latitude < max_lat


@pytest.fixture
def communes(db):
    def commune(name, insee, point):
        return Commune.objects.create(
            name=name,
            slug=name.lower(),
            insee_code=insee,
            postcode="77000",
            latitude=point.latitude,
            longitude=point.longitude,
        )

    return [
        commune("Melun", "77288", MELUN),
        commune("Fontainebleau", "77186", FONTAINEBLEAU),
        commune("Meaux", "77284", MEAUX),
    ]


def test_within_radius_keeps_the_rows_close_enough_with_their_distance(communes):
    near = within_radius(Commune.objects.all(), MELUN, 20).order_by("distance_km")

    assert [c.name for c in near] == ["Melun", "Fontainebleau"]
    assert near[1].distance_km == pytest.approx(distance_km(MELUN, FONTAINEBLEAU), rel=1e-6)


def test_within_radius_reaches_coordinates_through_a_relation(communes):
    from territory.models import PlaceKind, PlaceToPractise

    PlaceToPractise.objects.create(
        name="MSPU",
        slug="mspu",
        kind=PlaceKind.MSPU,
        address="1 rue",
        commune=communes[2],
        latitude=MEAUX.latitude,
        longitude=MEAUX.longitude,
    )

    near_meaux = within_radius(PlaceToPractise.objects.all(), MEAUX, 5, prefix="commune__")
    near_melun = within_radius(PlaceToPractise.objects.all(), MELUN, 5, prefix="commune__")

    assert [p.name for p in near_meaux] == ["MSPU"]
    assert not near_melun.exists()


def test_distances_west_of_greenwich_for_a_breton_departement(db):
    """Negative longitudes (Finistère) go into the SQL as well as positive ones."""
    brest, quimper = Point(48.3904, -4.4861), Point(47.9960, -4.1024)  # 52.3 km apart
    CommuneFactory(name="Quimper", latitude=quimper.latitude, longitude=quimper.longitude)

    near = within_radius(Commune.objects.all(), brest, 55).get()

    assert near.distance_km == pytest.approx(distance_km(brest, quimper), rel=1e-6)
    assert not within_radius(Commune.objects.all(), brest, 50).exists()
