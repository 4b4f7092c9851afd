"""Communes and their zonage."""

import pytest
from django.core.exceptions import ValidationError

from territory.models import Commune, CommuneZoning, Zone
from tests.factories import ProfessionFactory


@pytest.fixture
def commune(db):
    return Commune.objects.create(
        name="Nemours",
        slug="nemours",
        insee_code="77333",
        postcode="77140",
        latitude=48.2673,
        longitude=2.6966,
    )


def test_zone_for_a_profession_is_the_recorded_one(commune):
    midwife, doctor = ProfessionFactory(), ProfessionFactory()
    CommuneZoning.objects.create(commune=commune, profession=midwife, zone=Zone.ZIP)

    assert commune.zone_for(midwife) == Zone.ZIP
    assert commune.zone_for(doctor) == Zone.NONE


def test_zone_for_reads_prefetched_zonings_without_a_query(commune, django_assert_num_queries):
    midwife = ProfessionFactory()
    CommuneZoning.objects.create(commune=commune, profession=midwife, zone=Zone.ZAC)
    communes = list(Commune.objects.with_zonings())

    with django_assert_num_queries(0):
        assert communes[0].zone_for(midwife) == Zone.ZAC


@pytest.mark.parametrize("code", ["7728", "772888", "ABCDE", "2C001"])
def test_insee_code_must_have_the_official_shape(commune, code):
    commune.insee_code = code
    with pytest.raises(ValidationError) as error:
        commune.full_clean()
    assert "insee_code" in error.value.message_dict


def test_corsican_insee_codes_are_accepted(commune):
    commune.insee_code = "2A004"
    commune.full_clean()


def test_coordinates_outside_france_are_refused(commune):
    commune.latitude = 55.0
    with pytest.raises(ValidationError) as error:
        commune.full_clean()
    assert "latitude" in error.value.message_dict


def test_an_overseas_communes_coordinates_are_accepted(commune):
    commune.latitude, commune.longitude = 16.27, -61.5  # Les Abymes, Guadeloupe
    commune.insee_code = "97101"

    commune.full_clean()
