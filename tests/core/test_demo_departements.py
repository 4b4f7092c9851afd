"""`load_demo --departement 94` builds Val-de-Marne's demo, and neither demo shows the other.

Each demo is built once for the module on an empty database, in a transaction
rolled back after the module, as tests/core/test_demo.py does for the default.
"""

import datetime
import re
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from wagtail.models import Page, Site

from core.models import PortalSettings
from demo.content import demo_content
from guide.models import AidPage, CommuneLife
from housing.models import HousingListing
from supervisors.models import Supervisor
from territory.models import Commune, PlaceToPractise
from tests.core.departement_traces import served_pages, traces_found, traces_of

pytestmark = pytest.mark.django_db

TODAY = datetime.datetime(2027, 3, 10, 12, 0, tzinfo=ZoneInfo("Europe/Paris"))


def build(code: str, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp(f"demo-{code}-media")
    with (
        django_db_blocker.unblock(),
        time_machine.travel(TODAY),
        override_settings(MEDIA_ROOT=media),
        transaction.atomic(),
    ):
        call_command("load_demo", departement=code, stdout=StringIO())
        yield
        transaction.set_rollback(True)
    cache.clear()


@pytest.fixture(scope="module")
def val_de_marne_database(django_db_setup, django_db_blocker, tmp_path_factory):
    yield from build("94", django_db_blocker, tmp_path_factory)


@pytest.fixture
def val_de_marne(val_de_marne_database, db):
    """Val-de-Marne's demo, as each test starts with it."""


def test_val_de_marne_demo_has_its_own_identity(val_de_marne):
    portal = PortalSettings.for_site(Site.objects.get(is_default_site=True))

    assert (portal.departement_name, portal.departement_code) == ("Val-de-Marne", "94")
    assert portal.contact_email.endswith("@departement94.test")
    assert portal.logo.title == "Logo du Département du Val-de-Marne (démonstration)"


def test_val_de_marne_demo_places_the_five_co_financed_maisons_de_sante(val_de_marne):
    communes = set(
        PlaceToPractise.objects.filter(kind="msp").values_list("commune__name", flat=True)
    )

    assert communes == {
        "Ivry-sur-Seine",
        "Villejuif",
        "Champigny-sur-Marne",
        "Cachan",
        "Choisy-le-Roi",
    }


def test_val_de_marne_communes_carry_their_real_insee_codes(val_de_marne):
    codes = dict(Commune.objects.values_list("name", "insee_code"))

    assert (codes["Créteil"], codes["Ivry-sur-Seine"], codes["Villejuif"]) == (
        "94028",
        "94041",
        "94076",
    )


def test_val_de_marne_demo_has_housing_supervisors_and_commune_texts(val_de_marne):
    assert HousingListing.objects.count() == len(demo_content("94").listings)
    assert Supervisor.objects.count() == len(demo_content("94").supervisors)
    assert CommuneLife.objects.filter(commune__slug="ivry-sur-seine").exists()


def test_val_de_marne_support_to_health_centres_is_scaled_to_the_zone(val_de_marne):
    aid = AidPage.objects.get(slug="soutien-cms-msp", locale__language_code="fr")

    assert sorted((row.zone, row.amount_max) for row in aid.zone_amounts.all()) == [
        ("none", 50000),
        ("zac", 100000),
        ("zip", 150000),
    ]


def test_val_de_marne_guide_states_the_2023_subsidies(client, val_de_marne):
    page = client.get("/fr/aides/").content.decode().replace("\u00a0", " ")

    assert "173 655 €" in page


def test_val_de_marne_finder_shows_the_zip_amount_in_a_zip_commune(client, val_de_marne):
    page = client.get(
        "/fr/aides/quelles-aides-pour-moi/"
        "?profession=medecin-generaliste&stage=jeune-installe&commune=ivry-sur-seine"
    ).content.decode()

    assert re.search(r"15[\s\u202f\u00a0]000", page)


def test_val_de_marne_demo_serves_every_page_in_both_languages(client, val_de_marne):
    english = [page.url for page in Page.objects.live().filter(locale__language_code="en")]

    assert english
    assert all(client.get(url).status_code == 200 for url in english)


def test_val_de_marne_demo_shows_nothing_of_seine_et_marne(client, val_de_marne):
    traces = traces_of("77")

    assert traces_found(served_pages(client), traces) == set()
    assert not Commune.objects.filter(name__in=traces).exists()
