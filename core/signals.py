"""Signal handlers of the portal's own: each hands the change to the service that owns the rule."""

from django.dispatch import Signal
from wagtail.signals import page_published

from core.translation_facts import carry_facts_to_translations
from core.translation_status import refresh_source_text

# Sent with `objects=[…]` after records of `sender` are written in bulk (core.tabular.saving),
# which sends no post_save: what listens to saves (the page cache) listens to this too.
records_saved_in_bulk = Signal()


def translations_follow_the_source(sender, instance, **kwargs):
    page = instance.specific
    # The strings first: a translator publishing later starts from today's source.
    refresh_source_text(page)
    carry_facts_to_translations(page)


def connect_signals() -> None:
    page_published.connect(translations_follow_the_source, dispatch_uid="translation_facts")
