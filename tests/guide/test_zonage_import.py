"""The ARS zonage import: communes and their zone per profession, all rows or none."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.models import PendingImport
from territory.importers import ZonageImporter
from territory.models import Commune, CommuneZoning
from tests.factories import UserFactory
from tests.territory.factories import CommuneFactory

pytestmark = pytest.mark.django_db

HEADER = "Code INSEE;Commune;Code postal;Latitude;Longitude;Profession;Zonage\n"


def csv(*rows: str) -> bytes:
    return (HEADER + "\n".join(rows) + "\n").encode()


def test_import_creates_a_new_commune_with_its_zone(midwife):
    result = ZonageImporter().run(csv("77131;Coulommiers;77120;48.8125;3.0838;sage-femme;ZIP"))
    assert result.is_valid
    commune = Commune.objects.get(insee_code="77131")
    assert commune.zone_for(midwife) == "zip"


def test_import_replaces_the_zone_of_a_known_commune(midwife):
    commune = CommuneFactory(insee_code="77131", zones={midwife: "zac"})
    ZonageImporter().run(csv("77131;Coulommiers;;;;Sage-femme;Hors zone"))
    assert CommuneZoning.objects.get(commune=commune, profession=midwife).zone == "none"


def test_profession_may_be_given_by_its_english_name(midwife):
    CommuneFactory(insee_code="77131")
    result = ZonageImporter().run(csv("77131;Coulommiers;;;;Midwife;ZAC"))
    assert result.saved == 1


def test_bad_row_is_reported_with_its_line_and_nothing_is_imported(midwife):
    result = ZonageImporter().run(
        csv(
            "77131;Coulommiers;77120;48.8125;3.0838;sage-femme;ZIP",
            "77333;Nemours;77140;48.2673;2.6966;sage-femme;Zone rouge",
        )
    )
    assert not result.is_valid
    assert [error.line for error in result.errors] == [3]
    assert "Zone rouge" in result.errors[0].messages[0]
    assert not Commune.objects.exists()


def test_unknown_profession_is_reported(midwife):
    result = ZonageImporter().run(csv("77131;Coulommiers;77120;48.8;3.0;astronaute;ZIP"))
    assert result.errors[0].line == 2
    assert "astronaute" in result.errors[0].messages[0]


def test_new_commune_without_position_rolls_back_the_whole_file(midwife):
    result = ZonageImporter().run(
        csv(
            "77131;Coulommiers;77120;48.8125;3.0838;sage-femme;ZIP",
            "77333;Nemours;;;;sage-femme;ZIP",
        )
    )
    assert [error.line for error in result.errors] == [3]
    assert not Commune.objects.exists()


def test_same_commune_and_profession_twice_is_refused(midwife):
    result = ZonageImporter().run(
        csv(
            "77131;Coulommiers;77120;48.8125;3.0838;sage-femme;ZIP",
            "77131;Coulommiers;77120;48.8125;3.0838;sage-femme;ZAC",
        )
    )
    assert result.errors[0].line == 3


def test_missing_column_is_named():
    result = ZonageImporter().run(b"Code INSEE;Commune\n77131;Coulommiers\n")
    assert "Profession" in result.errors[0].messages[0]


def test_admin_import_previews_then_confirms(client, midwife):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    upload = csv("77131;Coulommiers;77120;48.8125;3.0838;sage-femme;ZIP")
    response = client.post(
        reverse("wagtailsnippets_territory_commune:import"),
        {"file": SimpleUploadedFile("zonage.csv", upload, content_type="text/csv")},
    )
    assert response.status_code == 200
    assert not Commune.objects.exists()
    pending = PendingImport.objects.get()
    response = client.post(
        reverse("wagtailsnippets_territory_commune:confirm_import", args=[pending.pk])
    )
    assert response.status_code == 302
    assert Commune.objects.get(insee_code="77131").zone_for(midwife) == "zip"


def test_admin_import_page_documents_the_columns(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.get(reverse("wagtailsnippets_territory_commune:import"))
    content = response.content.decode()
    for header in ("Code INSEE", "Commune", "Profession", "Zonage"):
        assert header in content
