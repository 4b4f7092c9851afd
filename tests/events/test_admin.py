"""Staff screens in the admin: counts, search, exports, hand changes, check-in; and who may."""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse

from events.models import Registration
from tests.events.factories import RegistrationFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
Status = Registration.Status


@pytest.fixture
def staff(client, event_manager):
    client.force_login(event_manager)
    return client


def url(name, *args):
    return reverse(f"event_registrations:{name}", args=args)


def test_registrations_screen_shows_the_counts(staff, event):
    RegistrationFactory(event=event, checked_in_at="2026-01-01T19:00Z")
    RegistrationFactory(event=event, status=Status.WAITING)
    RegistrationFactory(event=event, status=Status.CANCELLED)
    content = staff.get(url("index", event.pk)).content.decode()
    for label, value in (
        ("Confirmées", 1),
        ("Liste d’attente", 1),
        ("Annulées", 1),
        ("Présents", 1),
    ):
        assert f"<dt>{label}</dt><dd>{value}</dd>" in content


def test_registrations_screen_searches_by_name(staff, event):
    RegistrationFactory(event=event, last_name="Lefebvre")
    RegistrationFactory(event=event, last_name="Moreau")
    content = staff.get(url("index", event.pk), {"q": "lefeb"}).content.decode()
    assert "Lefebvre" in content
    assert "Moreau" not in content


def test_translation_shows_the_registrations_of_the_original(staff, event, event_en):
    RegistrationFactory(event=event, last_name="Lefebvre")
    assert "Lefebvre" in staff.get(url("index", event_en.pk)).content.decode()


def test_csv_export_lists_every_registrant_with_their_answers(staff, event):
    RegistrationFactory(event=event, last_name="Lefebvre", dietary_needs="végétarien")
    response = staff.get(url("export", event.pk, "csv"))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Nom", "Prénom", "E-mail"]
    assert rows[1][0] == "Lefebvre"
    assert "végétarien" in rows[1]


def test_xlsx_export_opens_in_a_spreadsheet(staff, event):
    RegistrationFactory(event=event, last_name="Lefebvre")
    response = staff.get(url("export", event.pk, "xlsx"))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert sheet["A2"].value == "Lefebvre"


def test_staff_add_someone_by_hand(staff, event):
    data = {
        "first_name": "Paul",
        "last_name": "Roux",
        "email": "paul@example.org",
        "language": "en",
    }
    staff.post(url("add", event.pk), data)
    registration = Registration.objects.get()
    assert (registration.status, registration.language) == (Status.CONFIRMED, "en")


def test_staff_move_someone_from_the_waiting_list(staff, event):
    waiting = RegistrationFactory(event=event, status=Status.WAITING)
    staff.post(url("move", waiting.pk))
    waiting.refresh_from_db()
    assert waiting.status == Status.CONFIRMED


def test_moving_from_a_full_evening_asks_to_choose_overbooking(staff, event):
    RegistrationFactory.create_batch(event.capacity, event=event)
    waiting = RegistrationFactory(event=event, status=Status.WAITING, first_name="Inès")

    page = staff.get(url("move", waiting.pk)).content.decode()
    staff.post(url("move", waiting.pk))

    assert "Confirmer au-delà de la capacité" in page
    waiting.refresh_from_db()
    assert waiting.status == Status.WAITING


def test_cancel_button_asks_first_and_says_the_person_is_emailed(staff, event, mailoutbox):
    registration = RegistrationFactory(event=event, first_name="Léa", last_name="Bernard")

    page = staff.get(url("cancel", registration.pk)).content.decode()

    assert "Léa Bernard recevra un e-mail" in page
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED
    assert mailoutbox == []


def test_staff_message_goes_out_from_the_admin(
    staff, event, mailoutbox, django_capture_on_commit_callbacks
):
    RegistrationFactory(event=event)
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(
            url("message", event.pk),
            {"audience": "confirmed", "subject": "Parking", "message": "Rue A.", "send": "1"},
        )
    assert [m.subject for m in mailoutbox] == ["Parking"]


def test_check_in_screen_finds_by_name_and_marks_present_in_one_tap(staff, event):
    registration = RegistrationFactory(event=event, last_name="Lefebvre")
    RegistrationFactory(event=event, last_name="Moreau")
    page = staff.get(url("check_in", event.pk), {"q": "Lefeb"}).content.decode()
    assert "Lefebvre" in page
    assert "Moreau" not in page
    assert f'name="next" value="{url("check_in", event.pk)}"' in page
    response = staff.post(
        url("check_in_person", registration.uuid), {"next": url("check_in", event.pk)}
    )
    # Back to the whole list, the search cleared for the next person.
    assert response["Location"] == url("check_in", event.pk)
    registration.refresh_from_db()
    assert registration.checked_in_at is not None


def test_check_in_screen_lists_the_waiting_list_too(staff, event):
    RegistrationFactory(event=event, last_name="Attente", status=Status.WAITING)

    page = staff.get(url("check_in", event.pk)).content.decode()

    assert "Attente" in page
    assert "Liste d’attente" in page


def test_qr_code_link_opens_the_persons_check_in(staff, event):
    registration = RegistrationFactory(event=event, first_name="Anaïs", last_name="Petit")
    content = staff.get(url("check_in_person", registration.uuid)).content.decode()
    assert "Anaïs Petit" in content
    assert "Marquer présent·e" in content


def test_check_in_refuses_a_visitor_without_rights(client, event):
    registration = RegistrationFactory(event=event)
    client.force_login(UserFactory(is_staff=True))
    response = client.post(url("check_in_person", registration.uuid))
    assert response.status_code in (302, 403)
    registration.refresh_from_db()
    assert registration.checked_in_at is None


def test_event_manager_can_edit_events_but_not_other_pages(portal, event, event_manager):
    from demo.users import grant_event_pages

    grant_event_pages([portal["events"]])
    assert event.permissions_for_user(event_manager).can_edit()
    assert not portal["guide"].permissions_for_user(event_manager).can_edit()
    assert not portal["home"].permissions_for_user(event_manager).can_edit()


def test_event_manager_has_the_registration_rights(event_manager):
    assert event_manager.has_perm("events.view_registration")
    assert event_manager.has_perm("events.add_registration")
    assert event_manager.has_perm("events.change_registration")
    assert not event_manager.has_perm("events.delete_registration")


def test_event_edit_screen_links_to_registrations_and_check_in(client, portal, event):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    content = client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content.decode()
    assert url("index", event.pk) in content
    assert url("check_in", event.pk) in content
