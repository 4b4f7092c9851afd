"""An evening's registrations never go with a deleted page; its translation follows its source."""

import pytest
from django.urls import reverse

from events.models import EventPage, Registration
from tests.events.factories import RegistrationFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def delete(client, page):
    return client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))


def test_evening_with_registrations_cannot_be_deleted(editor, event):
    RegistrationFactory(event=event, first_name="Léa")

    response = delete(editor, event)

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[event.pk])
    assert EventPage.objects.filter(pk=event.pk).exists()
    assert Registration.objects.filter(first_name="Léa").exists()


def test_refusal_says_to_cancel_or_unpublish_instead(editor, event):
    RegistrationFactory(event=event)

    response = editor.post(reverse("wagtailadmin_pages:delete", args=[event.pk]), follow=True)

    assert "Annulez la soirée" in response.content.decode()


def test_translation_of_an_evening_with_registrations_cannot_be_deleted_either(
    editor, event, event_en
):
    RegistrationFactory(event=event)

    delete(editor, event_en)

    assert EventPage.objects.filter(pk=event_en.pk).exists()


def test_events_section_holding_an_evening_with_registrations_cannot_be_deleted(
    editor, event, portal
):
    RegistrationFactory(event=event)

    delete(editor, portal["events"])

    assert EventPage.objects.filter(pk=event.pk).exists()


def test_evening_without_registrations_is_deleted_with_its_translation(editor, event, event_en):
    delete(editor, event)

    assert not EventPage.objects.filter(pk__in=[event.pk, event_en.pk]).exists()


def test_deleting_a_translation_leaves_its_source(editor, event, event_en):
    delete(editor, event_en)

    assert EventPage.objects.filter(pk=event.pk).exists()
    assert not EventPage.objects.filter(pk=event_en.pk).exists()


def test_unpublishing_an_evening_unpublishes_its_translation(editor, event, event_en):
    editor.post(reverse("wagtailadmin_pages:unpublish", args=[event.pk]))

    assert not EventPage.objects.get(pk=event_en.pk).live
