"""Staff write to an evening's registrants: one greeting, a preview, a record, a Reply-To."""

import pytest
from django.urls import reverse
from wagtail.models import Site

from core.models import PortalSettings
from events.models import RegistrantMessage, Registration
from tests.events.factories import RegistrationFactory

pytestmark = pytest.mark.django_db
Status = Registration.Status


@pytest.fixture
def staff(client, event_manager):
    event_manager.first_name, event_manager.last_name = "Sophie", "Martin"
    event_manager.save()
    client.force_login(event_manager)
    return client


@pytest.fixture
def send(staff, event, django_capture_on_commit_callbacks):
    def send(message="Le parking est rue A.", audience="confirmed", **extra):
        data = {"audience": audience, "subject": "Parking", "message": message, **extra}
        with django_capture_on_commit_callbacks(execute=True):
            return staff.post(reverse("event_registrations:message", args=[event.pk]), data)

    return send


def test_message_is_greeted_once_though_staff_wrote_a_greeting(event, send, mailoutbox):
    RegistrationFactory(event=event, first_name="Inès")
    send("Bonjour à toutes et à tous,\n\nLe parking est rue A.", send="1")
    (email,) = mailoutbox
    assert email.body.startswith("Bonjour Inès,\n\nLe parking est rue A.")
    assert email.body.count("Bonjour") == 1


def test_message_is_previewed_and_not_sent_before_staff_confirm(event, send, mailoutbox):
    RegistrationFactory(event=event, first_name="Inès", email="ines@example.org")
    page = send().content.decode()
    assert "Bonjour Inès," in page
    assert "Le parking est rue A." in page
    assert "Envoyer à 1 personne" in page
    assert mailoutbox == []
    assert not RegistrantMessage.objects.exists()


def test_sent_message_is_recorded_with_who_sent_it_to_whom(event, staff, send, mailoutbox):
    RegistrationFactory(event=event, first_name="Inès", last_name="Martin")
    RegistrationFactory(event=event, status=Status.CANCELLED, last_name="Annulée")
    response = send(send="1")
    record = RegistrantMessage.objects.get()
    assert [r.last_name for r in record.recipients.all()] == ["Martin"]
    assert record.sent_by.last_name == "Martin"
    assert record.body == "Le parking est rue A."

    listing = staff.get(response["Location"]).content.decode()
    assert "Parking" in listing
    assert "Inès Martin" in listing
    assert "Sophie Martin" in listing


def test_message_replies_go_to_the_address_the_departement_chose(event, send, mailoutbox):
    portal = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    portal.contact_email = "contact@departement.example"
    portal.registrants_reply_to = "evenements@departement.example"
    portal.save()
    RegistrationFactory(event=event)
    send(send="1")
    assert mailoutbox[0].reply_to == ["evenements@departement.example"]


def test_waiting_list_can_be_written_to_alone(event, send, mailoutbox):
    RegistrationFactory(event=event, email="assise@example.org")
    RegistrationFactory(event=event, status=Status.WAITING, email="attend@example.org")
    send("Une place va sans doute se libérer.", audience="waiting", send="1")
    (email,) = mailoutbox
    assert email.to == ["attend@example.org"]
    assert "Une place va sans doute se libérer." in email.body
    assert RegistrantMessage.objects.get().audience == "waiting"


def test_english_registrant_gets_the_message_around_english_text(event, event_en, send, mailoutbox):
    RegistrationFactory(event=event, first_name="Ann", language="en")
    send(send="1")
    assert mailoutbox[0].body.startswith("Hello Ann,\n\nLe parking est rue A.")
