"""The public pages: seats left, the registration form, the signed links."""

import datetime
import re

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events import links, services
from events.models import Registration
from tests.events.factories import RegistrationFactory
from tests.factories import FacultyFactory, SpecialtyFactory, UserFactory

pytestmark = pytest.mark.django_db
Status = Registration.Status


def registration_queries(client, url) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [q["sql"] for q in queries if "events_registration" in q["sql"]]


def test_event_page_shows_the_seats_left(client, event):
    RegistrationFactory(event=event)
    content = client.get(event.url).content.decode()
    assert "2 places restantes" in content


def test_event_page_counts_seats_with_a_single_query(client, event):
    RegistrationFactory(event=event)
    assert len(registration_queries(client, event.url)) == 1


def test_event_index_counts_seats_of_all_events_with_a_single_query(client, portal, event):
    from tests.events.factories import EventPageFactory

    EventPageFactory(parent=portal["events"], capacity=10)
    assert len(registration_queries(client, portal["events"].url)) == 1


def test_full_event_page_says_the_waiting_list_is_open(client, event):
    for _ in range(event.capacity):
        RegistrationFactory(event=event)
    content = client.get(event.url).content.decode()
    assert "Complet – liste d’attente ouverte" in content
    assert "Rejoindre la liste d’attente" in content


def test_english_page_shows_the_seats_of_the_french_event(client, event, event_en):
    RegistrationFactory(event=event)
    assert "2 seats left" in client.get(event_en.url).content.decode()


def test_signed_in_form_is_prefilled_from_the_profile(client, event):
    specialty = SpecialtyFactory()
    user = UserFactory(specialty=specialty, faculty=FacultyFactory())
    client.force_login(user)
    content = client.get(f"{event.url}inscription/").content.decode()
    assert f'<option value="{specialty.pk}" selected>' in content
    assert 'name="email"' not in content


def test_signed_in_person_registers_in_one_step(client, event):
    user = UserFactory()
    client.force_login(user)
    response = client.post(f"{event.url}inscription/", {"semester": "2"}, follow=True)
    registration = Registration.objects.get(user=user)
    assert registration.status == Status.CONFIRMED
    assert registration.semester == 2
    assert "Votre place est confirmée" in response.content.decode()


def test_signed_in_person_without_a_name_is_asked_for_it(client, event):
    client.force_login(UserFactory(first_name="", last_name=""))
    response = client.post(f"{event.url}inscription/", {"semester": "2"})
    assert not Registration.objects.exists()
    assert set(response.context["form"].errors) == {"first_name", "last_name"}


def test_name_given_at_registration_reaches_the_list_and_the_profile(client, event):
    user = UserFactory(first_name="", last_name="")
    client.force_login(user)
    client.post(f"{event.url}inscription/", {"first_name": "Léa", "last_name": "Martin"})
    registration = Registration.objects.get(user=user)
    user.refresh_from_db()
    assert (registration.first_name, registration.last_name) == ("Léa", "Martin")
    assert (user.first_name, user.last_name) == ("Léa", "Martin")


def test_confirmation_page_offers_to_add_the_evening_to_a_calendar(
    client, event, mailoutbox, django_capture_on_commit_callbacks
):
    data = {"first_name": "Inès", "last_name": "Garnier", "email": "ines@example.org"}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{event.url}inscription/", data)
    url = re.search(r"http://testserver(/fr/inscriptions/confirmer/\S+/)", mailoutbox[0].body)[1]
    content = client.post(url).content.decode()
    assert f'href="{event.url}calendrier/" download' in content
    assert "https://calendar.google.com/calendar/render?" in content
    assert "https://outlook.live.com/calendar/" in content


def test_each_field_of_the_form_says_why_it_is_asked(client, event):
    content = client.get(f"{event.url}inscription/").content.decode()
    for name in ("first_name", "last_name", "email", "specialty", "dietary_needs", "free_answer"):
        assert f'id="id_{name}_why"' in content


def test_form_asks_only_the_questions_the_editors_chose(client, event):
    event.ask_dietary_needs = False
    event.free_question = ""
    event.save()
    content = client.get(f"{event.url}inscription/").content.decode()
    assert 'name="dietary_needs"' not in content
    assert 'name="free_answer"' not in content
    assert "Quelle table ronde" not in content


def test_guest_registers_then_confirms_from_the_email(
    client, event, mailoutbox, django_capture_on_commit_callbacks
):
    data = {"first_name": "Inès", "last_name": "Garnier", "email": "ines@example.org"}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{event.url}inscription/", data)
    assert Registration.objects.get().status == Status.PENDING
    url = re.search(r"http://testserver(/fr/inscriptions/confirmer/\S+/)", mailoutbox[0].body)[1]
    assert client.get(url).status_code == 200
    assert Registration.objects.get().status == Status.PENDING
    response = client.post(url)
    assert "Votre place est confirmée" in response.content.decode()
    assert Registration.objects.get().status == Status.CONFIRMED


def test_guest_registrations_from_one_connection_are_limited(client, event, settings):
    event.capacity = 100
    event.save_revision().publish()
    for number in range(10):
        data = {"first_name": "Inès", "last_name": "Garnier", "email": f"ines{number}@example.org"}
        client.post(f"{event.url}inscription/", data)

    data = {"first_name": "Robot", "last_name": "Robot", "email": "robot@example.org"}
    response = client.post(f"{event.url}inscription/", data)

    assert response.status_code == 429
    assert "Trop d’inscriptions" in response.content.decode()
    assert Registration.objects.count() == 10


def test_invalid_email_gets_a_message_and_registers_nobody(client, event):
    data = {"first_name": "Inès", "last_name": "Garnier", "email": "pas-une-adresse"}
    response = client.post(f"{event.url}inscription/", data)
    assert "Saisissez une adresse e-mail valide" in response.content.decode()
    assert not Registration.objects.exists()


def test_registering_twice_gets_a_friendly_message(client, event):
    RegistrationFactory(event=event, email="ines@example.org")
    data = {"first_name": "Inès", "last_name": "Garnier", "email": "ines@example.org"}
    response = client.post(f"{event.url}inscription/", data)
    assert "Vous êtes déjà inscrit" in response.content.decode()
    assert Registration.objects.count() == 1


def test_form_of_a_closed_event_sends_back_to_the_event(client, event):
    event.registration_closes_at = timezone.now() - datetime.timedelta(hours=1)
    event.save()
    response = client.get(f"{event.url}inscription/")
    assert response.status_code == 302
    assert "Les inscriptions sont closes" in client.get(event.url).content.decode()


def test_cancel_link_asks_then_cancels_without_signing_in(client, event):
    registration = RegistrationFactory(event=event)
    url = links.link_path(registration, links.CANCEL)
    assert client.get(url).status_code == 200
    assert Registration.objects.get().status == Status.CONFIRMED
    client.post(url)
    assert Registration.objects.get().status == Status.CANCELLED


def test_tampered_cancel_link_gets_a_clear_page_and_changes_nothing(client, event):
    registration = RegistrationFactory(event=event)
    url = links.link_path(registration, links.CANCEL)
    response = client.post(url.replace("/annuler/", "/annuler/x"))
    assert response.status_code == 400
    assert "Ce lien ne fonctionne pas" in response.content.decode()
    assert Registration.objects.get().status == Status.CONFIRMED


def test_confirm_link_cannot_be_used_to_cancel(client, event):
    registration = services.register(
        event, services.Registrant("ines@example.org", "Inès", "Garnier")
    )
    token = links.make_token(registration, links.CONFIRM)
    assert client.post(f"/fr/inscriptions/annuler/{token}/").status_code == 400


def test_expired_confirm_link_says_it_is_too_old(client, event):
    registration = services.register(
        event, services.Registrant("ines@example.org", "Inès", "Garnier")
    )
    url = links.link_path(registration, links.CONFIRM)
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=25)):
        response = client.post(url)
    assert response.status_code == 400
    assert "trop ancien" in response.content.decode()
    assert Registration.objects.get().status == Status.PENDING


def test_event_page_tells_a_registered_person_their_status_and_how_to_cancel(client, event):
    user = UserFactory()
    RegistrationFactory(event=event, user=user, email=user.email)
    client.force_login(user)
    content = client.get(event.url).content.decode()
    assert "votre place est confirmée" in content
    assert "/fr/inscriptions/annuler/" in content


def test_home_page_shows_the_seats_left_of_the_next_event(client, portal, event):
    RegistrationFactory(event=event)
    assert "2 places restantes" in client.get("/fr/").content.decode()


def test_french_event_page_links_to_its_form_and_calendar_at_french_addresses(client, event):
    content = client.get(event.url).content.decode()
    assert f'"{event.url}inscription/"' in content
    assert f'"{event.url}calendrier/"' in content


def test_former_english_address_of_a_french_event_form_redirects_to_the_french_one(client, event):
    response = client.get(f"{event.url}register/?guest=1")
    assert response.status_code == 301
    assert response.url == f"{event.url}inscription/?guest=1"
