"""The daily job: ended listings unpublished, owners reminded 14 days ahead, once."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from housing.models import HousingListing
from housing.services.freshness import flagged_listings, run_freshness
from tests.housing.factories import HousingListingFactory

pytestmark = pytest.mark.django_db

D = datetime.date


def test_a_listing_whose_last_period_has_ended_is_unpublished():
    listing = HousingListingFactory(periods=[(D(2026, 5, 1), D(2026, 10, 31))])
    run_freshness(D(2026, 11, 1))
    listing.refresh_from_db()
    assert listing.live is False


def test_a_listing_with_a_future_period_stays_published():
    listing = HousingListingFactory(
        periods=[(D(2026, 5, 1), D(2026, 10, 31)), (D(2026, 11, 1), D(2027, 4, 30))]
    )
    run_freshness(D(2026, 11, 1))
    listing.refresh_from_db()
    assert listing.live is True


def test_unpublishing_is_recorded_in_the_audit_log():
    from wagtail.models import ModelLogEntry

    listing = HousingListingFactory(periods=[(D(2026, 5, 1), D(2026, 10, 31))])
    run_freshness(D(2026, 11, 1))
    assert ModelLogEntry.objects.filter(
        object_id=str(listing.pk), action="wagtail.unpublish"
    ).exists()


def test_owner_is_emailed_fourteen_days_before_the_last_period_ends(cdom_staff, committed):
    HousingListingFactory(
        title="Studio de Provins", owner=cdom_staff, periods=[(D(2026, 5, 1), D(2026, 10, 31))]
    )
    with committed():
        run_freshness(D(2026, 10, 18))
    assert mail.outbox[0].to == [cdom_staff.email]
    assert "Studio de Provins" in mail.outbox[0].body


def test_owner_is_not_emailed_earlier_than_fourteen_days_before(cdom_staff, committed):
    HousingListingFactory(owner=cdom_staff, periods=[(D(2026, 5, 1), D(2026, 10, 31))])
    with committed():
        run_freshness(D(2026, 10, 10))
    assert mail.outbox == []


def test_running_the_job_twice_sends_the_reminder_once(cdom_staff, committed):
    HousingListingFactory(owner=cdom_staff, periods=[(D(2026, 5, 1), D(2026, 10, 31))])
    with committed():
        run_freshness(D(2026, 10, 18))
    with committed():
        run_freshness(D(2026, 10, 18))
    with committed():
        run_freshness(D(2026, 10, 19))
    assert len(mail.outbox) == 1


def test_owner_is_reminded_before_a_listing_needs_confirming(cdom_staff, committed):
    with time_machine.travel(datetime.datetime(2026, 11, 20, 12, tzinfo=datetime.UTC), tick=False):
        confirmed = timezone.now() - datetime.timedelta(days=50)
        HousingListingFactory(
            owner=cdom_staff,
            last_confirmed_at=confirmed,
            periods=[(D(2026, 11, 1), D(2027, 10, 31))],
        )
        with committed():
            run_freshness(D(2026, 11, 20))
    assert "confirm" in mail.outbox[0].body.lower()


def test_a_listing_unconfirmed_for_sixty_days_is_flagged():
    old = HousingListingFactory(last_confirmed_at=timezone.now() - datetime.timedelta(days=61))
    HousingListingFactory(last_confirmed_at=timezone.now() - datetime.timedelta(days=10))
    assert list(flagged_listings()) == [old]
    assert old.needs_confirmation is True


def test_the_command_runs_the_daily_job():
    HousingListingFactory(periods=[(D(2020, 1, 1), D(2020, 6, 30))])
    call_command("housing_daily")
    assert HousingListing.objects.filter(live=True).count() == 0
