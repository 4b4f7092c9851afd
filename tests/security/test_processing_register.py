"""The register of processing is generated from the apps' declarations and their settings."""

import pytest
from django.urls import reverse
from django.utils import translation

from core.personal_data import registered_processings

pytestmark = pytest.mark.django_db


def register_url(language: str) -> str:
    with translation.override(language):
        return reverse("processing_register")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_register_lists_every_declared_processing(client, portal, language):
    html = client.get(register_url(language)).content.decode()
    for processing in registered_processings():
        assert f'id="processing-{processing.key}"' in html


def test_register_is_in_french_under_a_french_address(client, portal):
    response = client.get(register_url("fr"))
    assert register_url("fr") == "/fr/registre-des-traitements/"
    assert "Registre des traitements" in response.content.decode()


def test_register_shows_the_retention_period_the_purge_applies(client, portal, settings):
    settings.EVENT_REGISTRATION_RETENTION_MONTHS = 9
    settings.TASK_RESULT_RETENTION_DAYS = 45
    html = client.get(register_url("en")).content.decode()
    assert "erased 9 months after the evening" in html
    assert "45 days after the e-mail is sent" in html


def test_footer_links_to_the_register(client, portal):
    html = client.get("/en/").content.decode()
    assert f'href="{register_url("en")}"' in html


def test_register_says_supervisors_phones_are_never_shown_on_the_site(client, portal):
    html = client.get(register_url("en")).content.decode()
    assert "phone number are never shown on the site, not even to signed-in visitors" in html
