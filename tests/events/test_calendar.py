"""The .ics files and the feed, parsed back with icalendar, in both languages."""

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest

from events.calendar import google_calendar_url, outlook_calendar_url

pytestmark = pytest.mark.django_db
PARIS = ZoneInfo("Europe/Paris")


def parse(response) -> icalendar.Calendar:
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def only_event(calendar: icalendar.Calendar) -> icalendar.Event:
    (event,) = calendar.walk("VEVENT")
    return event


def test_event_ics_holds_the_event_field_by_field_in_french(client, event):
    calendar = parse(client.get(f"{event.url}calendrier/"))
    vevent = only_event(calendar)
    assert calendar["VERSION"] == "2.0"
    assert calendar["METHOD"] == "PUBLISH"
    assert vevent["UID"] == f"event-{event.translation_key}@testserver"
    assert vevent["SUMMARY"] == "Soirée d’accueil des internes"
    assert vevent.decoded("DTSTART") == event.start.astimezone(PARIS)
    assert vevent["DTSTART"].params["TZID"] == "Europe/Paris"
    assert vevent.decoded("DTEND") == event.end.astimezone(PARIS)
    assert vevent.decoded("DTSTAMP").tzinfo is not None
    assert vevent["SEQUENCE"] == 0
    assert vevent["LOCATION"] == "Hôtel du Département, 12 rue des Saints-Pères, 77010 Melun"
    assert vevent["URL"] == f"http://testserver{event.url}"
    assert "Informations et inscription" in vevent["DESCRIPTION"]
    assert vevent["STATUS"] == "CONFIRMED"


def test_event_ics_has_a_europe_paris_timezone_with_summer_and_winter_time(client, event):
    calendar = parse(client.get(f"{event.url}calendrier/"))
    (timezone,) = calendar.walk("VTIMEZONE")
    assert timezone["TZID"] == "Europe/Paris"
    assert {c.name for c in timezone.subcomponents} == {"DAYLIGHT", "STANDARD"}
    # icalendar turns the VTIMEZONE back into rules: the offsets must be Paris's.
    tz = timezone.to_tz()
    assert datetime.datetime(2026, 7, 1, 12, tzinfo=tz).utcoffset() == datetime.timedelta(hours=2)
    assert datetime.datetime(2026, 12, 1, 12, tzinfo=tz).utcoffset() == datetime.timedelta(hours=1)


def test_english_ics_is_in_english_with_the_same_uid(client, event, event_en):
    french = only_event(parse(client.get(f"{event.url}calendrier/")))
    english = only_event(parse(client.get(f"{event_en.url}calendar/")))
    assert english["UID"] == french["UID"]
    assert english["SUMMARY"] == "Intern welcome evening"
    assert english["URL"] == f"http://testserver{event_en.url}"
    assert "Details and registration" in english["DESCRIPTION"]


def test_uid_differs_for_a_copy_of_the_event(event):
    from events.calendar import event_uid

    copy = event.copy(update_attrs={"slug": "soiree-suivante", "title": "Suivante"}).specific
    assert event_uid(copy) != event_uid(event)


def test_feed_lists_upcoming_events_only(client, portal, event):
    from tests.events.factories import EventPageFactory

    now = datetime.datetime.now(tz=PARIS)
    EventPageFactory(
        parent=portal["events"],
        title="Passée",
        start=now - datetime.timedelta(days=30),
        end=now - datetime.timedelta(days=30, hours=-3),
    )
    calendar = parse(client.get(f"{portal['events'].url}calendrier/"))
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == [event.title]
    assert calendar["X-WR-TIMEZONE"] == "Europe/Paris"


def test_event_index_offers_a_webcal_subscription(client, portal, event):
    response = client.get(portal["events"].url)
    assert b'href="webcal://testserver/fr/evenements/calendrier/"' in response.content


def test_event_page_links_to_google_and_outlook_calendars(client, event):
    content = client.get(event.url).content.decode()
    assert "https://calendar.google.com/calendar/render?action=TEMPLATE" in content
    assert "https://outlook.live.com/calendar/0/deeplink/compose?" in content


def test_google_link_carries_the_utc_times_and_the_place(event):
    url = google_calendar_url(event)
    start = event.start.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    assert f"dates={start}%2F" in url
    assert "Melun" in url
    assert "Melun" in outlook_calendar_url(event)


def test_feed_is_named_after_the_portal_and_its_departement(client, portal, event):
    from core.models import PortalSettings

    settings_ = PortalSettings.for_site(portal["home"].get_site())
    settings_.departement_name = "Seine-et-Marne"
    settings_.portal_name_fr = "Se former et s’installer en Seine-et-Marne"
    settings_.save()

    calendar = parse(client.get(f"{portal['events'].url}calendrier/"))

    assert "Se former et s’installer en Seine-et-Marne" in calendar["X-WR-CALNAME"]
    assert "Seine-et-Marne" in calendar["X-WR-CALNAME"]
    assert "Se former et s’installer en Seine-et-Marne" in calendar["X-WR-CALDESC"]


def test_event_ics_names_an_organizer(client, event):
    vevent = only_event(parse(client.get(f"{event.url}calendrier/")))
    assert str(vevent["ORGANIZER"]).startswith("mailto:")
