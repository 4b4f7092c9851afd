"""The project's own admin screens at 1280 and 390 px: labelled buttons, figures apart, fields
side by side without overlapping, no sideways scrolling, thumb-sized buttons at the door.

Screenshots go to /tmp/admin-screens for review.
"""

import datetime
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from events.models import Registration
from tests.browser.chromium import VIEWPORTS
from tests.events.factories import EventPageFactory, RegistrationFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.browser
SCREENS = Path(tempfile.gettempdir()) / "admin-screens"
PARIS = ZoneInfo("Europe/Paris")

# Geometry of the screen's main content: what went wrong before admin.css.
LAYOUT = """() => {
  const main = document.querySelector('main') || document.body;
  const box = (element) => element.getBoundingClientRect();
  const overlap = (a, b) => !(a.right <= b.left || b.right <= a.left
      || a.bottom <= b.top || b.bottom <= a.top);
  const icons = [...main.querySelectorAll('.nice-padding svg')].map(box)
      .filter((r) => r.width > 32 || r.height > 32).length;
  const unlabelled = [...main.querySelectorAll('.nice-padding .button')]
      .filter((b) => b.offsetParent && b.innerText.trim() === '').length;
  const labels = [...main.querySelectorAll('dt')].map(box);
  const touching = labels.filter((a, i) => labels.some((b, j) => i < j && overlap(
      {left: a.left - 4, right: a.right + 4, top: a.top, bottom: a.bottom}, b))).length;
  const fields = [...main.querySelectorAll('form[role=search] :is(input, select)')].map(box);
  const fieldsOverlap = fields.some((a, i) => fields.some((b, j) => i < j && overlap(a, b)));
  const smallTaps = [...main.querySelectorAll('.portail-tap')].map(box)
      .filter((r) => r.width < 44 || r.height < 44).length;
  return {
    icons, unlabelled, touching, fieldsOverlap, smallTaps,
    sideways: document.documentElement.scrollWidth > window.innerWidth,
  };
}"""


@pytest.fixture
def evening(portal):
    start = datetime.datetime.combine(
        timezone.localdate() + datetime.timedelta(days=20), datetime.time(18, 30), tzinfo=PARIS
    )
    event = EventPageFactory(
        parent=portal["events"],
        title="Soirée d’accueil des internes",
        start=start,
        end=start + datetime.timedelta(hours=3),
        capacity=1,
    )
    RegistrationFactory(event=event, first_name="Inès", last_name="Martin")
    RegistrationFactory(
        event=event, first_name="Louis", last_name="Bernard", status=Registration.Status.WAITING
    )
    return event


def sign_in(page, client, live_server, user):
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def test_project_admin_screens_hold_together_on_a_screen_and_a_phone(
    page, client, live_server, evening
):
    sign_in(page, client, live_server, UserFactory(is_superuser=True))
    waiting = Registration.objects.get(status=Registration.Status.WAITING)
    screens = {
        "registrations": reverse("event_registrations:index", args=[evening.pk]),
        "check-in": reverse("event_registrations:check_in", args=[evening.pk]),
        "add": reverse("event_registrations:add", args=[evening.pk]),
        "message": reverse("event_registrations:message", args=[evening.pk]),
        "move": reverse("event_registrations:move", args=[waiting.pk]),
        "messages": reverse("event_registrations:messages", args=[evening.pk]),
        "housing-import": reverse("wagtailsnippets_housing_housinglisting:import"),
        "supervisors-import": reverse("wagtailsnippets_supervisors_supervisor:import"),
        "zonage-import": reverse("wagtailsnippets_territory_commune:import"),
        "commune-codes": reverse("territory_commune_codes"),
    }
    SCREENS.mkdir(exist_ok=True)
    problems = {}
    for name, url in screens.items():
        for viewport_name in ("desktop", "phone"):
            page.set_viewport_size(VIEWPORTS[viewport_name])
            page.goto(url)
            page.screenshot(path=SCREENS / f"{name}-{viewport_name}.png", full_page=True)
            layout = page.evaluate(LAYOUT)
            if any(layout.values()):
                problems[f"{name} ({viewport_name})"] = layout
    assert problems == {}


TAP_TARGETS = """() => [...document.querySelectorAll(
    '.portail-door :is(button, input:not([type=hidden]):not([type=checkbox]), select)')]
  .filter((element) => element.offsetParent)
  .map((element) => [element.name || element.innerText.trim(), element.getBoundingClientRect()])
  .filter(([, box]) => box.width < 44 || box.height < 44)
  .map(([name]) => name)"""


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_door_screen_lets_a_walk_in_in_with_thumb_sized_targets(page, client, live_server, evening):
    sign_in(page, client, live_server, UserFactory(is_superuser=True))
    page.goto(reverse("event_registrations:check_in", args=[evening.pk]))
    assert page.evaluate(TAP_TARGETS) == []

    page.get_by_label("Prénom").fill("Nour")
    page.locator("#id_last_name").fill("Haddad")
    page.get_by_role("button", name="Faire entrer et pointer").click()
    # The evening has one seat, taken: letting one more in is a choice.
    page.get_by_label("Faire entrer au-delà de la capacité").check()
    page.get_by_role("button", name="Faire entrer et pointer").click()

    expect(page.get_by_text("Nour Haddad est arrivé·e")).to_be_visible()
    assert Registration.objects.get(last_name="Haddad").checked_in_at is not None
    assert page.evaluate(TAP_TARGETS) == []
    page.screenshot(path=SCREENS / "door-walk-in-phone.png", full_page=True)
