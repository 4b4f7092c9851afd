"""Welcome evenings in Chromium: register signed in and as a guest, cancel, check in; axe."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from playwright.sync_api import expect

from events import links
from events.admin_views import ADD, CHANGE, VIEW
from events.models import Registration
from tests.browser.axe import axe_violations
from tests.events.factories import EventPageFactory, RegistrationFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.browser
PARIS = ZoneInfo("Europe/Paris")
CODENAMES = [name.split(".")[1] for name in (VIEW, ADD, CHANGE)]


@pytest.fixture
def event(portal):
    day = timezone.localdate() + datetime.timedelta(days=30)
    start = datetime.datetime.combine(day, datetime.time(18, 30), tzinfo=PARIS)
    return EventPageFactory(
        parent=portal["events"],
        title="Soirée d’accueil des internes",
        slug="soiree-accueil",
        start=start,
        end=start + datetime.timedelta(hours=3),
        capacity=2,
        free_question="Quelle table ronde vous intéresse ?",
    )


def event_manager():
    """An event manager, with the group as the migrations make it (live-server tests flush it)."""
    group, _ = Group.objects.get_or_create(name="Event managers")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="events", codename__in=CODENAMES),
    )
    user = UserFactory()
    user.groups.add(group)
    return user


def sign_in(page, client, live_server, user):
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def test_signed_in_intern_registers_in_one_step(page, client, live_server, event):
    user = UserFactory()
    sign_in(page, client, live_server, user)
    page.goto(event.url)
    page.get_by_role("link", name="S’inscrire").click()
    page.get_by_label("Semestre d’internat").select_option("1")
    page.get_by_role("button", name="S’inscrire").click()
    expect(page.get_by_role("status")).to_contain_text("Votre place est confirmée")
    expect(page.get_by_text("1 place restante")).to_be_visible()
    assert Registration.objects.get(user=user).status == Registration.Status.CONFIRMED


def test_guest_registers_and_confirms_from_the_email(page, event, mailoutbox):
    page.goto(f"{event.url}inscription/")
    page.get_by_label("Prénom").fill("Inès")
    page.get_by_label("Nom", exact=True).fill("Garnier")
    page.get_by_label("Adresse e-mail").fill("ines@example.org")
    page.get_by_role("button", name="S’inscrire").click()
    expect(page.get_by_role("status")).to_contain_text("Presque fini")
    link = re.search(r"https?://[^/\s]+(/fr/inscriptions/confirmer/\S+/)", mailoutbox[0].body)[1]
    page.goto(link)
    page.get_by_role("button", name="Confirmer mon inscription").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Votre place est confirmée")
    assert Registration.objects.get().status == Registration.Status.CONFIRMED


@pytest.mark.parametrize("viewport", ["phone", "desktop"], indirect=True)
def test_confirmation_page_offers_the_calendar_and_passes_axe(page, event, mailoutbox):
    registration = RegistrationFactory(event=event, status=Registration.Status.PENDING)
    page.goto(links.link_path(registration, links.CONFIRM))
    page.get_by_role("button", name="Confirmer mon inscription").click()
    expect(page.get_by_role("heading", name="Ajouter à mon agenda")).to_be_visible()
    expect(page.get_by_role("link", name="Google Agenda")).to_be_visible()
    assert axe_violations(page) == []


def test_registrant_cancels_from_the_link_in_the_email(page, event):
    registration = RegistrationFactory(event=event)
    page.goto(links.link_path(registration, links.CANCEL))
    page.get_by_role("button", name="Oui, annuler mon inscription").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inscription annulée")
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CANCELLED


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_staff_check_in_someone_on_a_phone(page, client, live_server, event):
    manager = event_manager()
    registration = RegistrationFactory(event=event, first_name="Anaïs", last_name="Lefebvre")
    RegistrationFactory(event=event, last_name="Moreau")
    sign_in(page, client, live_server, manager)
    page.goto(f"/admin/event-registrations/{event.pk}/check-in/")
    page.get_by_role("searchbox", name="Nom").fill("Lefeb")
    page.get_by_role("button", name="Rechercher").click()
    expect(page.get_by_text("Moreau")).to_have_count(0)
    page.get_by_role("button", name="Présent·e – Anaïs Lefebvre").click()
    expect(page.get_by_role("button", name="Annuler le pointage – Anaïs Lefebvre")).to_be_visible()
    registration.refresh_from_db()
    assert registration.checked_in_at is not None


@pytest.mark.parametrize("viewport", ["phone", "desktop"], indirect=True)
def test_event_pages_have_no_accessibility_violations(page, portal, event):
    for path in (portal["events"].url, event.url, f"{event.url}inscription/"):
        page.goto(path)
        assert axe_violations(page) == [], path


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_check_in_screen_has_no_accessibility_violations(page, client, live_server, event):
    manager = event_manager()
    RegistrationFactory(event=event, last_name="Lefebvre")
    sign_in(page, client, live_server, manager)
    page.goto(f"/admin/event-registrations/{event.pk}/check-in/")
    assert axe_violations(page) == []
