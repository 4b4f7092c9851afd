"""Fixtures for the events tests: an evening under the portal's events section."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from events.models import EventPage
from tests.conftest import translate_page
from tests.events.factories import EventPageFactory

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def event(portal):
    """A French evening a month ahead, 18:30–21:30 Paris time, three seats, registration open."""
    day = timezone.localdate() + datetime.timedelta(days=30)
    start = datetime.datetime.combine(day, datetime.time(18, 30), tzinfo=PARIS)
    return EventPageFactory(
        parent=portal["events"],
        start=start,
        end=start + datetime.timedelta(hours=3),
        title="Soirée d’accueil des internes",
        slug="soiree-accueil",
        capacity=3,
        ask_specialty=True,
        free_question="Quelle table ronde vous intéresse ?",
    )


@pytest.fixture
def event_en(event, locales):
    """The English translation of `event`, published."""
    translation = translate_page(event, locales["en"], "Intern welcome evening", "welcome-evening")
    return EventPage.objects.get(pk=translation.pk)


@pytest.fixture
def event_manager(db):
    from django.contrib.auth.models import Group

    from tests.factories import UserFactory

    user = UserFactory()
    user.groups.add(Group.objects.get(name="Event managers"))
    return user
