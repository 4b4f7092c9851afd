"""At the door: walk-ins let in and checked in at once, and the history of each registration."""

import pytest
from django.urls import reverse

from events import services
from events.models import Registration, RegistrationLogEntry
from tests.events.factories import RegistrationFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
Status = Registration.Status
Action = RegistrationLogEntry.Action


@pytest.fixture
def sophie(event_manager):
    event_manager.first_name, event_manager.last_name = "Sophie", "Martin"
    event_manager.save()
    return event_manager


def test_walk_in_is_confirmed_and_checked_in_and_not_emailed(
    event, sophie, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        walk_in = services.admit_walk_in(event, "Nour", "Haddad", by=sophie)
    assert walk_in.status == Status.CONFIRMED
    assert walk_in.checked_in_at is not None
    assert walk_in.log_entries.get().action == Action.WALK_IN
    assert walk_in.log_entries.get().actor == sophie
    assert mailoutbox == []


def test_two_walk_ins_without_an_address_are_both_let_in(event, sophie):
    services.admit_walk_in(event, "Nour", "Haddad", by=sophie)
    services.admit_walk_in(event, "Jean", "Petit", by=sophie)
    assert Registration.objects.filter(event=event, email="").count() == 2


def test_walk_in_on_a_full_evening_is_an_explicit_choice(event, sophie):
    RegistrationFactory.create_batch(event.capacity, event=event)
    with pytest.raises(services.OverbookingNotChosen):
        services.admit_walk_in(event, "Nour", "Haddad", by=sophie)
    services.admit_walk_in(event, "Nour", "Haddad", by=sophie, beyond_capacity=True)
    assert Registration.objects.filter(event=event, status=Status.CONFIRMED).count() == 4


def test_walk_in_under_an_address_already_registered_is_found_in_the_list(event, sophie):
    RegistrationFactory(event=event, email="nour@example.org")
    with pytest.raises(services.RegistrationError):
        services.admit_walk_in(event, "Nour", "Haddad", by=sophie, email="Nour@example.org")


def test_walk_in_form_on_the_door_screen(client, event, sophie):
    client.force_login(sophie)
    door = reverse("event_registrations:check_in", args=[event.pk])
    assert "Une personne non inscrite" in client.get(door).content.decode()

    response = client.post(
        reverse("event_registrations:walk_in", args=[event.pk]),
        {"first_name": "Nour", "last_name": "Haddad", "email": ""},
    )

    assert response["Location"] == door
    assert Registration.objects.get(last_name="Haddad").checked_in_at is not None


def test_walk_in_form_on_a_full_evening_asks_to_tick_beyond_capacity(client, event, sophie):
    RegistrationFactory.create_batch(event.capacity, event=event)
    client.force_login(sophie)
    page = client.post(
        reverse("event_registrations:walk_in", args=[event.pk]),
        {"first_name": "Nour", "last_name": "Haddad"},
    ).content.decode()
    assert "Cochez « Faire entrer au-delà de la capacité »" in page
    assert not Registration.objects.filter(last_name="Haddad").exists()


def test_registrations_screen_shows_who_moved_and_checked_someone_in(client, event, sophie):
    RegistrationFactory.create_batch(event.capacity, event=event)
    waiting = RegistrationFactory(event=event, status=Status.WAITING, last_name="Lefebvre")
    services.move_from_waiting_list(waiting, by=sophie, beyond_capacity=True)
    services.check_in(waiting, by=UserFactory(first_name="Marc", last_name="Lemoine"))
    client.force_login(sophie)

    page = client.get(
        reverse("event_registrations:index", args=[event.pk]), {"q": "Lefebvre"}
    ).content.decode()

    assert "confirmation depuis la liste d’attente (par Sophie Martin)" in page
    assert "pointage à l’entrée (par Marc Lemoine)" in page


def test_history_says_what_the_registrant_and_the_site_did_themselves(event):
    registration = RegistrationFactory(event=event)
    services.cancel(registration)
    entry = registration.log_entries.get()
    assert entry.by == "par la personne inscrite"
