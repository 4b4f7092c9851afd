"""The registrants' e-mails in the outbox: language, calendar file, QR code, links."""

import datetime
import re

import icalendar
import pytest
from django.utils import timezone

from events import services
from events.emails import build_email
from events.forms import RegistrationForm
from events.models import Registration
from events.services import Registrant
from tests.events.factories import RegistrationFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def ics_of(message) -> icalendar.Calendar:
    files = [a for a in message.attachments if isinstance(a, tuple)]
    (content,) = [content for name, content, _mimetype in files if name.endswith(".ics")]
    return icalendar.Calendar.from_ical(content)


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what waits for the transaction's commit: the e-mails."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def register_member(event, language="fr"):
    user = UserFactory(preferred_language=language)
    registrant = Registrant(user.email, user.first_name, user.last_name, language, user)
    return services.register(event, registrant)


def test_confirmation_email_carries_the_ics_and_a_cancel_link(event, mailoutbox, committed):
    with committed():
        registration = register_member(event)
    (message,) = mailoutbox
    assert message.to == [registration.email]
    assert message.subject == "Votre place est confirmée\u00a0: Soirée d’accueil des internes"
    assert "/fr/inscriptions/annuler/" in message.body
    vevent = ics_of(message).walk("VEVENT")[0]
    assert vevent["UID"] == f"event-{event.translation_key}@testserver"


def test_confirmation_email_carries_the_check_in_qr_code(event, mailoutbox, committed):
    with committed():
        register_member(event)
    html, mimetype = mailoutbox[0].alternatives[0]
    assert mimetype == "text/html"
    assert 'src="cid:check-in-code"' in html
    images = [a for a in mailoutbox[0].attachments if getattr(a, "get_content_type", None)]
    assert images[0].get_content_type() == "image/png"


@pytest.mark.parametrize("kind", ["confirmed", "promoted", "reminder"])
def test_plain_text_email_mentions_no_qr_code_it_lacks(event, kind):
    message = build_email(RegistrationFactory(event=event), kind)
    html, _mimetype = message.alternatives[0]
    # The links' signed tokens are random letters, which may spell "QR".
    assert "QR" not in re.sub(r"https?://\S+", "", message.body)
    assert "QR" in html


def test_confirmation_email_is_in_the_registrants_language(event, event_en, mailoutbox, committed):
    with committed():
        register_member(event, language="en")
    message = mailoutbox[0]
    assert message.subject == "Your seat is confirmed: Intern welcome evening"
    assert "/en/registrations/cancel/" in message.body
    assert ics_of(message).walk("VEVENT")[0]["SUMMARY"] == "Intern welcome evening"


def test_guest_gets_a_confirmation_link_and_no_calendar_yet(event, mailoutbox, committed):
    with committed():
        services.register(event, Registrant("invite@example.org", "Inès", "Garnier", "fr"))
    (message,) = mailoutbox
    assert "/fr/inscriptions/confirmer/" in message.body
    assert message.attachments == []


def test_waiting_list_email_tells_the_position(event, mailoutbox, committed):
    for _ in range(event.capacity):
        RegistrationFactory(event=event)
    with committed():
        register_member(event)
    assert "position 1" in mailoutbox[0].body


def test_promoted_person_is_told_by_email_with_the_calendar(event, mailoutbox, committed):
    confirmed = RegistrationFactory(event=event)
    for _ in range(event.capacity - 1):
        RegistrationFactory(event=event)
    waiting = register_member(event)
    with committed():
        services.cancel(confirmed)
    (message,) = [m for m in mailoutbox if m.to == [waiting.email]]
    assert message.subject.startswith("Une place se libère pour vous")
    assert ics_of(message)


def test_changing_the_time_sends_an_update_with_a_higher_sequence(event, mailoutbox, committed):
    event.save_revision().publish()
    registration = RegistrationFactory(event=event)
    event.start += datetime.timedelta(hours=1)
    event.end += datetime.timedelta(hours=1)
    with committed():
        event.save_revision().publish()
    (message,) = mailoutbox
    assert message.to == [registration.email]
    vevent = ics_of(message).walk("VEVENT")[0]
    assert vevent["SEQUENCE"] == 1
    assert vevent.decoded("DTSTART") == event.start.replace(microsecond=0)


def test_publishing_without_changing_time_or_place_sends_nothing(event, mailoutbox, committed):
    event.save_revision().publish()
    RegistrationFactory(event=event)
    event.intro = "Nouvelle introduction."
    with committed():
        event.save_revision().publish()
    assert mailoutbox == []


def test_cancelling_the_event_sends_method_cancel(event, mailoutbox, committed):
    event.save_revision().publish()
    RegistrationFactory(event=event)
    event.is_cancelled = True
    with committed():
        event.save_revision().publish()
    (message,) = mailoutbox
    calendar = ics_of(message)
    assert calendar["METHOD"] == "CANCEL"
    assert calendar.walk("VEVENT")[0]["STATUS"] == "CANCELLED"
    # Above the entry the registrant holds (SEQUENCE 0), or calendars ignore it.
    assert calendar.walk("VEVENT")[0]["SEQUENCE"] > 0


def test_raising_the_capacity_lets_people_in_from_the_waiting_list(event):
    event.save_revision().publish()
    for _ in range(event.capacity):
        RegistrationFactory(event=event)
    waiting = register_member(event)
    event.capacity += 1
    event.save_revision().publish()
    waiting.refresh_from_db()
    assert waiting.status == Registration.Status.CONFIRMED


def test_reminder_is_sent_once_two_days_before(event, mailoutbox, committed):
    from django.core.management import call_command

    registration = RegistrationFactory(event=event)
    event.start = timezone.now() + datetime.timedelta(days=1, hours=20)
    event.end = event.start + datetime.timedelta(hours=3)
    event.save()
    with committed():
        call_command("send_event_reminders")
        call_command("send_event_reminders")
    (message,) = mailoutbox
    assert message.to == [registration.email]
    assert message.subject.startswith("Rendez-vous dans deux jours")


def test_staff_message_goes_to_every_confirmed_registrant_only(
    event, event_manager, mailoutbox, committed
):
    confirmed = RegistrationFactory(event=event)
    RegistrationFactory(event=event, status=Registration.Status.CANCELLED)
    with committed():
        services.message_confirmed(
            event, "Plan d’accès", "Entrée par la rue Saint-Ambroise.", event_manager
        )
    (message,) = mailoutbox
    assert message.to == [confirmed.email]
    assert message.subject == "Plan d’accès"
    assert "rue Saint-Ambroise" in message.body


def test_cancelling_ones_own_seat_sends_a_calendar_cancellation(event, mailoutbox, committed):
    registration = register_member(event)

    with committed():
        services.cancel(registration)

    (message,) = mailoutbox
    assert message.subject == "Votre inscription est annulée\u00a0: Soirée d’accueil des internes"
    calendar = ics_of(message)
    assert calendar["METHOD"] == "CANCEL"
    assert calendar.walk("VEVENT")[0]["UID"] == f"event-{event.translation_key}@testserver"


def register_guest(event, first_name="Zoé"):
    registrant = Registrant("victime@example.org", first_name, "Durand", "fr", None)
    return services.register(event, registrant)


def test_the_confirmation_request_to_a_guest_repeats_no_name(event, mailoutbox, committed):
    with committed():
        register_guest(event)
    (message,) = mailoutbox
    html, _mimetype = message.alternatives[0]
    assert "Zoé" not in message.body
    assert "Zoé" not in html
    assert "/fr/inscriptions/" in message.body


def test_a_confirmed_guest_is_greeted_by_name(event, mailoutbox, committed):
    with committed():
        registration = register_guest(event)
        services.confirm_guest(registration)
    assert "Bonjour Zoé" in mailoutbox[-1].body


def test_the_html_part_keeps_the_portals_own_links_clickable(event, mailoutbox, committed):
    with committed():
        register_guest(event)
    html, _mimetype = mailoutbox[0].alternatives[0]
    assert "/fr/inscriptions/" in html.split('<a href="', 1)[1]


def test_a_guest_name_holding_a_link_is_refused_with_a_message_in_french(event):
    form = RegistrationForm(
        event,
        None,
        {
            "first_name": "Gagnez un iPhone sur http://arnaque.example",
            "last_name": "Durand",
            "email": "victime@example.org",
        },
    )
    assert not form.is_valid()
    assert form.errors["first_name"] == [
        "Un nom s’écrit avec des lettres, des espaces, des traits d’union, des apostrophes et "
        "des points seulement."
    ]


def test_cancelling_ones_seat_sends_a_sequence_above_the_one_sent(event, mailoutbox, committed):
    with committed():
        registration = register_member(event)
    with committed():
        services.cancel(registration)

    sent, cancelled = (ics_of(message).walk("VEVENT")[0] for message in mailoutbox)
    assert cancelled["SEQUENCE"] > sent["SEQUENCE"]


def test_registering_again_after_cancelling_sends_a_sequence_above_the_cancellation(
    event, mailoutbox, committed
):
    user = UserFactory()
    registrant = Registrant(user.email, user.first_name, user.last_name, "fr", user)
    with committed():
        registration = services.register(event, registrant)
    with committed():
        services.cancel(registration)
    with committed():
        services.register(event, registrant)

    sent, cancelled, sent_again = (ics_of(message).walk("VEVENT")[0] for message in mailoutbox)
    assert sent_again["SEQUENCE"] > cancelled["SEQUENCE"] > sent["SEQUENCE"]


def test_the_calendar_cancellation_names_the_departement_as_organizer(
    event, portal, mailoutbox, committed
):
    from core.models import PortalSettings

    settings_ = PortalSettings.for_site(portal["home"].get_site())
    settings_.contact_email = "sante@departement.test"
    settings_.departement_name = "Seine-et-Marne"
    settings_.save()
    registration = register_member(event)
    with committed():
        services.cancel(registration)

    vevent = ics_of(mailoutbox[0]).walk("VEVENT")[0]
    assert vevent["ORGANIZER"] == "mailto:sante@departement.test"
    assert vevent["ORGANIZER"].params["CN"] == "Seine-et-Marne"
