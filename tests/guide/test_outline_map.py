"""The zonage maps draw the communes' outlines from a static, versioned GeoJSON file."""

import gzip
import json

import pytest
from django.urls import reverse

from territory.models import CommuneBoundary, CommuneZoning
from territory.setup import setup_departement
from tests.territory.factories import CommuneFactory

pytestmark = pytest.mark.django_db

SQUARE = {"type": "Polygon", "coordinates": [[[3.0, 48.8], [3.1, 48.8], [3.1, 48.9], [3.0, 48.8]]]}


@pytest.fixture
def coulommiers(midwife, gp):
    commune = CommuneFactory(
        name="Coulommiers", slug="coulommiers", insee_code="77131", zones={midwife: "zip"}
    )
    CommuneBoundary.objects.create(commune=commune, geometry=SQUARE)
    return commune


def outlines_url(client, guide) -> str:
    html = client.get(f"{guide.url}communes/").content.decode()
    return html.split('data-outlines="', 1)[1].split('"', 1)[0]


def test_the_geojson_carries_each_communes_code_name_outline_and_priority_zones(
    client, guide, coulommiers
):
    response = client.get(outlines_url(client, guide))

    assert response["Content-Type"] == "application/geo+json"
    [feature] = response.json()["features"]
    assert feature["properties"] == {
        "code": "77131",
        "name": "Coulommiers",
        "slug": "coulommiers",
        "zones": {"sage-femme": "zip"},
    }
    assert feature["geometry"] == SQUARE


def test_the_geojson_is_kept_a_year_under_its_version(client, guide, coulommiers):
    response = client.get(outlines_url(client, guide))

    assert "max-age=31536000" in response["Cache-Control"]
    assert "immutable" in response["Cache-Control"]


def test_an_outdated_geojson_version_is_kept_a_minute(client, guide, coulommiers):
    url = reverse("commune_outlines", kwargs={"code": "77", "version": "0ld"})

    response = client.get(url)

    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=60"


def test_a_departement_without_outlines_has_no_geojson(client, guide, coulommiers):
    url = reverse("commune_outlines", kwargs={"code": "94", "version": "0ld"})

    assert client.get(url).status_code == 404


def test_a_new_zone_gives_the_geojson_a_new_url(client, guide, coulommiers, gp):
    before = outlines_url(client, guide)

    CommuneZoning.objects.create(commune=coulommiers, profession=gp, zone="zac")

    after = outlines_url(client, guide)
    assert after != before
    assert client.get(after).json()["features"][0]["properties"]["zones"][
        "medecin-generaliste"
    ] == ("zac")


def test_the_zonage_map_shows_the_pages_profession_with_a_legend_that_names_each_zone(
    client, guide, coulommiers
):
    html = client.get(f"{guide.url}communes/", {"profession": "sage-femme"}).content.decode()

    assert 'data-profession="sage-femme"' in html
    assert "map__profession" not in html  # the page's own form chooses the profession
    legend = html.split('class="map__legend"', 1)[1].split("</ul>", 1)[0]
    assert "Zone d’intervention prioritaire (ZIP)" in legend
    assert "(hachures)" in legend


def test_the_commune_page_draws_the_outlines_around_its_commune(client, guide, coulommiers):
    html = client.get(f"{guide.url}communes/coulommiers/").content.decode()

    assert 'data-highlight="77131"' in html
    assert 'data-commune-url="/fr/aides/communes/"' in html
    assert '<option value="sage-femme">Sage-femme</option>' in html


def test_the_zonage_map_has_no_marker_for_a_commune_drawn_as_an_outline(client, guide, coulommiers):
    CommuneFactory(name="Sans contour", slug="sans-contour")
    source = client.get(f"{guide.url}communes/").context["zonage_map"]["source"]

    markers = client.get(source).json()["markers"]

    assert [marker["label"].split(" — ")[0] for marker in markers] == ["Sans contour"]


def test_pages_without_outlines_draw_no_outline_map(client, guide, midwife):
    CommuneFactory(name="Coulommiers", slug="coulommiers")

    html = client.get(f"{guide.url}communes/coulommiers/").content.decode()

    assert "data-outlines" not in html


def test_the_outlines_of_the_507_communes_weigh_well_under_300_kb(client, guide):
    setup_departement("77")
    body = client.get(outlines_url(client, guide)).content

    assert len(json.loads(body)["features"]) == 507
    assert len(body) < 250_000
    assert len(gzip.compress(body)) < 60_000
