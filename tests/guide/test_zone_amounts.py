"""An aid whose amount depends on the zone of the commune: the finder, the aid page and the
commune page show the amount where the visitor looks."""

import pytest
from django.utils.http import urlencode

from guide.models import AidPage, AidZoneAmount
from tests.conftest import translate_page
from tests.guide.factories import AidPageFactory
from tests.territory.factories import CommuneFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def scaled_aid(guide, gp):
    """More in a priority intervention zone than in a complementary action zone."""
    aid = AidPageFactory(
        parent=guide, title="Aide à l’installation selon la zone", professions=[gp], amount_max=None
    )
    aid.zone_amounts = [
        AidZoneAmount(zone="zip", amount_max=30000),
        AidZoneAmount(zone="zac", amount_max=12000),
    ]
    aid.save_revision().publish()
    return AidPage.objects.get(pk=aid.pk)


def finder_page(client, guide, commune):
    query = urlencode(
        {"profession": "medecin-generaliste", "stage": "installe", "commune": commune}
    )
    return client.get(f"{guide.url}quelles-aides-pour-moi/?{query}").content.decode()


def test_finder_for_a_zip_commune_shows_the_zip_amount(client, guide, scaled_aid, gp, settled):
    CommuneFactory(slug="ivry", zones={gp: "zip"})

    page = finder_page(client, guide, "ivry").replace("\u202f", " ").replace("\u00a0", " ")

    assert "30 000" in page
    assert "12 000" not in page


def test_finder_for_a_zac_commune_shows_the_zac_amount(client, guide, scaled_aid, gp, settled):
    CommuneFactory(slug="cachan", zones={gp: "zac"})

    page = finder_page(client, guide, "cachan").replace("\u202f", " ").replace("\u00a0", " ")

    assert "12 000" in page
    assert "30 000" not in page


def test_a_profession_row_overrides_the_zone_row_for_everyone(guide, gp, midwife):
    aid = AidPageFactory(parent=guide, amount_max=None)
    aid.zone_amounts = [
        AidZoneAmount(zone="zip", amount_max=10000),
        AidZoneAmount(zone="zip", profession=midwife, amount_max=4000),
    ]
    aid.save()

    assert (aid.amount_for("zip", gp).maximum, aid.amount_for("zip", midwife).maximum) == (
        10000,
        4000,
    )


def test_outside_the_zone_table_the_aids_own_amount_applies(guide, gp):
    aid = AidPageFactory(parent=guide, amount_max=5000)
    aid.zone_amounts = [AidZoneAmount(zone="zip", amount_max=10000)]
    aid.save()

    assert aid.amount_for("none", gp).maximum == 5000


def test_commune_page_shows_the_amount_of_its_zone(client, guide, scaled_aid, gp):
    commune = CommuneFactory(slug="villejuif", zones={gp: "zac"})

    response = client.get(f"{guide.url}communes/{commune.slug}/")

    page = response.content.decode().replace("\u202f", " ").replace("\u00a0", " ")
    assert "12 000" in page
    assert "30 000" not in page


def test_aid_page_lists_the_amount_of_each_zone(client, scaled_aid):
    page = client.get(scaled_aid.url).content.decode().replace("\u202f", " ").replace("\u00a0", " ")

    assert "30 000" in page
    assert "12 000" in page


def test_zone_amounts_follow_the_french_aid_to_its_translation(scaled_aid, locales):
    english = translate_page(scaled_aid, locales["en"], "Aid by zone", "aid-by-zone")
    scaled_aid.zone_amounts = [AidZoneAmount(zone="zip", amount_max=45000)]
    scaled_aid.save_revision().publish()

    rows = AidPage.objects.get(pk=english.pk).zone_amounts.all()
    assert [(row.zone, row.amount_max) for row in rows] == [("zip", 45000)]
