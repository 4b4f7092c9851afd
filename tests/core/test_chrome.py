"""The settings, menu and footer are read once per site and language, and never go stale."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from core.models import Partner, PortalSettings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(settings, portal):
    """Every request renders its page: what is measured is the chrome's own cache."""
    settings.PAGE_CACHE_SECONDS = 0
    PortalSettings.for_site(portal["home"].get_site())


def queries_of(client, url: str) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in queries]


def menu_titles(client, url: str) -> str:
    html = client.get(url).content.decode()
    return html[
        html.index('class="main-nav"') : html.index("</nav>", html.index('class="main-nav"'))
    ]


def test_a_second_page_reads_neither_the_settings_nor_the_menu_nor_the_footer(client, portal):
    client.get("/fr/")

    queries = queries_of(client, portal["housing"].url)

    for table in ("core_portalsettings", "core_partner", "core_sociallink", "wagtailimages"):
        assert not [sql for sql in queries if table in sql]
    conditions = [sql.partition(" WHERE ")[2] for sql in queries]
    assert not [condition for condition in conditions if "show_in_menus" in condition]


def test_each_language_has_its_own_menu(client, portal):
    assert portal["guide"].title in menu_titles(client, "/fr/")
    english = menu_titles(client, "/en/")
    assert portal["en"]["guide"].title in english
    assert f">{portal['guide'].title}<" not in english


def test_renaming_a_section_shows_in_the_menu_of_every_page_at_once(client, portal):
    client.get(portal["events"].url)
    section = portal["guide"]
    section.title = "Toutes les aides"
    section.save_revision().publish()

    assert "Toutes les aides" in menu_titles(client, portal["events"].url)


def test_a_section_taken_out_of_the_menu_leaves_it_at_once(client, portal):
    client.get("/fr/")
    section = portal["supervisors"]
    section.show_in_menus = False
    section.save_revision().publish()

    assert section.title not in menu_titles(client, "/fr/")


def test_a_new_partner_shows_in_the_footer_at_once(client, portal):
    client.get("/fr/")
    portal_settings = PortalSettings.for_site(portal["home"].get_site())
    Partner.objects.create(settings=portal_settings, name="Faculté de santé de Créteil")
    portal_settings.save()

    assert "Faculté de santé de Créteil" in client.get("/fr/").content.decode()


def test_a_new_portal_name_shows_at_once(client, portal):
    client.get("/fr/")
    portal_settings = PortalSettings.for_site(portal["home"].get_site())
    portal_settings.portal_name_fr = "Venir soigner en Seine-et-Marne"
    portal_settings.save()

    assert "Venir soigner en Seine-et-Marne" in client.get("/fr/").content.decode()


def logo_tag(client, url: str) -> str:
    return re.search(r'<img class="brand__logo"[^>]*>', client.get(url).content.decode()).group(0)


def test_the_logo_is_looked_up_once_and_replaced_at_once(client, portal):
    portal_settings = PortalSettings.for_site(portal["home"].get_site())
    image_model = get_image_model()
    portal_settings.logo = image_model.objects.create(
        title="Logo", file=get_test_image_file(filename="logo.png", size=(120, 80))
    )
    portal_settings.save()
    first = logo_tag(client, "/fr/")
    assert 'width="84" height="56" alt=""' in first

    queries = queries_of(client, portal["housing"].url)
    assert not [sql for sql in queries if "rendition" in sql]

    portal_settings.logo = image_model.objects.create(
        title="Nouveau logo", file=get_test_image_file(filename="nouveau.png", size=(56, 56))
    )
    portal_settings.save()
    assert 'width="56" height="56"' in logo_tag(client, portal["housing"].url)


def test_the_logo_offers_a_sharper_rendition_to_high_density_screens(client, portal):
    portal_settings = PortalSettings.for_site(portal["home"].get_site())
    portal_settings.logo = get_image_model().objects.create(
        title="Logo", file=get_test_image_file(filename="logo.png", size=(240, 160))
    )
    portal_settings.save()
    tag = logo_tag(client, "/fr/")
    assert re.search(r'srcset="[^"]+\.height-112\.png 2x"', tag), tag
