"""Event managers translate and sync the evenings they may publish, and nothing else, without
wagtail-localize's global permission."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from events.models import EventPage
from tests.guide.factories import AidPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager(client, portal, event_manager):
    """An event manager with the event pages of both languages, as the migrations give them."""
    from demo.users import grant_event_pages

    grant_event_pages([portal["events"], portal["en"]["events"]])
    client.force_login(event_manager)
    return client


def submit(client, page, locales):
    return client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locales["en"].pk]},
    )


def test_event_manager_holds_no_global_translation_permission(event_manager):
    assert not event_manager.has_perm("wagtail_localize.submit_translation")


def test_event_manager_is_offered_to_translate_her_evening(manager, event):
    page = manager.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content.decode()
    assert reverse("wagtail_localize:submit_page_translation", args=[event.pk]) in page


def test_event_manager_submits_her_evening_for_translation(manager, event, locales):
    response = submit(manager, event, locales)
    assert response.status_code == 302
    assert EventPage.objects.filter(translation_key=event.translation_key, locale=locales["en"])


def test_event_manager_may_not_translate_a_page_she_may_not_publish(manager, portal, locales):
    aid = AidPageFactory(parent=portal["guide"])
    response = submit(manager, aid, locales)
    # Wagtail answers a refusal with its "permission denied" message on the dashboard.
    assert response["Location"] == reverse("wagtailadmin_home")
    assert not Page.objects.filter(translation_key=aid.translation_key, locale=locales["en"])


def test_event_manager_syncs_her_evenings_translation(manager, event, locales):
    submit(manager, event, locales)
    page = manager.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content.decode()
    assert "/admin/localize/update/" in page
    url = page.split("/admin/localize/update/")[1].split("/")[0]
    response = manager.post(f"/admin/localize/update/{url}/")
    assert response.status_code == 302
