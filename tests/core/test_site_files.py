"""sitemap.xml, robots.txt and the error pages."""

import re

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_sitemap_lists_pages_of_both_languages_with_hreflang_alternates(client, portal):
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/fr/aides/</loc>" in xml
    assert "<loc>http://testserver/en/aids/</loc>" in xml
    assert 'hreflang="en" href="http://testserver/en/aids/"' in xml
    assert 'hreflang="fr" href="http://testserver/fr/aides/"' in xml


def test_sitemap_lists_pages_at_the_public_url_whatever_the_site_says(client, portal, settings):
    settings.PUBLIC_BASE_URL = "https://sante.example.org"
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>https://sante.example.org/fr/aides/</loc>" in xml
    assert 'hreflang="en" href="https://sante.example.org/en/aids/"' in xml
    assert "localhost" not in xml


def test_robots_txt_names_the_sitemap_at_the_public_url(client, portal, settings):
    settings.PUBLIC_BASE_URL = "https://sante.example.org"
    body = client.get("/robots.txt", HTTP_HOST="internal.example").content.decode()
    assert "Sitemap: https://sante.example.org/sitemap.xml" in body


def test_sitemap_leaves_out_unpublished_pages(client, portal):
    portal["housing"].unpublish()
    xml = client.get("/sitemap.xml").content.decode()
    assert "/fr/logements/" not in xml


def test_robots_txt_points_to_the_sitemap_and_keeps_robots_out_of_accounts(client, portal):
    response = client.get("/robots.txt")
    body = response.content.decode()
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /fr/compte/" in body
    assert "Disallow: /en/account/" in body


def test_robots_txt_may_be_cached_for_a_day(client, portal):
    response = client.get("/robots.txt")
    assert set(response["Cache-Control"].split(", ")) == {"max-age=86400", "public"}


def test_robots_txt_answers_get_only(client, portal):
    assert client.post("/robots.txt").status_code == 405


def test_unknown_page_gets_the_translated_404_page(client, portal):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert '<html lang="en">' in html


def test_unknown_page_in_french_gets_the_french_404_page(client, portal):
    response = client.get("/fr/page-inconnue/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_wrong_language_prefix_ends_on_the_404_page(client, portal):
    response = client.get("/de/aides/", follow=True)
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_server_error_gets_the_translated_500_page(client, portal, monkeypatch):
    from home.models import HomePage

    def fail(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(HomePage, "get_context", fail)
    client.raise_request_exception = False
    with override_settings(DEBUG=False):
        response = client.get("/fr/")
    assert response.status_code == 500
    assert "Désolé, une erreur est survenue" in response.content.decode()


@pytest.mark.parametrize(
    ("path", "expected"),
    [("/fr/", "momentanément indisponible"), ("/en/", "briefly unavailable")],
)
def test_a_lost_database_connection_gets_a_503_page_in_the_visitor_language(
    client, portal, monkeypatch, path, expected
):
    from django.db import OperationalError

    from home.models import HomePage

    def lose_connection(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(HomePage, "get_context", lose_connection)
    client.raise_request_exception = False

    response = client.get(path)

    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert expected in response.content.decode()


def test_the_health_endpoint_answers_without_touching_the_database(
    client, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok\n"


def test_an_error_raised_while_the_database_was_away_also_gets_the_503_page(
    client, portal, monkeypatch
):
    from django.db import OperationalError

    from home.models import HomePage

    def fail_after_losing_the_connection(*args, **kwargs):
        try:
            raise OperationalError("server closed the connection unexpectedly")
        except OperationalError:
            raise AttributeError("'SessionStore' object has no attribute '_session_cache'")  # noqa: B904

    monkeypatch.setattr(HomePage, "get_context", fail_after_losing_the_connection)
    client.raise_request_exception = False

    assert client.get("/fr/").status_code == 503


def test_sitemap_lists_each_published_listing_in_both_languages(client, portal):
    from tests.housing.factories import HousingListingFactory

    listing = HousingListingFactory(title="Studio Melun")
    xml = client.get("/sitemap.xml").content.decode()
    assert f"/fr/logements/{listing.pk}-studio-melun/</loc>" in xml
    assert f"/en/housing/{listing.pk}-studio-melun/</loc>" in xml


def test_sitemap_leaves_out_an_unpublished_listing(client, portal):
    from tests.housing.factories import HousingListingFactory

    listing = HousingListingFactory(title="Studio Melun", publish=False)
    assert f"/{listing.pk}-studio-melun/" not in client.get("/sitemap.xml").content.decode()


def test_sitemap_lists_each_listed_supervisor(client, portal):
    from tests.supervisors.factories import SupervisorFactory

    supervisor = SupervisorFactory(first_name="Claire", last_name="Moreau")
    xml = client.get("/sitemap.xml").content.decode()
    assert f"/fr/maitres-de-stage/{supervisor.pk}-claire-moreau/</loc>" in xml


def test_sitemap_lists_the_guide_tools_and_each_commune_with_alternates(client, portal):
    from tests.territory.factories import CommuneFactory

    CommuneFactory(slug="melun")
    xml = client.get("/sitemap.xml").content.decode()
    for path in ("quelles-aides-pour-moi/", "lieux-d-exercice/", "communes/", "communes/melun/"):
        assert f"/fr/aides/{path}</loc>" in xml
    assert re.search(r'hreflang="en" href="https?://[^/"]+/en/aids/which-aids-for-me/"', xml)


def test_sitemap_lists_the_open_data_and_the_register_of_processing(client, portal):
    xml = client.get("/sitemap.xml").content.decode()
    for path in ("/fr/donnees-ouvertes/", "/en/open-data/", "/fr/registre-des-traitements/"):
        assert f"{path}</loc>" in xml
