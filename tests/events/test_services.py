"""Every change of a registration's status, through events.services."""

import datetime

import pytest
import time_machine
from django.db import IntegrityError
from django.utils import timezone, translation

from events import services
from events.models import Registration, RegistrationLogEntry
from events.services import Registrant, RegistrationError
from tests.events.factories import RegistrationFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
Status = Registration.Status


@pytest.fixture(autouse=True)
def _english():
    """The messages for visitors are matched in English."""
    with translation.override("en"):
        yield


def member(**kwargs):
    user = UserFactory(**kwargs)
    return Registrant(
        email=user.email, first_name=user.first_name, last_name=user.last_name, user=user
    )


def guest(email="invite@example.org"):
    return Registrant(email=email, first_name="Inès", last_name="Garnier", language="en")


def fill(event, count=None):
    for _ in range(count if count is not None else event.capacity):
        RegistrationFactory(event=event)


def test_signed_in_person_gets_a_confirmed_seat_at_once(event):
    registration = services.register(event, member())
    assert registration.status == Status.CONFIRMED
    assert registration.confirmed_at is not None


def test_full_event_puts_next_registrant_on_waiting_list_with_position(event):
    fill(event)
    first = services.register(event, member())
    second = services.register(event, member())
    assert (first.status, second.status) == (Status.WAITING, Status.WAITING)
    assert (first.waiting_position(), second.waiting_position()) == (1, 2)


def test_guest_registration_is_pending_and_holds_no_seat(event):
    services.register(event, guest())
    assert Registration.objects.get().status == Status.PENDING
    fill(event)
    assert event.availability_for(confirmed=event.capacity).state == "waiting_list"
    assert Registration.objects.filter(status=Status.CONFIRMED).count() == event.capacity


def test_guest_confirming_their_address_takes_a_seat(event):
    registration = services.register(event, guest())
    assert services.confirm_guest(registration).status == Status.CONFIRMED


def test_guest_confirming_when_full_joins_the_waiting_list(event):
    registration = services.register(event, guest())
    fill(event)
    assert services.confirm_guest(registration).status == Status.WAITING


def test_guest_confirming_after_24_hours_is_refused_and_expired(event):
    registration = services.register(event, guest())
    later = timezone.now() + datetime.timedelta(hours=25)
    with time_machine.travel(later), pytest.raises(RegistrationError, match="24 hours"):
        services.confirm_guest(registration)
    registration.refresh_from_db()
    assert registration.status == Status.EXPIRED


def test_expire_unconfirmed_lapses_only_pending_registrations_older_than_a_day(event):
    old = services.register(event, guest("old@example.org"))
    Registration.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(hours=25)
    )
    recent = services.register(event, guest("recent@example.org"))
    assert services.expire_unconfirmed() == 1
    assert Registration.objects.get(pk=old.pk).status == Status.EXPIRED
    assert Registration.objects.get(pk=recent.pk).status == Status.PENDING


def test_cancelling_a_confirmed_seat_promotes_the_first_on_the_waiting_list(event):
    confirmed = RegistrationFactory(event=event)
    fill(event, event.capacity - 1)
    first = services.register(event, member())
    second = services.register(event, member())
    services.cancel(confirmed)
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == Status.CONFIRMED
    assert second.status == Status.WAITING
    assert second.waiting_position() == 1


def test_cancelling_a_waiting_place_promotes_nobody(event):
    fill(event)
    waiting = services.register(event, member())
    behind = services.register(event, member())
    services.cancel(waiting)
    behind.refresh_from_db()
    assert behind.status == Status.WAITING


def test_cancelled_registration_frees_the_address_for_a_new_registration(event):
    person = member()
    services.cancel(services.register(event, person))
    assert services.register(event, person).status == Status.CONFIRMED


def test_second_registration_of_the_same_address_gets_a_friendly_error(event):
    services.register(event, guest("Lea@Example.org"))
    with pytest.raises(RegistrationError, match="already registered"):
        services.register(event, guest("lea@example.org"))


def test_database_refuses_two_active_registrations_for_one_address(event):
    RegistrationFactory(event=event, email="lea@example.org")
    with pytest.raises(IntegrityError):
        RegistrationFactory(event=event, email="lea@example.org", status=Status.WAITING)


def test_registration_is_refused_after_the_closing_time(event):
    event.registration_closes_at = timezone.now() - datetime.timedelta(minutes=1)
    event.save()
    with pytest.raises(RegistrationError, match="closed"):
        services.register(event, member())


def test_registration_is_refused_once_the_event_has_started(event):
    started = event.start + datetime.timedelta(minutes=5)
    with time_machine.travel(started), pytest.raises(RegistrationError, match="closed"):
        services.register(event, member())


def test_registration_is_refused_before_it_opens(event):
    event.registration_opens_at = timezone.now() + datetime.timedelta(days=1)
    event.save()
    with pytest.raises(RegistrationError, match="closed"):
        services.register(event, member())


def test_registration_is_refused_for_a_cancelled_event(event):
    event.is_cancelled = True
    event.save()
    with pytest.raises(RegistrationError, match="cancelled"):
        services.register(event, member())


def test_staff_can_add_someone_after_registration_closed(event, event_manager):
    event.registration_closes_at = timezone.now() - datetime.timedelta(minutes=1)
    event.save()
    registration = services.register(event, guest(), by=event_manager)
    assert registration.status == Status.CONFIRMED


def test_staff_move_from_waiting_list_confirms_past_the_capacity_when_chosen(event, event_manager):
    fill(event)
    waiting = services.register(event, member())
    services.move_from_waiting_list(waiting, by=event_manager, beyond_capacity=True)
    assert Registration.objects.filter(status=Status.CONFIRMED).count() == event.capacity + 1


def test_staff_move_from_waiting_list_never_overbooks_unasked(event, event_manager):
    fill(event)
    waiting = services.register(event, member())

    with pytest.raises(services.OverbookingNotChosen):
        services.move_from_waiting_list(waiting, by=event_manager)

    assert Registration.objects.filter(status=Status.CONFIRMED).count() == event.capacity


def test_staff_cannot_add_anyone_to_a_cancelled_evening(event, event_manager, mailoutbox):
    event.is_cancelled = True
    event.save()

    with pytest.raises(RegistrationError, match="cancelled"):
        services.register(event, guest(), by=event_manager)

    assert not Registration.objects.exists()


def test_check_in_marks_a_confirmed_registrant_as_arrived(event, event_manager):
    registration = services.check_in(RegistrationFactory(event=event), by=event_manager)
    assert registration.checked_in_at is not None


def test_check_in_lets_in_someone_from_the_waiting_list_with_a_seat(event, event_manager):
    waiting = RegistrationFactory(event=event, status=Status.WAITING, waiting_since=timezone.now())

    services.check_in(waiting, by=event_manager)

    waiting.refresh_from_db()
    assert (waiting.status, waiting.checked_in_at is not None) == (Status.CONFIRMED, True)
    assert waiting.log_entries.last().from_status == Status.WAITING


def test_check_in_refuses_a_cancelled_registration(event, event_manager):
    cancelled = RegistrationFactory(event=event, status=Status.CANCELLED)
    with pytest.raises(RegistrationError):
        services.check_in(cancelled, by=event_manager)


def test_every_state_change_is_logged_with_its_actor(event, event_manager):
    registration = services.register(event, guest())
    services.confirm_guest(registration)
    services.check_in(registration, by=event_manager)
    services.cancel(registration, by=event_manager)
    entries = RegistrationLogEntry.objects.filter(registration=registration)
    assert [(e.action, e.from_status, e.to_status) for e in entries] == [
        ("registered", "", "pending"),
        ("confirmed_email", "pending", "confirmed"),
        ("checked_in", "confirmed", "confirmed"),
        ("cancelled", "confirmed", "cancelled"),
    ]
    assert entries.last().actor == event_manager


def test_registration_on_the_translation_counts_against_the_same_seats(event, event_en):
    fill(event)
    registration = services.register(event_en, member())
    assert registration.event_id == event.pk
    assert registration.status == Status.WAITING


def test_anonymising_past_events_erases_people_but_keeps_the_counts(event, settings):
    settings.EVENT_REGISTRATION_RETENTION_MONTHS = 6
    RegistrationFactory(event=event, checked_in_at=timezone.now(), dietary_needs="végétarien")
    RegistrationFactory(event=event)
    with time_machine.travel(event.end + datetime.timedelta(days=190)):
        assert services.anonymise_past_registrations() == 2
    assert Registration.objects.filter(event=event, status=Status.CONFIRMED).count() == 2
    assert Registration.objects.filter(checked_in_at__isnull=False).count() == 1
    assert set(Registration.objects.values_list("email", "last_name", "dietary_needs")) == {
        ("", "", "")
    }


def test_anonymising_leaves_events_within_the_retention_period(event, settings):
    settings.EVENT_REGISTRATION_RETENTION_MONTHS = 6
    RegistrationFactory(event=event)
    with time_machine.travel(event.end + datetime.timedelta(days=150)):
        assert services.anonymise_past_registrations() == 0
