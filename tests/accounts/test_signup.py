"""Sign-up: e-mail and password, confirmed by e-mail before the first sign-in."""

import re

import pytest
from django.core import mail

from accounts.models import User
from core.models import PortalSettings
from tests.factories import EmailAddressFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-long-and-unusual-passphrase"


def sign_up(client, url, *, email="lea@example.org", password2=NEW_PASSWORD):
    return client.post(
        url, {"email": email, "password1": NEW_PASSWORD, "password2": password2}, follow=True
    )


def confirmation_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/\S+/)", message.body).group(1)


@pytest.mark.parametrize(
    ("language", "subject"),
    [("fr", "Confirmez votre adresse e-mail"), ("en", "Please Confirm Your E-mail Address")],
)
def test_signup_sends_a_verification_email_in_the_visitors_language(
    client, portal, url_for, language, subject
):
    sign_up(client, url_for("account_signup", language))
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["lea@example.org"]
    assert subject in mail.outbox[0].subject


def test_signup_records_the_active_language_on_the_user(client, portal, url_for):
    sign_up(client, url_for("account_signup", "en"))
    assert User.objects.get(email="lea@example.org").preferred_language == "en"


def test_user_cannot_log_in_before_confirming_the_email(client, portal, url_for):
    sign_up(client, url_for("account_signup"))
    client.logout()
    client.post(url_for("account_login"), {"login": "lea@example.org", "password": NEW_PASSWORD})
    assert "_auth_user_id" not in client.session


def test_confirming_the_email_then_logging_in_works(client, portal, url_for):
    sign_up(client, url_for("account_signup"))
    client.post(confirmation_link(mail.outbox[0]))
    client.logout()
    response = client.post(
        url_for("account_login"), {"login": "lea@example.org", "password": NEW_PASSWORD}
    )
    assert response.url == url_for("accounts:dashboard")
    assert client.session["_auth_user_id"] == str(User.objects.get().pk)


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fr", "Vous devez saisir deux fois le même mot de passe."),
        ("en", "You must type the same password each time."),
    ],
)
def test_mismatched_passwords_are_reported_next_to_the_field_and_store_nothing(
    client, portal, url_for, language, message
):
    response = sign_up(client, url_for("account_signup", language), password2="something-else")
    html = response.content.decode()
    assert re.search(rf'id="id_password2_error">.*{re.escape(message)}', html, re.S)
    assert not User.objects.exists()


@pytest.mark.parametrize(
    ("language", "message"),
    [("fr", "Saisissez une adresse"), ("en", "Enter a valid e-mail address.")],
)
def test_bad_email_is_reported_next_to_the_field_and_stores_nothing(
    client, portal, url_for, language, message
):
    response = sign_up(client, url_for("account_signup", language), email="lea@example")
    html = response.content.decode()
    assert re.search(rf'id="id_email_error">.*{re.escape(message)}', html, re.S)
    assert 'aria-describedby="id_email_why id_email_error"' in html
    assert not User.objects.exists()


def test_taken_email_creates_no_account_and_warns_the_owner_without_telling_the_visitor(
    client, portal, url_for
):
    # allauth's enumeration prevention: the form does not reveal who has an
    # account; the owner of the address gets an e-mail instead.
    owner = EmailAddressFactory(email="lea@example.org", user__email="lea@example.org").user
    response = sign_up(client, url_for("account_signup", "en"))
    assert list(User.objects.all()) == [owner]
    assert "Account Already Exists" in mail.outbox[0].subject
    assert "A user is already registered" not in response.content.decode()


def test_signup_form_says_why_each_field_is_asked(client, portal, url_for):
    html = client.get(url_for("account_signup", "en")).content.decode()
    for field in ("email", "password1", "password2"):
        assert f'id="id_{field}_why"' in html


def test_signup_form_links_to_the_privacy_page(client, portal, url_for):
    privacy = StandardPageFactory(parent=portal["home"], title="Confidentialité", slug="vie-privee")
    PortalSettings.objects.update_or_create(
        site=portal["home"].get_site(), defaults={"privacy_page": privacy}
    )
    html = client.get(url_for("account_signup")).content.decode()
    assert 'href="/fr/vie-privee/"' in html


def test_signup_page_is_the_sites_page(client, portal, url_for):
    response = client.get(url_for("account_signup"))
    assert response.status_code == 200
    assert 'class="skip-link"' in response.content.decode()
