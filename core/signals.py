"""Signal handlers of the portal's own: each hands the change to the service that owns the rule."""

from wagtail.signals import page_published

from core.translation_facts import carry_facts_to_translations


def facts_follow_the_source(sender, instance, **kwargs):
    carry_facts_to_translations(instance.specific)


def connect_signals() -> None:
    page_published.connect(facts_follow_the_source, dispatch_uid="translation_facts")
