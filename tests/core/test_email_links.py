"""Every e-mail the portal sends: each link in it opens on the public URL, calendar files too.

The public URL here is not the test client's host nor the Wagtail Site's
(localhost): a link built from either of them, rather than from
PUBLIC_BASE_URL, fails. Each link is then opened with the test client on the
public host and must answer 200 or a redirect.
"""

import datetime
import re
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from events.emails import build_email
from events.models import Registration
from guide.eligibility import FinderQuestion
from guide.emails import build_finder_email
from housing.models import FreshnessNotice
from housing.tasks import send_owner_reminder, send_saved_search_alert
from relay.services import send_relayed_message
from supervisors.tasks import acknowledge_lead, notify_staff_of_lead
from tests.events.factories import EventPageFactory, RegistrationFactory
from tests.factories import CareerStageFactory, EmailAddressFactory, ProfessionFactory, UserFactory
from tests.guide.factories import AidPageFactory
from tests.housing.factories import HousingListingFactory, SavedSearchFactory
from tests.supervisors.factories import LeadFactory
from tests.territory.factories import CommuneFactory

pytestmark = pytest.mark.django_db

PUBLIC = "https://sante.example.org"
URL = re.compile(r"https?://[^\s\"'<>]+")
EVENT_KINDS = [
    "confirm_address",
    "confirmed",
    "waiting",
    "promoted",
    "reminder",
    "updated",
    "cancelled",
    "withdrawn",
    "message",
]


@pytest.fixture(autouse=True)
def public_site(settings):
    settings.PUBLIC_BASE_URL = PUBLIC


@pytest.fixture
def event(portal):
    start = datetime.datetime.combine(
        timezone.localdate() + datetime.timedelta(days=30),
        datetime.time(18, 30),
        tzinfo=ZoneInfo("Europe/Paris"),
    )
    return EventPageFactory(
        parent=portal["events"],
        start=start,
        end=start + datetime.timedelta(hours=3),
        slug="soiree-accueil",
        capacity=3,
    )


def address_of(name: str, language: str = "fr") -> str:
    with translation.override(language):
        return reverse(name)


def links_in(message) -> set[str]:
    """The addresses in the text and in the HTML part, trailing punctuation left out."""
    bodies = [message.body, *(content for content, _type in message.alternatives)]
    return {url.rstrip(".,;:)") for body in bodies for url in URL.findall(body)}


def calendars_in(message) -> list[icalendar.Calendar]:
    return [
        icalendar.Calendar.from_ical(content)
        for attachment in message.attachments
        if isinstance(attachment, tuple)
        for _name, content, mimetype in [attachment]
        if mimetype.startswith("text/calendar")
    ]


def assert_every_link_opens(client, message) -> None:
    found = links_in(message)
    assert found, message.body
    for link in found:
        address = urlsplit(link)
        assert link.startswith(PUBLIC + "/"), link
        path = address.path + (f"?{address.query}" if address.query else "")
        response = client.get(path, HTTP_HOST=address.netloc, secure=True)
        assert response.status_code in (200, 302), (link, response.status_code)


def assert_calendar_links_are_public(client, message) -> None:
    calendars = calendars_in(message)
    assert calendars
    for calendar in calendars:
        for vevent in calendar.walk("VEVENT"):
            assert str(vevent["UID"]).endswith("@sante.example.org")
            assert str(vevent["URL"]).startswith(PUBLIC + "/")
            (described,) = URL.findall(str(vevent["DESCRIPTION"]))
            assert described == str(vevent["URL"])
            path = urlsplit(str(vevent["URL"])).path
            assert client.get(path, HTTP_HOST="sante.example.org", secure=True).status_code == 200


@pytest.mark.parametrize("kind", EVENT_KINDS)
def test_every_link_of_an_event_email_opens_on_the_public_site(client, event, kind):
    status = Registration.Status.PENDING if kind == "confirm_address" else "confirmed"
    registration = RegistrationFactory(event=event, status=status)
    message = build_email(registration, kind, subject="Parking", message="Le parking est ouvert.")
    assert_every_link_opens(client, message)


@pytest.mark.parametrize("kind", ["confirmed", "promoted", "reminder", "updated", "cancelled"])
def test_the_calendar_file_of_an_event_email_links_to_the_public_site(client, event, kind):
    message = build_email(RegistrationFactory(event=event), kind)
    assert_calendar_links_are_public(client, message)


def test_every_link_of_the_finder_email_opens_on_the_public_site(client, portal):
    profession, stage = ProfessionFactory(), CareerStageFactory()
    AidPageFactory(parent=portal["guide"], professions=[profession], career_stages=[stage])
    commune = CommuneFactory()
    question = FinderQuestion(portal["guide"].pk, profession.pk, stage.pk, commune.pk)
    message = build_finder_email("karim@example.org", "fr", question)
    assert_every_link_opens(client, message)


def test_every_link_of_a_relayed_message_opens_on_the_public_site(
    client, portal, django_capture_on_commit_callbacks
):
    student = EmailAddressFactory(user=UserFactory(first_name="Léa")).user
    listing = HousingListingFactory(contact_email="c.bernard@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        send_relayed_message(student, listing, "La chambre est-elle libre en novembre ?")
    assert_every_link_opens(client, mail.outbox[-1])


def test_every_link_of_the_lead_emails_opens_on_the_public_site(client, portal):
    staff = UserFactory(preferred_language="fr")
    staff.groups.add(Group.objects.get(name="CDOM staff"))
    lead = LeadFactory()
    notify_staff_of_lead.enqueue(lead.pk)
    acknowledge_lead.enqueue(lead.pk)
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        assert_every_link_opens(client, message)


def test_every_link_of_the_housing_emails_opens_on_the_public_site(client, portal):
    owner = UserFactory(preferred_language="fr")
    listing = HousingListingFactory()
    due = (timezone.localdate() + datetime.timedelta(days=7)).isoformat()
    send_owner_reminder.enqueue(owner.pk, [(listing.pk, FreshnessNotice.Kind.ENDING, due)])
    send_saved_search_alert.enqueue(SavedSearchFactory(query="max_rent=900").pk, [listing.pk])
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        assert_every_link_opens(client, message)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_link_of_the_sign_up_email_opens_on_the_public_site(client, portal, language):
    client.post(
        address_of("account_signup", language),
        {
            "email": "lea@example.org",
            "password1": "a-long-passphrase",
            "password2": "a-long-passphrase",
        },
        HTTP_HOST="internal.example",
    )
    assert_every_link_opens(client, mail.outbox[-1])


def test_every_link_of_the_password_reset_email_opens_on_the_public_site(client, portal):
    user = EmailAddressFactory().user
    client.post(
        address_of("account_reset_password"), {"email": user.email}, HTTP_HOST="internal.example"
    )
    assert_every_link_opens(client, mail.outbox[-1])


def test_every_link_of_the_unknown_account_email_opens_on_the_public_site(client, portal):
    client.post(
        address_of("account_reset_password"),
        {"email": "nobody@example.org"},
        HTTP_HOST="internal.example",
    )
    assert_every_link_opens(client, mail.outbox[-1])
