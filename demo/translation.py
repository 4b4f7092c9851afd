"""English pages made through wagtail-localize, as an editor's "Translate" would make them.

The demo submits each French page for translation, fills the translation
memory with the demo's English text, and lets wagtail-localize write and
publish the English page. Editors can then change the French page and use
"Sync translated pages": the English page keeps its translated strings and
picks up the rest.
"""

from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from demo.specs import DemoContentError, PageSpec


def translate_page(page: Page, spec: PageSpec, locale: Locale) -> Page:
    """The translation of `page` into `locale`, with the spec's English text, published."""
    source, _ = TranslationSource.update_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    english = english_strings(spec)
    for segment in source.stringsegment_set.select_related("string", "context"):
        french = segment.string.data
        if french not in english:
            raise DemoContentError(
                f"“{french}” on {page.url_path} has no English text in the demo content; "
                "translate this page in the admin instead."
            )
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": english[french],
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    # save_target(publish=True) would publish when the transaction commits, from
    # an in-memory copy of the page that predates its children: the tree would
    # lose count of them. The draft is published now, from the database instead.
    translation.save_target(publish=False)
    translated_page = page.get_translation(locale)
    translated_page.get_latest_revision().publish()
    return translated_page


def english_strings(spec: PageSpec) -> dict[str, str]:
    """Each French string that wagtail-localize extracts from the spec's page, in English.

    The French and the English page are built from the spec and their segments
    extracted the same way, so each French segment meets its English one at the
    same place.
    """
    french_segments = string_segments(spec.build("fr"))
    english_segments = string_segments(spec.build("en"))
    if [s.path for s in french_segments] != [s.path for s in english_segments]:
        raise DemoContentError(f"The French and English texts of “{spec.key}” differ in shape.")
    strings: dict[str, str] = {}
    for french, english in zip(french_segments, english_segments, strict=True):
        known = strings.setdefault(french.string.data, english.string.data)
        if known != english.string.data:
            raise DemoContentError(
                f"“{french.string.data}” has two English translations in “{spec.key}”."
            )
    return strings


def string_segments(page: Page) -> list[StringSegmentValue]:
    """The translatable strings of `page`, in the order wagtail-localize extracts them."""
    return [
        segment for segment in extract_segments(page) if isinstance(segment, StringSegmentValue)
    ]
