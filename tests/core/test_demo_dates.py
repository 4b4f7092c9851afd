"""The demo is alive whatever the day it is loaded: its dates are placed from that day."""

import datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command
from django.test import override_settings

from core.semesters import next_semester, semester_containing
from demo.events import evening_days_around
from demo.housing import period_dates
from events.models import EventPage
from guide.models import AidPage
from housing.models import AvailabilityPeriod

EVERY_DAY_OF_TWO_YEARS = [
    datetime.date(2026, 1, 1) + datetime.timedelta(days=n) for n in range(2 * 366)
]


@pytest.mark.parametrize("today", EVERY_DAY_OF_TWO_YEARS[::7] + EVERY_DAY_OF_TWO_YEARS[1::7])
def test_evenings_are_one_behind_and_one_open_at_least_a_week_ahead(today):
    last, following = evening_days_around(today)

    assert last < today
    assert following >= today + datetime.timedelta(days=7)
    assert (following - last).days < 366
    assert following.weekday() == last.weekday() == 3  # Thursday


@pytest.mark.parametrize("today", EVERY_DAY_OF_TWO_YEARS[::5])
def test_listing_periods_cover_this_semester_and_the_next(today):
    current, following = semester_containing(today), next_semester(today)

    assert period_dates("current", today) == (current.start, current.end)
    assert period_dates("next", today) == (following.start, following.end)
    start, end = period_dates("across", today)
    assert current.start < start < current.end < following.start < end < following.end


# A year and a day after this code was written: the demo's fixed dates had all passed.
A_YEAR_LATER = datetime.datetime(2027, 12, 4, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))


@pytest.mark.django_db
def test_demo_loaded_a_year_later_has_an_evening_open_and_one_past(client, tmp_path):
    with (
        time_machine.travel(A_YEAR_LATER, tick=False),
        override_settings(MEDIA_ROOT=tmp_path),
    ):
        call_command("load_demo", stdout=StringIO())
        french = EventPage.objects.live().filter(locale__language_code="fr")
        upcoming = list(french.upcoming())
        past = list(french.past())
        home = client.get("/fr/").content.decode()
        register = client.get(upcoming[0].url + "inscription/")

        assert [page.start.date() for page in upcoming] == [datetime.date(2028, 6, 1)]
        assert [page.start.date() for page in past] == [datetime.date(2027, 12, 2)]
        assert upcoming[0].availability.is_open
        assert upcoming[0].title in home
        assert register.status_code == 200
        assert 'name="email"' in register.content.decode()


@pytest.mark.django_db
def test_demo_loaded_a_year_later_has_listings_for_the_next_semester_and_live_aid_windows(
    tmp_path,
):
    with (
        time_machine.travel(A_YEAR_LATER, tick=False),
        override_settings(MEDIA_ROOT=tmp_path),
    ):
        call_command("load_demo", stdout=StringIO())
        today = A_YEAR_LATER.date()
        following = next_semester(today)
        statuses = {
            page.status(today) for page in AidPage.objects.filter(locale__language_code="fr")
        }

        assert AvailabilityPeriod.objects.filter(start=following.start).exists()
        assert not AvailabilityPeriod.objects.filter(end__lt=today).exists()
        assert {"open", "closing_soon"} <= statuses
        assert statuses & {"closed", "superseded", "window_closed"}
