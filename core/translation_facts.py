"""Facts that a translated page takes from its source page as soon as the source is published.

wagtail-localize copies a source page's non-text fields into its translations
only when someone chooses "Sync translated pages". Until then an English page
could say an aid was open, or an evening had seats, after the French page had
closed or cancelled it. A page model names its facts (status, dates, capacity,
position, relations) in `translation_facts`: they are locked in the translation
editor (synchronised, not overridable) and carried to every translation, live
and draft, when the source is published. Text still goes through translators;
the source's new text shows in their editor as strings left to translate.
"""

from django.apps import apps
from django.db import models, transaction
from modelcluster.fields import ParentalManyToManyField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, get_translatable_fields


def lock_facts_in_translation_editor() -> None:
    """Make each model's facts synchronised and not overridable by translators.

    Run once the app registry is ready: the field list derives from the model's
    fields, as wagtail-localize would derive it, with the facts locked.
    """
    for model in apps.get_models():
        facts = getattr(model, "translation_facts", ())
        if not facts or "translatable_fields" in model.__dict__:
            continue
        fields = [
            field for field in get_translatable_fields(model) if field.field_name not in facts
        ]
        model.translatable_fields = [
            *fields,
            *(SynchronizedField(name, overridable=False) for name in facts),
        ]


def is_source(page: Page) -> bool:
    """Whether `page` is written in the site's default language, which others translate."""
    return page.locale_id == Locale.get_default().pk


@transaction.atomic
def carry_facts_to_translations(page: Page) -> int:
    """Copy `page`'s facts to each of its translations; return how many changed.

    A live translation with nothing unpublished is published again; one with a
    translator's draft in progress gets the facts on its live row and in that
    draft, which stays unpublished.
    """
    facts = getattr(page, "translation_facts", ())
    if not facts or not is_source(page):
        return 0
    changed = 0
    for translation in page.get_translations().specific():
        draft = translation.get_latest_revision_as_object()
        values = translated_facts(page, facts, translation.locale)
        if all(current_value(draft, name) == value for name, value in values.items()):
            continue
        had_draft = translation.has_unpublished_changes
        assign(draft, values)
        revision = draft.save_revision(log_action=False, clean=False)
        if translation.live and not had_draft:
            revision.publish(log_action=False)
        elif translation.live:
            assign(translation, values)
            translation.save(update_fields=list(values), clean=False)
        changed += 1
    return changed


def translated_facts(page: Page, facts: tuple[str, ...], locale: Locale) -> dict:
    """The facts' values for the translation in `locale`: a page or term in that language."""
    values = {}
    for name in facts:
        value = current_value(page, name)
        if isinstance(value, list):
            values[name] = [in_locale(item, locale) for item in value]
        else:
            values[name] = in_locale(value, locale)
    return values


def in_locale(value, locale: Locale):
    """A translatable object's version in `locale` if it has one; anything else as it is."""
    if isinstance(value, TranslatableMixin):
        return value.get_translation_or_none(locale) or value
    return value


def current_value(instance: models.Model, name: str):
    field = instance._meta.get_field(name)
    if isinstance(field, ParentalManyToManyField):
        return list(getattr(instance, name).all())
    if field.one_to_many:
        # A child relation (an inline table): its rows' values, without their
        # own ids and parent, which differ from one translation to the other.
        return [child_values(child, field) for child in getattr(instance, name).all()]
    return getattr(instance, name)


def child_values(child: models.Model, relation) -> dict:
    return {
        field.attname: getattr(child, field.attname)
        for field in child._meta.concrete_fields
        if not field.primary_key and field.name != relation.field.name
    }


def assign(instance: models.Model, values: dict) -> None:
    for name, value in values.items():
        field = instance._meta.get_field(name)
        if isinstance(field, ParentalManyToManyField):
            getattr(instance, name).set(value)
        elif field.one_to_many:
            setattr(instance, name, [field.related_model(**row) for row in value])
        else:
            setattr(instance, name, value)
