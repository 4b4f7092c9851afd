"""The public site sends a strict Content-Security-Policy: scripts and styles from 'self' only."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_public_pages_forbid_inline_scripts_and_framing(client, portal):
    policy = client.get("/fr/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy


def test_public_pages_allow_styles_from_the_site_only_without_a_nonce(client, portal):
    response = client.get("/fr/")

    directives = [part.strip() for part in response["Content-Security-Policy"].split(";")]
    assert "style-src 'self'" in directives  # in any order: django-csp does not fix one
    assert "nonce" not in response["Content-Security-Policy"]
    assert "<style" not in response.content.decode()


def test_the_site_colours_come_from_a_stylesheet_kept_for_a_year(client, portal):
    page = client.get("/fr/").content.decode()
    url = re.search(r'href="(/site-colours\.[0-9a-f]+\.css)"', page).group(1)

    response = client.get(url)

    assert ":root{--primary:#1d4f91;--accent:#e8f0fa;" in response.content.decode()
    assert response["Content-Type"] == "text/css"
    assert "max-age=31536000" in response["Cache-Control"]
    assert "immutable" in response["Cache-Control"]


def test_changing_a_colour_changes_the_stylesheet_url(client, portal):
    from core.models import PortalSettings

    before = re.search(r"/site-colours\.\w+\.css", client.get("/fr/").content.decode()).group(0)
    settings_row = PortalSettings.for_site(portal["home"].get_site())
    settings_row.primary_colour = "#8a1538"
    settings_row.save()

    page = client.get("/fr/").content.decode()

    after = re.search(r"/site-colours\.\w+\.css", page).group(0)
    assert after != before
    assert "#8a1538" in client.get(after).content.decode()


def test_an_outdated_site_colours_url_gets_todays_colours_for_a_minute(client, portal):
    response = client.get("/site-colours.0123456789ab.css")

    assert "--primary:#1d4f91" in response.content.decode()
    assert response["Cache-Control"] == "public, max-age=60"


def test_public_pages_are_not_sniffed_framed_or_leak_referrers(client, portal):
    response = client.get("/fr/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


def test_public_pages_turn_off_the_browser_features_the_portal_never_uses(client, portal):
    policy = client.get("/fr/")["Permissions-Policy"]
    assert "camera=()" in policy
    assert "microphone=()" in policy
    assert "geolocation=()" in policy
