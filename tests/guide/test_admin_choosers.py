"""Editors' choosers open where they are needed; staff reach two-factor from their account."""

import pytest
from django.urls import reverse

from tests.guide.factories import AidPageFactory, ReferentFactory

pytestmark = pytest.mark.django_db


def test_account_page_links_to_two_factor_settings(admin_client):
    page = admin_client.get(reverse("wagtailadmin_account")).content.decode()
    assert f'href="{reverse("mfa_index")}"' in page
    assert "Double authentification" in page


def test_successor_chooser_opens_among_the_aids_of_the_same_section(admin_client, guide):
    aid = AidPageFactory(parent=guide)
    page = admin_client.get(reverse("wagtailadmin_pages:edit", args=[aid.pk])).content.decode()
    assert reverse("choose_page_from", args=[guide.pk]) in page


def test_successor_chooser_of_a_new_aid_opens_in_its_future_section(admin_client, guide):
    url = reverse("wagtailadmin_pages:add", args=["guide", "aidpage", guide.pk])
    page = admin_client.get(url).content.decode()
    assert reverse("choose_page_from", args=[guide.pk]) in page


def test_chooser_opened_from_a_section_lists_its_aids(admin_client, guide):
    AidPageFactory(parent=guide, title="Prime d’installation")
    response = admin_client.get(
        reverse("choose_page_from", args=[guide.pk]), {"page_type": "guide.aidpage"}
    )
    assert response.json()["step"] == "browse"
    assert response.json()["parent_page_id"] == guide.pk
    assert "Prime d’installation" in response.json()["html"]


def test_contact_chooser_shows_each_persons_organisation(admin_client):
    ReferentFactory(name="Claire Dupont", organisation="ARS Île-de-France")
    url = reverse("wagtailsnippetchoosers_guide_referent:choose")
    assert "ARS Île-de-France" in admin_client.get(url).json()["html"]
