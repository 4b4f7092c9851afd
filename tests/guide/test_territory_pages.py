"""The guide's territory pages: communes with their zonage, places to practise, nearby sections."""

import datetime
import re

import pytest
from django.utils import timezone

from guide.nearby import NearbyItem, NearbySection, register_nearby, unregister_nearby
from tests.guide.factories import AidPageFactory
from tests.territory.factories import CommuneFactory, PlaceToPractiseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def coulommiers(midwife, gp):
    return CommuneFactory(
        name="Coulommiers", slug="coulommiers", postcode="77120", zones={midwife: "zip", gp: "zac"}
    )


def test_commune_page_shows_its_zone_for_each_profession(client, guide, coulommiers, midwife):
    response = client.get(f"{guide.url}communes/coulommiers/")
    zonage = dict(response.context["zonage"])
    assert zonage[midwife] == "zip"


def test_commune_page_lists_zone_bound_aids_met_there(client, guide, coulommiers, midwife, gp):
    met = AidPageFactory(
        parent=guide, title="ZIP sages-femmes", professions=[midwife], required_zone="zip"
    )
    AidPageFactory(parent=guide, title="ZIP généralistes", professions=[gp], required_zone="zip")
    response = client.get(f"{guide.url}communes/coulommiers/")
    assert [aid.title for aid, _met_for, _amounts in response.context["zone_bound"]] == [met.title]


def test_commune_page_lists_places_nearby(client, guide, coulommiers):
    PlaceToPractiseFactory(name="MSPU de Coulommiers", commune=coulommiers)
    far = CommuneFactory(latitude=48.27, longitude=2.70)
    PlaceToPractiseFactory(name="MSPU de Nemours", commune=far)
    response = client.get(f"{guide.url}communes/coulommiers/")
    assert [place.name for place in response.context["places"]] == ["MSPU de Coulommiers"]


def test_unknown_commune_is_not_found(client, guide):
    assert client.get(f"{guide.url}communes/atlantis/").status_code == 404


def test_commune_page_shows_housing_then_supervisors_nearby(client, guide, coulommiers):
    response = client.get(f"{guide.url}communes/coulommiers/")
    titles = [str(section.title) for section in response.context["nearby_sections"]]
    assert titles == ["Logements pour stagiaires à proximité", "Maîtres de stage à proximité"]


def test_registered_nearby_section_appears_on_commune_page(client, guide, coulommiers):
    def housing(commune, request):
        return NearbySection("Logements à proximité", [NearbyItem("Studio", "/fr/logements/1/")])

    register_nearby("test-housing", housing)
    try:
        content = client.get(f"{guide.url}communes/coulommiers/").content.decode()
    finally:
        unregister_nearby("test-housing")
    assert "Logements à proximité" in content
    assert 'href="/fr/logements/1/"' in content


def test_zonage_page_lists_the_priority_communes_and_counts_the_others(
    client, guide, coulommiers, midwife
):
    CommuneFactory(name="Serris")
    CommuneFactory(name="Chessy")
    response = client.get(f"{guide.url}communes/", {"profession": "sage-femme"})
    assert [(c.name, zone) for c, zone in response.context["priority"]] == [("Coulommiers", "zip")]
    html = response.content.decode()
    assert "Les 2 autres communes ne sont pas en zone prioritaire" in html
    # The map's note no longer says the page lists every place it shows.
    assert "Le zonage de chaque commune est aussi sur sa page" in html
    assert "Les mêmes lieux sont listés sur cette page" not in html


def test_a_commune_is_found_from_the_zonage_page(client, guide, coulommiers):
    response = client.get(f"{guide.url}communes/", {"commune": "coulommiers 77120"})
    assert response.status_code == 302
    assert response.url == f"{guide.url}communes/coulommiers/"


def test_an_unknown_commune_is_explained_on_the_zonage_page(client, guide, coulommiers):
    response = client.get(f"{guide.url}communes/", {"commune": "Coulomiers"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Vouliez-vous dire : Coulommiers (77120) ?" in html
    assert 'value="Coulomiers"' in html


def test_zonage_map_markers_carry_the_zone_as_kind(client, guide, coulommiers, gp):
    page = client.get(f"{guide.url}communes/", {"profession": "medecin-generaliste"})
    source = page.context["zonage_map"]["source"]
    assert source == f"{guide.url}carte-du-zonage/?profession=medecin-generaliste"
    markers = client.get(source).json()["markers"]
    assert [marker["kind"] for marker in markers] == ["zac"]
    assert markers[0]["url"] == f"{guide.url}communes/coulommiers/"
    assert client.get(markers[0]["url"]).status_code == 200


def test_the_zonage_page_links_each_commune_without_carrying_the_map(client, guide, coulommiers):
    """The communes' markers are fetched with the map: the page stays light for hundreds."""
    html = client.get(f"{guide.url}communes/").content.decode()
    assert '<a href="coulommiers/">Coulommiers</a>' in html
    assert "latitude" not in html
    assert 'data-map-src="/fr/aides/carte-du-zonage/?profession=' in html


def test_places_can_be_filtered_by_kind(client, guide):
    PlaceToPractiseFactory(name="MSPU de Torcy", kind="mspu")
    PlaceToPractiseFactory(name="Cabine de Nangis", kind="cabin")
    response = client.get(f"{guide.url}lieux-d-exercice/", {"kind": "cabin"})
    assert [place.name for place in response.context["places"]] == ["Cabine de Nangis"]


def test_places_can_be_filtered_by_profession(client, guide, midwife):
    with_midwife = PlaceToPractiseFactory(name="MSP avec sage-femme")
    with_midwife.professions.set([midwife])
    with_midwife.save()
    PlaceToPractiseFactory(name="Cabine")
    response = client.get(f"{guide.url}lieux-d-exercice/", {"profession": "sage-femme"})
    assert [place.name for place in response.context["places"]] == ["MSP avec sage-femme"]


def test_commune_page_leaves_out_an_aid_whose_window_has_closed(client, guide, coulommiers):
    closed = AidPageFactory(parent=guide, title="Appel à projets clos")
    closed.all_year = False
    closed.opens_on = timezone.localdate() - datetime.timedelta(days=90)
    closed.closes_on = timezone.localdate() - datetime.timedelta(days=1)
    closed.save_revision().publish()
    AidPageFactory(parent=guide, title="Accompagnement")
    response = client.get(f"{guide.url}communes/coulommiers/")
    assert [aid.title for aid, _amounts in response.context["everywhere"]] == ["Accompagnement"]


def test_the_zonage_table_carries_the_map_without_javascript(client, guide, midwife):
    """ZIP before ZAC, names in the order of their letters whatever their accents."""
    for name, zone in [("Ozoir", "zac"), ("Étampes", "zip"), ("Egreville", "zip"), ("Avon", "zac")]:
        CommuneFactory(name=name, zones={midwife: zone})
    CommuneFactory(name="Serris")
    response = client.get(f"{guide.url}communes/", {"profession": "sage-femme"})
    html = response.content.decode()
    table = html.split('class="zonage-table zonage-table--communes">')[1].split("</table>")[0]
    caption = re.sub(r"[ \n]+", " ", table.split("<caption>")[1].split("</caption>")[0])
    assert "Communes prioritaires pour\u00a0: Sage-femme" in caption
    assert "2\u00a0zones d’intervention prioritaire (ZIP), 2\u00a0zones d’action" in caption
    rows = [row.split("</th>")[0] for row in table.split('<th scope="row">')[1:]]
    assert [row.split(">")[-2].split("<")[0] for row in rows] == [
        "Egreville",
        "Étampes",
        "Avon",
        "Ozoir",
    ]
    assert '<th scope="col">Zone</th>' in table
    assert "Serris" not in table
