"""Closing or replacing an aid in French reaches its English page at once."""

import pytest
from wagtail_localize.operations import translate_object

from guide.models import AidPage
from tests.conftest import translate_page
from tests.factories import ProfessionFactory
from tests.guide.factories import AidPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def aid(portal):
    return AidPageFactory(parent=portal["guide"], slug="caim")


@pytest.fixture
def aid_en(aid, locales):
    return AidPage.objects.get(pk=translate_page(aid, locales["en"], "CAIM", "caim").pk)


def test_closing_the_french_aid_closes_the_english_page(aid, aid_en):
    aid.validity = "closed"
    aid.save_revision().publish()

    assert AidPage.objects.get(pk=aid_en.pk).status() == "closed"


def test_successor_on_the_english_page_is_the_successors_english_page(aid, aid_en, portal, locales):
    successor = AidPageFactory(parent=portal["guide"], slug="nouveau-contrat")
    successor_en = translate_page(successor, locales["en"], "New contract", "new-contract")
    aid.validity, aid.superseded_by = "superseded", successor
    aid.save_revision().publish()

    english = AidPage.objects.get(pk=aid_en.pk)
    assert (english.validity, english.superseded_by_id) == ("superseded", successor_en.pk)


def test_professions_follow_the_french_aid(aid, aid_en):
    midwife = ProfessionFactory(slug="sage-femme")
    aid.professions.set([midwife])
    aid.save_revision().publish()

    assert list(AidPage.objects.get(pk=aid_en.pk).professions.all()) == [midwife]


def test_submitting_a_page_for_translation_does_not_publish_the_french_text_in_english(
    portal, locales
):
    aid = AidPageFactory(parent=portal["guide"], slug="bourse")

    translate_object(aid, [locales["en"]])

    english = aid.get_translation(locales["en"])
    assert not english.live
