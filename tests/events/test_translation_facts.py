"""What is not text on an evening reaches its English page when the French one is published."""

import datetime

import pytest
from wagtail_localize.fields import get_translatable_fields

from events.models import EventPage

pytestmark = pytest.mark.django_db


def publish(page):
    page.save_revision().publish()


def test_cancelling_the_french_evening_cancels_the_english_page_at_once(event, event_en):
    event.is_cancelled = True
    publish(event)

    english = EventPage.objects.get(pk=event_en.pk)
    assert english.is_cancelled
    assert english.live
    assert english.availability.state == "cancelled"


def test_new_dates_and_capacity_reach_the_english_page(event, event_en):
    event.start += datetime.timedelta(days=7)
    event.end += datetime.timedelta(days=7)
    event.capacity = 40
    publish(event)

    english = EventPage.objects.get(pk=event_en.pk)
    assert (english.start, english.end, english.capacity) == (event.start, event.end, 40)


def test_english_text_is_left_to_the_translator(event, event_en):
    event.intro = "Un nouveau texte en français."
    event.capacity = 50
    publish(event)

    english = EventPage.objects.get(pk=event_en.pk)
    assert english.intro == event_en.intro
    assert english.capacity == 50


def test_translator_draft_keeps_unpublished_and_gets_the_facts(event, event_en):
    event_en.intro = "A draft the translator has not finished."
    event_en.save_revision()
    event.is_cancelled = True
    publish(event)

    english = EventPage.objects.get(pk=event_en.pk)
    assert english.is_cancelled
    assert english.intro != "A draft the translator has not finished."
    assert english.get_latest_revision_as_object().is_cancelled
    assert english.has_unpublished_changes


def test_publishing_the_english_page_changes_nothing_on_the_french_one(event, event_en):
    event_en.capacity = 99
    publish(event_en)

    assert EventPage.objects.get(pk=event.pk).capacity == event.capacity


def test_translators_cannot_override_an_evenings_facts():
    fields = {field.field_name: field for field in get_translatable_fields(EventPage)}

    for name in ("start", "is_cancelled", "capacity", "venue_address"):
        assert fields[name].is_synchronized(EventPage())
        assert not fields[name].is_overridable(EventPage())
    assert fields["intro"].is_translated(EventPage())
