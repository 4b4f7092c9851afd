"""Sophie, editor at the Département, in the admin: she creates an aid, has it translated and
closes it (the English page follows); she creates an evening, adds registrants, exports the
list, writes to them and checks them in at the door on her phone.

Screenshots go to /tmp/sophie-screens for review.
"""

import datetime
import tempfile
import time
from pathlib import Path

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from events.models import EventPage, RegistrantMessage, Registration
from guide.models import AidPage
from tests.browser.axe import axe_violations
from tests.browser.chromium import VIEWPORTS
from tests.factories import UserFactory
from tests.guide.factories import AidKindFactory, FunderFactory

pytestmark = pytest.mark.browser
SCREENS = Path(tempfile.gettempdir()) / "sophie-screens"


def sign_in(page, client, live_server, user):
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def shot(page, name):
    SCREENS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENS / f"{name}.png", full_page=True)


def type_rich_text(page, field, text):
    editor = page.locator(f"[data-contentpath={field}] [contenteditable=true]")
    editor.click()
    editor.press_sequentially(text)
    expect(editor).to_contain_text(text)
    # Draftail writes the field's hidden input once typing pauses.
    page.wait_for_timeout(500)


def set_slug(page, slug):
    """The slug, which Wagtail's script would copy from the title once typing pauses."""
    page.locator("#id_slug").evaluate("(input, slug) => { input.value = slug; }", slug)


def publish(page):
    page.wait_for_load_state("networkidle")
    page.locator("footer .w-dropdown__toggle").first.click()
    page.locator('button[name="action-publish"]').click()
    page.wait_for_load_state("networkidle")


def test_sophie_creates_translates_and_closes_an_aid(page, client, live_server, portal):
    AidKindFactory(name_fr="Bourse")
    FunderFactory(name_fr="Département")
    sophie = UserFactory(first_name="Sophie", last_name="Martin", is_superuser=True)
    sign_in(page, client, live_server, sophie)
    # Wagtail's editing-session pings and releases write while the editor saves; the test's
    # in-memory SQLite then reports "table is locked" (PostgreSQL, in production, does not).
    page.route(
        "**/admin/editing-sessions/**",
        lambda route: route.fulfill(status=200, content_type="application/json", body="{}"),
    )

    # An aid, created and published in French.
    page.goto(reverse("wagtailadmin_pages:add", args=["guide", "aidpage", portal["guide"].pk]))
    page.fill("#id_title", "Bourse des internes")
    set_slug(page, "bourse-des-internes")
    page.fill("#id_summary", "Une bourse pour les internes qui s’installent.")
    page.locator("#id_kind-chooser [data-chooser-action-choose]").click()
    page.locator(".modal-content").get_by_role("link", name="Bourse", exact=True).click()
    expect(page.locator("#id_kind-title")).to_have_text("Bourse")
    page.locator("input[name=funders]").first.check()
    type_rich_text(page, "conditions", "Être interne en médecine générale.")
    type_rich_text(page, "how_to_apply", "Écrire au Département.")
    publish(page)
    expect(page.get_by_text("créée et publiée")).to_be_visible()
    aid = AidPage.objects.get(title="Bourse des internes")

    # Translated into English: a draft until a translator has done their work.
    page.goto(reverse("wagtail_localize:submit_page_translation", args=[aid.pk]))
    page.get_by_label("English").check()
    page.get_by_role("button", name="Soumettre").click()
    english = AidPage.objects.get(translation_key=aid.translation_key, locale__language_code="en")
    assert not english.live

    # Closed in French: the English page follows at once.
    page.goto(reverse("wagtailadmin_pages:edit", args=[aid.pk]))
    page.get_by_role("tab", name="Validité et vérifications").click()
    page.select_option("#id_validity", "closed")
    page.fill("#id_ended_on", timezone.localdate().isoformat())
    publish(page)
    expect(page.get_by_text("a été publiée")).to_be_visible()
    # The English draft carries the closure: it is what the translator publishes.
    english = AidPage.objects.get(pk=english.pk)
    assert english.get_latest_revision_as_object().validity == "closed"


def test_sophie_runs_an_evening_from_the_admin(page, client, live_server, portal):
    sophie = UserFactory(first_name="Sophie", last_name="Martin", is_superuser=True)
    sign_in(page, client, live_server, sophie)
    page.route(
        "**/admin/editing-sessions/**",
        lambda route: route.fulfill(status=200, content_type="application/json", body="{}"),
    )

    # An evening, created and published.
    day = timezone.localdate() + datetime.timedelta(days=30)
    page.goto(reverse("wagtailadmin_pages:add", args=["events", "eventpage", portal["events"].pk]))
    page.fill("#id_title", "Soirée d’accueil de printemps")
    set_slug(page, "soiree-accueil-printemps")
    page.fill("#id_intro", "Rencontrer les maîtres de stage du département.")
    page.fill("#id_start", f"{day.isoformat()} 18:30")
    page.fill("#id_end", f"{day.isoformat()} 21:30")
    page.fill("#id_venue_name", "Hôtel du Département")
    page.fill("#id_venue_address", "12 rue des Saints-Pères, 77000 Melun")
    page.get_by_role("tab", name="Inscription").click()
    page.fill("#id_capacity", "2")
    publish(page)
    expect(page.get_by_text("créée et publiée")).to_be_visible()
    evening = EventPage.objects.get(title="Soirée d’accueil de printemps")

    # Registrants, added by hand: two seats, the third waits.
    registrations = reverse("event_registrations:index", args=[evening.pk])
    for first, last, email in (
        ("Inès", "Martin", "ines"),
        ("Louis", "Bernard", "louis"),
        ("Nour", "Haddad", "nour"),
    ):
        page.goto(registrations)
        page.get_by_role("link", name="Ajouter une personne").click()
        page.locator("#id_first_name").fill(first)
        page.locator("#id_last_name").fill(last)
        page.locator("#id_email").fill(f"{email}@example.org")
        page.get_by_role("button", name="Ajouter").click()
        expect(page.get_by_text(f"{first} {last} est inscrit")).to_be_visible()
    assert Registration.objects.filter(event=evening, status="waiting").count() == 1
    assert axe_violations(page) == []
    shot(page, "registrations")

    # The export opens in French Excel.
    export = page.request.get(reverse("event_registrations:export", args=[evening.pk, "csv"]))
    assert export.body().startswith("\ufeff".encode())
    assert "Haddad" in export.body().decode("utf-8-sig")

    # A message to the waiting list: previewed, then sent and recorded.
    mail.outbox.clear()
    page.get_by_role("link", name="Écrire aux personnes inscrites").click()
    page.get_by_label("la liste d’attente", exact=True).check()
    page.locator("#id_subject").fill("Une place se libérera peut-être")
    page.locator("#id_message").fill("Bonjour,\n\nVenez quand même : il y a souvent des absents.")
    page.get_by_role("button", name="Aperçu").click()
    expect(page.get_by_text("Bonjour Nour,")).to_be_visible()
    shot(page, "message-preview")
    page.get_by_role("button", name="Envoyer à 1 personne").click()
    expect(page.get_by_text("Une place se libérera peut-être")).to_be_visible()
    for _ in range(50):  # The e-mail goes once the transaction has committed.
        if mail.outbox:
            break
        time.sleep(0.1)
    (email,) = mail.outbox
    assert email.to == ["nour@example.org"]
    assert email.body.count("Bonjour") == 1
    assert RegistrantMessage.objects.get().recipients.get().last_name == "Haddad"

    # At the door, on a phone: Nour from the waiting list, then someone who never registered.
    page.set_viewport_size(VIEWPORTS["phone"])
    page.goto(reverse("event_registrations:check_in", args=[evening.pk]))
    page.get_by_role("button", name="Présent·e – Nour Haddad").click()
    expect(page.get_by_role("button", name="Annuler le pointage – Nour Haddad")).to_be_visible()
    page.locator("#id_first_name").fill("Jean")
    page.locator("#id_last_name").fill("Petit")
    page.get_by_role("button", name="Faire entrer et pointer").click()
    page.get_by_label("Faire entrer au-delà de la capacité").check()
    page.get_by_role("button", name="Faire entrer et pointer").click()
    expect(page.get_by_text("Jean Petit est arrivé·e")).to_be_visible()
    assert axe_violations(page) == []
    shot(page, "check-in-phone")
    assert Registration.objects.filter(event=evening, checked_in_at__isnull=False).count() == 2

    # The history says who did what.
    page.set_viewport_size(VIEWPORTS["desktop"])
    page.goto(registrations)
    page.get_by_text("Historique – Nour Haddad").click()
    expect(page.get_by_text("pointage à l’entrée (par Sophie Martin)")).to_be_visible()
