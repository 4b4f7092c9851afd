"""The account pages allauth serves have addresses in the page's language."""

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("name", "french"),
    [
        ("account_signup", "/fr/compte/inscription/"),
        ("account_login", "/fr/compte/connexion/"),
        ("account_reset_password", "/fr/compte/mot-de-passe/oublie/"),
        ("mfa_index", "/fr/compte/double-authentification/"),
    ],
)
def test_french_account_page_has_a_french_address(name, french):
    with translation.override("fr"):
        assert reverse(name) == french


def test_sign_up_page_answers_at_its_french_address(client):
    assert client.get("/fr/compte/inscription/").status_code == 200


def test_english_account_page_keeps_its_english_address(client):
    with translation.override("en"):
        assert reverse("account_signup") == "/en/account/signup/"
    assert client.get("/en/account/signup/").status_code == 200


def test_former_english_address_of_a_french_account_page_redirects_to_the_french_one(client):
    response = client.get("/fr/compte/signup/?next=/fr/logements/")
    assert response.status_code == 301
    assert response.url == "/fr/compte/inscription/?next=/fr/logements/"


def test_password_reset_link_sent_before_the_french_addresses_still_leads_to_the_form(client):
    response = client.get("/fr/compte/password/reset/key/3-set-password/")
    assert response.url == "/fr/compte/mot-de-passe/nouveau/3-set-password/"
