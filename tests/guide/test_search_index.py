"""The stored full-text vector (PostgreSQL): stemmed, weighted, and always the live content."""

import pytest
from django.db import connection

from guide.models import AidPage
from tests.conftest import translate_page
from tests.guide.factories import AidPageFactory
from tests.guide.test_index import listed

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="PostgreSQL full-text search (CI runs it)"
    ),
]


@pytest.fixture
def guide(portal):
    return portal["guide"]


def test_a_published_aid_is_found_by_a_stemmed_word(client, guide):
    AidPageFactory(parent=guide, title="Prime", summary="Pour les médecins installés.")

    assert listed(client.get(guide.url, {"q": "médecin installé"})) == ["Prime"]


def test_a_new_word_is_found_once_published_and_not_while_in_draft(client, guide):
    aid = AidPageFactory(parent=guide, title="Prime", summary="Pour les médecins.")
    aid.summary = "Pour les kinésithérapeutes."
    aid.save_revision()

    assert listed(client.get(guide.url, {"q": "kinésithérapeutes"})) == []

    aid.get_latest_revision().publish()
    assert listed(client.get(guide.url, {"q": "kinésithérapeutes"})) == ["Prime"]
    assert listed(client.get(guide.url, {"q": "médecins"})) == []


def test_the_title_ranks_above_the_summary(client, guide):
    AidPageFactory(parent=guide, title="Bourse", summary="Une aide au logement.")
    AidPageFactory(parent=guide, title="Aide au logement", summary="Une bourse.")

    assert listed(client.get(guide.url, {"q": "logement"})) == ["Aide au logement", "Bourse"]


def test_each_language_is_stemmed_in_its_own_language(client, portal):
    aid = AidPageFactory(parent=portal["guide"], title="Prime", summary="Pour les médecins.")
    translate_page(aid, portal["en"]["guide"].locale, "Grant", "grant")
    english = AidPage.objects.get(locale__language_code="en", translation_key=aid.translation_key)
    english.summary = "For doctors settling in."
    english.save_revision().publish()

    assert listed(client.get("/en/aids/", {"q": "settle"})) == ["Grant"]
