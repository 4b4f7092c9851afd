"""The demo's territory: its département's real communes, set up once."""

import pytest

from demo.content import DEFAULT_DEPARTEMENT
from demo.territory import ensure_communes
from territory.models import Commune
from tests.territory.factories import CommuneFactory

pytestmark = pytest.mark.django_db


def test_a_demo_database_of_hand_typed_communes_gets_every_commune_of_its_departement():
    melun = CommuneFactory(insee_code="77288", name="Melun", slug="melun")

    ensure_communes(DEFAULT_DEPARTEMENT)

    assert Commune.objects.filter(insee_code__startswith=DEFAULT_DEPARTEMENT).count() == 507
    assert Commune.objects.get(insee_code="77288").pk == melun.pk


def test_a_set_up_departement_is_not_read_again(django_assert_max_num_queries):
    ensure_communes(DEFAULT_DEPARTEMENT)

    with django_assert_max_num_queries(1):
        assert ensure_communes(DEFAULT_DEPARTEMENT) == 0
