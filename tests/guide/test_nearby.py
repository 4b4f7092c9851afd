"""A commune page of the guide shows the housing and the supervisors near the commune."""

import pytest

from tests.housing.factories import HousingListingFactory
from tests.supervisors.factories import SupervisorFactory
from tests.territory.factories import CommuneFactory

pytestmark = pytest.mark.django_db

MELUN = {"latitude": 48.5421, "longitude": 2.6554}
DAMMARIE = {"latitude": 48.5163, "longitude": 2.6397}
MEAUX = {"latitude": 48.9601, "longitude": 2.8788}


@pytest.fixture
def melun(db):
    return CommuneFactory(name="Melun", slug="melun", **MELUN)


def commune_page(client, portal, commune):
    response = client.get(f"{portal['guide'].url}communes/{commune.slug}/")
    assert response.status_code == 200
    return response.content.decode()


def test_housing_within_fifteen_km_is_listed_nearest_first(client, portal, melun):
    HousingListingFactory(title="Studio à Dammarie", commune=CommuneFactory(**DAMMARIE))
    HousingListingFactory(title="Chambre à l’internat de Melun", commune=melun)
    HousingListingFactory(title="Studio à Meaux", commune=CommuneFactory(**MEAUX))

    html = commune_page(client, portal, melun)

    assert html.index("Chambre à l’internat de Melun") < html.index("Studio à Dammarie")
    assert "Studio à Meaux" not in html
    assert "near=commune%3Amelun" in html


def test_unpublished_housing_is_not_listed(client, portal, melun):
    HousingListingFactory(title="Brouillon", commune=melun, publish=False)

    html = commune_page(client, portal, melun)

    assert "Brouillon" not in html
    assert "Aucun logement n’est proposé à moins de 15 km" in html


def test_listed_supervisors_nearby_are_shown_but_not_those_without_consent(client, portal, melun):
    SupervisorFactory(first_name="Claire", last_name="Listée", commune=melun, **MELUN)
    SupervisorFactory(
        first_name="Paul", last_name="Sansaccord", commune=melun, consent_date=None, **MELUN
    )

    html = commune_page(client, portal, melun)

    assert "Claire Listée" in html
    assert "Sansaccord" not in html


def test_the_distances_are_settings(client, portal, melun, settings):
    settings.NEARBY_RADIUS_KM = {"housing": 60, "supervisors": 70}
    HousingListingFactory(title="Studio à Meaux", commune=CommuneFactory(**MEAUX))

    html = commune_page(client, portal, melun)

    assert "Studio à Meaux" in html
    assert "radius=60" in html
    assert "Tous les logements à moins de 60 km" in html
    assert "Aucun maître de stage n’est référencé à moins de 70 km" in html
