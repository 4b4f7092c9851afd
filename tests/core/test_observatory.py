"""Public pages score A+ by the Mozilla HTTP Observatory's rules, with production's settings."""

import importlib
import sys

import pytest

from tests.core.observatory import score_csp, score_response

pytestmark = pytest.mark.django_db

PRODUCTION_SECURITY_SETTINGS = [
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SESSION_COOKIE_NAME",
    "CSRF_COOKIE_NAME",
]


@pytest.fixture
def production_security(settings, monkeypatch):
    """The security settings of config/settings/production.py, applied to this test."""
    monkeypatch.setenv("DJANGO_SECRET_KEY", "x" * 60)
    monkeypatch.setenv("PUBLIC_BASE_URL", "https://sante.example.org")
    # Import production's module afresh (its base reads the environment), then
    # put the modules the running settings came from back in place.
    names = ["config.settings.base", "config.settings.production"]
    loaded = {name: sys.modules.pop(name, None) for name in names}
    try:
        production = importlib.import_module("config.settings.production")
    finally:
        for name, module in loaded.items():
            sys.modules.pop(name, None)
            if module is not None:
                sys.modules[name] = module
    for name in PRODUCTION_SECURITY_SETTINGS:
        setattr(settings, name, getattr(production, name))


@pytest.mark.parametrize(
    "path", ["/fr/", "/en/", "/fr/compte/inscription/", "/fr/recherche/?q=aide"]
)
def test_public_pages_score_a_plus(client, portal, production_security, path):
    response = client.get(path, secure=True)
    assert response.status_code == 200

    score = score_response(response)

    assert score.grade == "A+", score.results


def test_a_form_page_sets_only_secure_same_site_cookies(client, portal, production_security):
    response = client.get("/fr/compte/inscription/", secure=True)

    assert score_response(response).results["cookies-secure-with-httponly-sessions-and-samesite"]


@pytest.mark.parametrize(
    ("policy", "expected"),
    [
        ("default-src 'self'; script-src 'self' 'unsafe-inline'", -20),
        ("default-src 'self'; script-src 'self' 'unsafe-eval'", -10),
        ("default-src 'none'; script-src 'self'", 10),
        (None, -25),
    ],
)
def test_the_scorer_penalises_what_the_observatory_penalises(policy, expected):
    assert score_csp(policy)[1] == expected
