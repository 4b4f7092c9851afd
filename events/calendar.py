"""iCalendar files (RFC 5545) and "add to my calendar" links for the welcome evenings.

One VEVENT per event with a UID that is the same in every language and never
changes (`event-<translation key>@<public host>`), the time in Europe/Paris with
its VTIMEZONE, and a SEQUENCE that grows with each change registrants were
told about, so calendars update the entry they already hold. Every entry names
its ORGANIZER, the Département's contact address: calendar applications ignore
a METHOD:CANCEL without one, or with a SEQUENCE no higher than the entry's.
"""

import datetime
import uuid
from email.utils import parseaddr
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.models import PortalSettings
from core.public_url import public_host, public_page_url
from events.models import EventCalendarState, EventPage

PARIS = ZoneInfo("Europe/Paris")
PRODID = "-//Portail santé//Soirées d’accueil//FR"


def localized(page: EventPage, language: str) -> EventPage:
    """The live translation of the event in `language`, or the page itself."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None or page.locale_id == locale.pk:
        return page
    translation_page = page.get_translation_or_none(locale)
    if translation_page is None or not translation_page.live:
        return page
    return translation_page.specific


def event_uid(page: EventPage, host: str | None = None) -> str:
    """Globally unique and stable: the translation key is shared by the event's languages."""
    return f"event-{page.translation_key}@{host or public_host()}"


def paris_timezone() -> icalendar.Timezone:
    """Europe/Paris as a VTIMEZONE, with the EU daylight-saving rules in force since 1996."""
    tz = icalendar.Timezone()
    tz.add("tzid", "Europe/Paris")
    tz.add("x-lic-location", "Europe/Paris")
    summer = icalendar.TimezoneDaylight()
    summer.add("tzname", "CEST")
    summer.add("dtstart", datetime.datetime(1996, 3, 31, 2, 0))  # noqa: DTZ001 – a VTIMEZONE rule starts at a local time (RFC 5545)
    summer.add("tzoffsetfrom", datetime.timedelta(hours=1))
    summer.add("tzoffsetto", datetime.timedelta(hours=2))
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    winter = icalendar.TimezoneStandard()
    winter.add("tzname", "CET")
    winter.add("dtstart", datetime.datetime(1996, 10, 27, 3, 0))  # noqa: DTZ001 – a VTIMEZONE rule starts at a local time (RFC 5545)
    winter.add("tzoffsetfrom", datetime.timedelta(hours=2))
    winter.add("tzoffsetto", datetime.timedelta(hours=1))
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    tz.add_component(summer)
    tz.add_component(winter)
    return tz


def location(page: EventPage) -> str:
    return f"{page.venue_name}, {page.venue_address}"


def description(page: EventPage) -> str:
    """The event told in the page's language: introduction, audience, access, link."""
    # The labels are translated outside the f-strings, where makemessages finds them.
    with translation.override(page.locale.language_code):
        parts = [page.intro]
        if page.audience:
            parts.append("{}: {}".format(_("Who is it for"), page.audience))
        if page.venue_access:
            parts.append("{}: {}".format(_("Getting there"), page.venue_access))
        parts.append("{}: {}".format(_("Details and registration"), public_page_url(page)))
    return "\n\n".join(parts)


def organizer(portal: PortalSettings) -> icalendar.vCalAddress:
    """The Département's contact address, or the sender of the portal's e-mails."""
    address = portal.contact_email or parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    value = icalendar.vCalAddress(f"mailto:{address}")
    value.params["cn"] = icalendar.vText(portal.departement_name)
    return value


def feed_name(title: str, portal: PortalSettings) -> str:
    """Whose calendar it is, in the list of a calendar application: "Soirées – Portail (77)"."""
    return f"{title} – {portal.portal_name} ({portal.departement_name})"


def feed_description(portal: PortalSettings) -> str:
    return _(
        "The welcome evenings of %(portal)s, the health professionals’ portal of %(departement)s."
    ) % {"portal": portal.portal_name, "departement": portal.departement_name}


def calendar_sequences(pages: list[EventPage]) -> dict[uuid.UUID, int]:
    """The SEQUENCE of each event's iCalendar entry (how many updates registrants got),
    by translation key, in one query; events never updated are left out (0).

    The state belongs to the first page of each translation group (its
    registration event), so the lowest page id of a group wins.
    """
    states = EventCalendarState.objects.filter(
        event__translation_key__in=[page.translation_key for page in pages]
    ).order_by("-event_id")
    return {state.event.translation_key: state.sequence for state in states.select_related("event")}


def vevent(
    page: EventPage,
    sequence: int,
    host: str,
    cancelled: bool = False,
    organizer_address: icalendar.vCalAddress | None = None,
) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", event_uid(page, host))
    event.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    event.add("sequence", sequence)
    event.add("dtstart", page.start.astimezone(PARIS))
    event.add("dtend", page.end.astimezone(PARIS))
    event.add("summary", page.title)
    event.add("description", description(page))
    event.add("location", location(page))
    event.add("url", public_page_url(page))
    event.add("status", "CANCELLED" if cancelled or page.is_cancelled else "CONFIRMED")
    if page.latitude is not None and page.longitude is not None:
        event.add("geo", (page.latitude, page.longitude))
    if organizer_address is not None:
        event.add("organizer", organizer_address)
    return event


def build_calendar(
    pages: list[EventPage],
    language: str,
    method: str = "PUBLISH",
    name: str = "",
    portal: PortalSettings | None = None,
    sequence_offset: int = 0,
) -> bytes:
    """A VCALENDAR with one VEVENT per event, each in `language` when translated.

    `name` makes it a feed named after the portal; `sequence_offset` raises the
    SEQUENCE of a registrant's own files above those they already received
    (events.emails.personal_sequence_offset).
    """
    portal = portal or PortalSettings.for_default_site()
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    if name:
        with translation.override(language):
            calendar.add("x-wr-calname", feed_name(name, portal))
            calendar.add("x-wr-caldesc", feed_description(portal))
        calendar.add("x-wr-timezone", "Europe/Paris")
    calendar.add_component(paris_timezone())
    # A feed holds every upcoming event: their translations, sequences and host
    # are read once for all, so the feed's queries do not grow with its length.
    host = public_host()
    translations = {
        page.translation_key: page
        for page in EventPage.objects.live()
        .filter(translation_key__in=[page.translation_key for page in pages])
        .filter(locale__language_code=language)
        .select_related("locale")
    }
    sequences = calendar_sequences(pages)
    organizer_address = organizer(portal)
    for page in pages:
        calendar.add_component(
            vevent(
                translations.get(page.translation_key, page),
                sequences.get(page.translation_key, 0) + sequence_offset,
                host,
                cancelled=method == "CANCEL",
                organizer_address=organizer_address,
            )
        )
    return calendar.to_ical()


def _utc_stamp(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def google_calendar_url(page: EventPage) -> str:
    query = {
        "action": "TEMPLATE",
        "text": page.title,
        "dates": f"{_utc_stamp(page.start)}/{_utc_stamp(page.end)}",
        "details": description(page),
        "location": location(page),
        "ctz": "Europe/Paris",
    }
    return f"https://calendar.google.com/calendar/render?{urlencode(query)}"


def outlook_calendar_url(page: EventPage) -> str:
    query = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": page.title,
        "startdt": page.start.astimezone(datetime.UTC).isoformat(),
        "enddt": page.end.astimezone(datetime.UTC).isoformat(),
        "body": description(page),
        "location": location(page),
    }
    return f"https://outlook.live.com/calendar/0/deeplink/compose?{urlencode(query)}"
