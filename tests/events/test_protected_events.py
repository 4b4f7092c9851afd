"""An event behind a password is for those who have it: no listing or feed shows it."""

import pytest
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db

VENUE = "Salle du conseil, 12 rue Secrète"


@pytest.fixture
def protected_event(event):
    event.venue_name = VENUE
    event.save_revision().publish()
    PageViewRestriction.objects.create(
        page=event, restriction_type=PageViewRestriction.PASSWORD, password="soiree"
    )
    return event


def test_home_page_does_not_announce_a_password_protected_event(client, portal, protected_event):
    html = client.get(portal["home"].url).content.decode()
    assert protected_event.title not in html
    assert VENUE not in html


def test_events_index_does_not_list_a_password_protected_event(client, portal, protected_event):
    html = client.get(portal["events"].url).content.decode()
    assert protected_event.title not in html
    assert VENUE not in html


def test_calendar_feed_leaves_out_a_password_protected_event(client, portal, protected_event):
    feed = client.get(f"{portal['events'].url}calendar/").content.decode()
    assert "BEGIN:VEVENT" not in feed
    assert VENUE not in feed
