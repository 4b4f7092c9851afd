"""Staff enter the admin only with a second factor; everyone may add one to their account."""

import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret, hotp_value
from allauth.mfa.totp.internal.auth import app_settings as totp_settings
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.factories import TEST_PASSWORD, UserFactory


@pytest.fixture(autouse=True)
def _second_factor_required(settings):
    settings.STAFF_TWO_FACTOR_REQUIRED = True


@pytest.fixture
def editor(db):
    user = UserFactory(email="editrice@example.org")
    user.groups.add(Group.objects.get(name="Editors"))
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def current_code(secret: str) -> str:
    counter = int(time.time()) // totp_settings.TOTP_PERIOD
    return f"{hotp_value(secret, counter):0{totp_settings.TOTP_DIGITS}d}"


def test_staff_without_a_second_factor_is_sent_to_set_one_up(client, editor):
    client.force_login(editor)

    response = client.get("/admin/pages/")

    assert response.status_code == 302
    assert response.url.startswith(reverse("mfa_activate_totp"))
    assert "next=%2Fadmin%2Fpages%2F" in response.url


def test_staff_with_an_authenticator_reaches_the_admin(client, editor):
    TOTP.activate(editor, generate_totp_secret())
    client.force_login(editor)

    assert client.get("/admin/").status_code == 200


def test_people_without_admin_access_are_not_asked_for_a_second_factor(client, user):
    client.force_login(user)

    response = client.get("/admin/")

    assert not response.url.startswith(reverse("mfa_activate_totp"))


def test_the_admin_login_page_sends_to_the_portal_sign_in(client):
    response = client.get("/admin/login/?next=/admin/pages/")

    assert response.status_code == 302
    assert response.url == reverse("account_login") + "?next=%2Fadmin%2Fpages%2F"


def test_the_admin_login_redirect_is_kept_by_no_cache(client):
    response = client.get("/admin/login/?next=/admin/pages/")

    assert "public" not in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_signing_in_with_the_password_alone_does_not_open_the_admin(client, editor):
    TOTP.activate(editor, generate_totp_secret())

    response = client.post(
        reverse("account_login"), {"login": editor.email, "password": TEST_PASSWORD}
    )

    assert response.url == reverse("mfa_authenticate")
    assert client.get("/admin/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_signing_in_with_the_password_and_the_code_opens_the_admin(client, editor):
    secret = generate_totp_secret()
    TOTP.activate(editor, secret)
    client.post(reverse("account_login"), {"login": editor.email, "password": TEST_PASSWORD})

    response = client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})

    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_is_refused_with_a_message(client, editor):
    TOTP.activate(editor, generate_totp_secret())
    client.post(reverse("account_login"), {"login": editor.email, "password": TEST_PASSWORD})

    response = client.post(
        reverse("mfa_authenticate"), {"code": "000000"}, HTTP_ACCEPT_LANGUAGE="fr"
    )

    assert response.status_code == 200
    assert response.context["form"].errors
    assert "_auth_user_id" not in client.session


def test_staff_sets_up_an_authenticator_then_enters_the_admin(client, editor):
    client.force_login(editor)
    setup_url = client.get("/admin/").url
    # allauth asks for the password again before a second factor is added.
    confirm = client.post(reverse("account_reauthenticate"), {"password": TEST_PASSWORD})
    assert confirm.status_code == 302
    assert client.get(setup_url).status_code == 200
    secret = client.session["mfa.totp.secret"]

    response = client.post(reverse("mfa_activate_totp"), {"code": current_code(secret)})

    assert response.status_code == 302
    assert Authenticator.objects.filter(user=editor, type=Authenticator.Type.TOTP).exists()
    assert client.get("/admin/").status_code == 200


def test_a_failed_sign_in_is_logged_with_the_address_but_not_the_e_mail(client, editor, caplog):
    with caplog.at_level("WARNING", logger="portal.security"):
        client.post(
            reverse("account_login"),
            {"login": editor.email, "password": "wrong password"},
            REMOTE_ADDR="203.0.113.7",
        )

    assert "203.0.113.7" in caplog.text
    assert editor.email not in caplog.text
