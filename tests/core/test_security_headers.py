"""The public site sends a strict Content-Security-Policy; inline styles carry a nonce."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_public_pages_forbid_inline_scripts_and_framing(client, portal):
    policy = client.get("/fr/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy


def test_the_site_colours_style_element_carries_the_policy_nonce(client, portal):
    response = client.get("/fr/")
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
    assert f'<style nonce="{nonce}">' in response.content.decode()


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
