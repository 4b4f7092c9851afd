"""“Pièces à fournir” reach translators one document at a time, with no markup, and the
English page keeps one line per document."""

import pytest
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

from guide.models import AidPage
from tests.guide.factories import AidPageFactory

pytestmark = pytest.mark.django_db
DOCUMENTS = ["Certificat de scolarité", "Décision d’attribution", "RIB"]


@pytest.fixture
def aid(guide):
    return AidPageFactory(parent=guide, documents=[("document", line) for line in DOCUMENTS])


def document_segments(page):
    return [
        segment
        for segment in extract_segments(page)
        if isinstance(segment, StringSegmentValue) and segment.path.startswith("documents.")
    ]


def test_translator_gets_each_document_as_a_string_without_markup(aid):
    segments = document_segments(aid)
    assert [segment.string.data for segment in segments] == DOCUMENTS
    assert not any("<" in segment.render_text() for segment in segments)


def test_english_page_keeps_one_line_per_document(aid, locales):
    from wagtail_localize.models import StringTranslation, TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(aid)
    english = ["Certificate of enrolment", "Decision", "Bank details"]
    for segment, text in zip(document_segments(aid), english, strict=True):
        StringTranslation.objects.create(
            translation_of=source.stringsegment_set.get(context__path=segment.path).string,
            locale=locales["en"],
            context=source.stringsegment_set.get(context__path=segment.path).context,
            data=text,
        )
    translated, _created = source.create_or_update_translation(locales["en"], fallback=True)
    assert AidPage.objects.get(pk=translated.pk).document_list == english
