"""French typography (the first of the month, allauth’s pages) and one word for e-mail."""

import datetime

import pytest
from django.utils import translation

from core.templatetags.portal import long_date


def test_the_first_of_the_month_is_written_1er_in_french():
    with translation.override("fr"):
        assert long_date(datetime.date(2026, 1, 1)) == "1er janvier 2026"


def test_other_days_and_english_dates_keep_their_number():
    with translation.override("fr"):
        assert long_date(datetime.date(2026, 1, 2)) == "2 janvier 2026"
    with translation.override("en"):
        assert long_date(datetime.date(2026, 1, 1)) == "1 January 2026"


def test_a_datetime_on_the_first_in_paris_is_the_first():
    # 23:30 UTC on 31 December is 00:30 on 1 January in Paris.
    moment = datetime.datetime(2025, 12, 31, 23, 30, tzinfo=datetime.UTC)
    with translation.override("fr"):
        assert long_date(moment, "l j F Y") == "jeudi 1er janvier 2026"


@pytest.mark.django_db
def test_allauth_sign_in_page_has_french_apostrophes_and_spaces(client, portal):
    html = client.get("/fr/compte/connexion/").content.decode()
    assert "Si vous n’avez pas encore créé de compte" in html
    assert "Mot de passe oublié\u202f?" in html
    assert "n'avez" not in html


def test_the_french_site_says_e_mail_not_courriel():
    with translation.override("fr"):
        assert translation.gettext("e-mail") == "e-mail"
        assert (
            translation.gettext("Receive this list by e-mail") == "Recevoir cette liste par e-mail"
        )


@pytest.mark.django_db
def test_english_account_pages_say_e_mail_as_the_rest_of_the_portal(client, portal):
    html = client.get("/en/account/password/reset/").content.decode()
    assert "Enter your e-mail address below" in html
    assert "Email address" not in html
