"""« Traduction à mettre à jour »: staff see which translations lack their source's new text."""

import pytest
from django.urls import reverse
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import translate_object

from core.translation_status import outdated_translations_of
from tests.factories import UserFactory
from tests.guide.factories import AidPageFactory

pytestmark = pytest.mark.django_db


def translate_everything(page, locale) -> None:
    """What a translator does in wagtail-localize's editor: every string, then publish."""
    source = TranslationSource.objects.get_for_instance(page)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": f"EN {segment.string.data}"},
        )
    Translation.objects.get(source=source, target_locale=locale).save_target(publish=True)


@pytest.fixture
def aid(portal, locales):
    aid = AidPageFactory(parent=portal["guide"], slug="bourse", title="Bourse")
    translate_object(aid, [locales["en"]])
    translate_everything(aid, locales["en"])
    return aid


def test_a_translated_page_is_up_to_date(aid):
    assert outdated_translations_of(aid) == []


def test_new_text_in_french_marks_the_english_page_until_it_is_translated(aid, locales):
    aid.title = "Bourse d’installation"
    aid.save_revision().publish()

    [item] = outdated_translations_of(aid)
    assert (item.page.locale, item.missing) == (locales["en"], 1)
    assert outdated_translations_of(item.page) == [item]

    translate_everything(aid, locales["en"])
    assert outdated_translations_of(aid) == []


def test_a_change_of_facts_alone_leaves_the_translation_up_to_date(aid):
    aid.validity = "closed"
    aid.save_revision().publish()

    assert outdated_translations_of(aid) == []


def test_staff_see_it_in_the_listing_the_editors_and_the_admin_home(client, aid, portal):
    aid.title = "Bourse d’installation"
    aid.save_revision().publish()
    [item] = outdated_translations_of(aid)
    client.force_login(UserFactory(is_staff=True, is_superuser=True))

    listing = client.get(reverse("wagtailadmin_explore", args=[portal["guide"].pk]))
    source_editor = client.get(reverse("wagtailadmin_pages:edit", args=[aid.pk]))
    translation_editor = client.get(item.edit_url)
    home = client.get(reverse("wagtailadmin_home"))

    assert item.edit_url in listing.content.decode()
    assert item.edit_url in source_editor.content.decode()
    assert "Bourse d’installation" in translation_editor.content.decode()
    for response in (source_editor, translation_editor):
        assert "1 text of the source page" in response.content.decode() or (
            "1 texte de la page source" in response.content.decode()
        )
    assert item.edit_url in home.content.decode()
