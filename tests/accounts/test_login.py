"""Signing in, the rate limit on failed attempts, and the password reset."""

import re

import pytest
from django.core import mail

from tests.factories import TEST_PASSWORD

pytestmark = pytest.mark.django_db


def test_too_many_login_attempts_get_the_rate_limit_page(
    client, portal, url_for, verified_user, settings
):
    settings.ACCOUNT_RATE_LIMITS = {"login": "3/m/ip"}
    attempt = {"login": verified_user.email, "password": "not-the-password"}
    for _ in range(3):
        client.post(url_for("account_login", "en"), attempt)
    response = client.post(url_for("account_login", "en"), attempt)
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
    assert 'class="skip-link"' in response.content.decode()


def test_wrong_password_is_reported_in_the_visitors_language(
    client, portal, url_for, verified_user
):
    response = client.post(
        url_for("account_login"), {"login": verified_user.email, "password": "nope-nope-nope"}
    )
    assert "L’adresse e-mail ou le mot de passe sont incorrects." in response.content.decode()


def test_password_reset_sends_an_email_with_a_reset_link(client, portal, url_for, verified_user):
    client.post(url_for("account_reset_password", "en"), {"email": verified_user.email})
    assert mail.outbox[0].to == [verified_user.email]
    assert "/en/account/password/reset/key/" in mail.outbox[0].body


def test_password_reset_link_lets_the_user_choose_a_new_password(
    client, portal, url_for, verified_user
):
    client.post(url_for("account_reset_password", "en"), {"email": verified_user.email})
    link = re.search(r"https?://[^/\s]+(/\S+/)", mail.outbox[0].body).group(1)
    form_url = client.get(link).url
    client.post(
        form_url, {"password1": "a-brand-new-passphrase", "password2": "a-brand-new-passphrase"}
    )
    verified_user.refresh_from_db()
    assert verified_user.check_password("a-brand-new-passphrase")
    assert not verified_user.check_password(TEST_PASSWORD)
