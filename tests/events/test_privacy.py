"""Registrations in "my account": listed, exported, erased; the retention purge."""

import datetime

import pytest
import time_machine
from django.core.management import call_command

from accounts.services import delete_account, export_personal_data
from events.models import Registration
from tests.events.factories import RegistrationFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
Status = Registration.Status


def test_account_dashboard_lists_registrations_with_a_cancel_link(client, event):
    user = UserFactory()
    RegistrationFactory(event=event, user=user, email=user.email)
    client.force_login(user)
    content = client.get("/fr/compte/").content.decode()
    assert "Soirée d’accueil des internes" in content
    assert "/fr/inscriptions/annuler/" in content


def test_data_export_contains_the_registrations(event):
    user = UserFactory()
    RegistrationFactory(event=event, user=user, email=user.email, dietary_needs="sans gluten")
    (exported,) = export_personal_data(user)["sections"]["event_registrations"]
    assert exported["dietary_needs"] == "sans gluten"
    assert exported["status"] == "confirmed"


def test_account_deletion_erases_registrations_and_frees_the_seat(event):
    user = UserFactory()
    RegistrationFactory(event=event, user=user, email=user.email)
    for _ in range(event.capacity - 1):
        RegistrationFactory(event=event)
    waiting = RegistrationFactory(event=event, status=Status.WAITING, waiting_since=event.start)
    delete_account(user)
    assert not Registration.objects.filter(email=user.email).exists()
    waiting.refresh_from_db()
    assert waiting.status == Status.CONFIRMED


def test_purge_command_anonymises_old_events_and_expires_unconfirmed(event):
    RegistrationFactory(event=event, last_name="Lefebvre")
    with time_machine.travel(event.end + datetime.timedelta(days=200)):
        call_command("purge_event_registrations")
    registration = Registration.objects.get()
    assert registration.last_name == ""
    assert registration.anonymised_at is not None
    assert registration.status == Status.CONFIRMED


def test_copying_an_event_for_next_semester_leaves_the_registrations_behind(event):
    RegistrationFactory(event=event)
    copy = event.copy(update_attrs={"slug": "soiree-semestre-suivant", "title": "Suivante"})
    assert Registration.objects.filter(event=event).count() == 1
    assert Registration.objects.filter(event_id=copy.pk).count() == 0
    assert copy.specific.capacity == event.capacity
