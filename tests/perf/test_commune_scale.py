"""The pages that list or look up communes run as many queries with 900 communes as with 30.

The largest départements have about 900 communes: the zonage page, its map,
the outlines, a commune's page, the finder's commune field and the housing
search's "near" field must not run a query per commune.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import PortalSettings
from territory.models import Commune, CommuneBoundary, CommuneZoning, Zone
from tests.factories import CareerStageFactory, ProfessionFactory

pytestmark = pytest.mark.django_db

SMALL, LARGE = 30, 900
SQUARE = {"type": "Polygon", "coordinates": [[[2.6, 48.5], [2.7, 48.5], [2.7, 48.6], [2.6, 48.5]]]}


def add_communes(start: int, stop: int, professions) -> None:
    """Communes 77000 + n, each with an outline and a zone per profession."""
    communes = Commune.objects.bulk_create(
        Commune(
            name=f"Commune {n:03d}",
            slug=f"commune-{n:03d}",
            insee_code=f"77{n:03d}",
            postcode=f"77{n % 100:03d}",
            latitude=48.0 + n / 1000,
            longitude=2.5 + n / 1000,
        )
        for n in range(start, stop)
    )
    CommuneBoundary.objects.bulk_create(
        CommuneBoundary(commune=commune, geometry=SQUARE) for commune in communes
    )
    zones = [Zone.ZIP, Zone.ZAC, Zone.NONE]
    CommuneZoning.objects.bulk_create(
        CommuneZoning(commune=commune, profession=profession, zone=zones[n % 3])
        for n, commune in enumerate(communes)
        for profession in professions
    )


URLS = {
    "zonage page": "/fr/aides/communes/?profession=medecin",
    "zonage map markers": "/fr/aides/carte-du-zonage/?profession=medecin",
    "commune page": "/fr/aides/communes/commune-001/",
    "finder, commune typed": (
        "/fr/aides/quelles-aides-pour-moi/?profession=medecin&stage=interne&commune=Commune+001"
    ),
    "housing near a commune": "/fr/logements/?near=Commune+001&radius=15",
    "commune suggestions": "/suggestions/communes.json",
}


def cold_queries(client, url: str) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def outlines_url(client) -> str:
    html = client.get(URLS["zonage page"]).content.decode()
    return html.split('data-outlines="', 1)[1].split('"', 1)[0]


@pytest.fixture
def professions(portal):
    PortalSettings.for_site(portal["home"].get_site())
    CareerStageFactory(slug="interne")
    return [ProfessionFactory(slug="medecin"), ProfessionFactory(slug="sage-femme")]


@pytest.mark.parametrize("page", URLS)
def test_a_commune_page_runs_as_many_queries_with_900_communes_as_with_30(
    client, professions, page, django_assert_max_num_queries
):
    add_communes(1, SMALL + 1, professions)
    small = cold_queries(client, URLS[page])
    add_communes(SMALL + 1, LARGE + 1, professions)

    cache.clear()
    with django_assert_max_num_queries(small):
        assert client.get(URLS[page]).status_code == 200
    print(f"{page}: {small} queries, cold, with {SMALL} or {LARGE} communes")


def test_the_outlines_run_as_many_queries_with_900_communes_as_with_30(
    client, professions, django_assert_max_num_queries
):
    add_communes(1, SMALL + 1, professions)
    url = outlines_url(client)
    small = cold_queries(client, url)
    add_communes(SMALL + 1, LARGE + 1, professions)
    url = outlines_url(client)

    cache.clear()
    with django_assert_max_num_queries(small):
        response = client.get(url)
    assert len(response.json()["features"]) == LARGE
    print(f"outlines: {small} queries, cold, with {SMALL} or {LARGE} communes")
