"""The account e-mails speak as the portal and its Département, in the visitor's language."""

import pytest
from django.core import mail
from wagtail.models import Site

from core.models import PortalSettings
from tests.factories import EmailAddressFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-unusual-passphrase"


@pytest.fixture
def seine_et_marne(portal):
    portal_settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    portal_settings.departement_name = "Seine-et-Marne"
    portal_settings.save()


def sign_up(client, url_for, language):
    client.post(
        url_for("account_signup", language),
        {"email": "lea@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    return mail.outbox[-1]


def test_sign_up_email_names_the_portal_and_the_departement_in_french(
    client, url_for, seine_et_marne
):
    body = sign_up(client, url_for, "fr").body
    assert body.startswith("Bonjour,")
    assert "Vous avez créé un compte sur «\u00a0S’installer et se former ici\u00a0»" in body
    assert "S’installer et se former ici – Seine-et-Marne" in body
    assert "testserver !" not in body


def test_sign_up_email_names_the_portal_and_the_departement_in_english(
    client, url_for, seine_et_marne
):
    body = sign_up(client, url_for, "en").body
    assert body.startswith("Hello,")
    assert "You created an account on “Train and practise here”" in body
    assert "Train and practise here – Seine-et-Marne" in body


def test_sign_up_email_has_the_html_part_of_the_portals_emails(client, url_for, seine_et_marne):
    message = sign_up(client, url_for, "fr")
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert '<html lang="fr">' in html
    assert "Seine-et-Marne" in html


def test_password_reset_email_speaks_as_the_portal(client, url_for, seine_et_marne):
    user = EmailAddressFactory(user__preferred_language="fr").user
    client.post(url_for("account_reset_password"), {"email": user.email})
    body = mail.outbox[-1].body
    assert (
        "un nouveau mot de passe pour votre compte sur «\u00a0S’installer et se former ici\u00a0»"
        in body
    )
    assert "Seine-et-Marne" in body
