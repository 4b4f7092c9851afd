"""Which translations lag behind the text of their source page: « Traduction à mettre à jour ».

The facts of a page (status, dates, capacity…) reach its translations when
the source is published (core.translation_facts); its text cannot, it waits
for a translator. So that staff see what waits, the source's strings are
brought up to date on each publication, and a translation that lacks a
translation of one of them is out of date: marked in the page listings, the
editors of the source and of the translation, and the admin home.
"""

from dataclasses import dataclass

from django.db.models import Count, Exists, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from core.translation_facts import is_source


@dataclass(frozen=True)
class OutdatedTranslation:
    """A translated page whose source has `missing` strings it does not translate yet."""

    source: Page
    page: Page
    missing: int

    @property
    def edit_url(self) -> str:
        """The translation's editor, where wagtail-localize lists the strings to translate."""
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])


def refresh_source_text(page: Page) -> None:
    """Bring the strings translators see up to date with `page`, a source just published."""
    if not is_source(page):
        return
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is not None:
        source.update_from_db()


def with_missing_strings(translations: QuerySet[Translation]) -> QuerySet[Translation]:
    """`translations` that lack a translation of at least one of their source's strings,
    annotated with how many (`missing`), in one query."""
    untranslated = (
        StringSegment.objects.filter(source_id=OuterRef("source_id"))
        .exclude(
            Exists(
                StringTranslation.objects.filter(
                    translation_of_id=OuterRef("string_id"),
                    context_id=OuterRef("context_id"),
                    locale_id=OuterRef(OuterRef("target_locale_id")),
                    has_error=False,
                )
            )
        )
        .values("source_id")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return (
        translations.filter(enabled=True)
        .annotate(missing=Coalesce(Subquery(untranslated, output_field=IntegerField()), 0))
        .filter(missing__gt=0)
        .select_related("source", "target_locale")
    )


def outdated(translations: QuerySet[Translation]) -> list[OutdatedTranslation]:
    """The pages of `translations` that are out of date, with their source page."""
    found = []
    for translation in with_missing_strings(translations):
        source = translation.source.get_source_instance()
        if not isinstance(source, Page):
            continue
        page = source.get_translation_or_none(translation.target_locale)
        if page is not None:
            found.append(OutdatedTranslation(source, page, translation.missing))
    return found


def outdated_translations_of(page: Page) -> list[OutdatedTranslation]:
    """`page`'s out-of-date translations if it is a source, else itself if out of date."""
    source_page = page.get_translations(inclusive=True).filter(locale=Locale.get_default()).first()
    source = source_page and TranslationSource.objects.get_for_instance_or_none(source_page)
    if source is None:
        return []
    found = outdated(Translation.objects.filter(source=source))
    return found if page.pk == source_page.pk else [i for i in found if i.page.pk == page.pk]


def all_outdated_translations() -> list[OutdatedTranslation]:
    """Every out-of-date translated page, most strings missing first."""
    return sorted(outdated(Translation.objects.all()), key=lambda item: -item.missing)
