"""The one daily `purge` applies every retention period of the register, with a frozen clock."""

import datetime
import io
import logging

import pytest
import time_machine
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from accounts.models import User
from core.models import PendingImport
from core.personal_data import registered_processings
from events.models import Registration
from housing.models import HousingListing
from relay.models import RelayedMessage
from supervisors.models import Lead, LeadState, Supervisor
from tests.events.factories import RegistrationFactory
from tests.factories import EmailAddressFactory, UserFactory
from tests.housing.factories import HousingListingFactory
from tests.supervisors.factories import LeadFactory, SupervisorFactory

pytestmark = pytest.mark.django_db

# The purge runs at 03:00 on this day; the records are made earlier.
NOW = datetime.datetime(2026, 6, 1, 3, 0, tzinfo=datetime.UTC)


def days_before(days: int) -> datetime.datetime:
    return NOW - datetime.timedelta(days=days)


def purge() -> str:
    out = io.StringIO()
    with time_machine.travel(NOW, tick=False):
        call_command("purge", stdout=out)
    return out.getvalue()


def made_at(moment: datetime.datetime):
    """Create records as if it were `moment` (auto_now_add fields take the frozen time)."""
    return time_machine.travel(moment, tick=False)


def test_purge_deletes_accounts_left_unverified_past_seven_days():
    with made_at(days_before(8)):
        stale = EmailAddressFactory(verified=False).user
    with made_at(days_before(6)):
        recent = EmailAddressFactory(verified=False).user
    purge()
    assert list(User.objects.all()) == [recent]
    assert not User.objects.filter(pk=stale.pk).exists()


def test_purge_anonymises_registrations_of_evenings_past_the_retention_period(portal):
    with made_at(days_before(400)):
        old = RegistrationFactory(event__parent=portal["events"], event__start=days_before(380))
    with made_at(days_before(10)):
        recent = RegistrationFactory(event__parent=portal["events"], event__start=days_before(5))
    purge()
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.email, old.last_name) == ("", "")
    assert recent.email != ""


def test_purge_expires_guest_registrations_never_confirmed(portal):
    with made_at(days_before(2)):
        pending = RegistrationFactory(
            event__parent=portal["events"],
            event__start=NOW + datetime.timedelta(days=20),
            status=Registration.Status.PENDING,
            confirmed_at=None,
        )
    purge()
    pending.refresh_from_db()
    assert pending.status == Registration.Status.EXPIRED


def test_purge_deletes_relayed_messages_older_than_a_year(portal):
    sender = UserFactory()
    listing = HousingListingFactory()
    target = {
        "sender": sender,
        "content_type": ContentType.objects.get_for_model(listing),
        "object_id": listing.pk,
        "target_label": listing.title,
        "body": "Bonjour",
    }
    old = RelayedMessage.objects.create(sent_at=days_before(366), **target)
    recent = RelayedMessage.objects.create(sent_at=days_before(300), **target)
    purge()
    assert list(RelayedMessage.objects.values_list("pk", flat=True)) == [recent.pk]
    assert old.pk != recent.pk


def test_purge_erases_leads_declined_over_a_year_ago():
    declined_long_ago = LeadFactory(state=LeadState.DECLINED)
    declined_recently = LeadFactory(state=LeadState.DECLINED)
    Lead.objects.filter(pk=declined_long_ago.pk).update(state_changed_at=days_before(366))
    Lead.objects.filter(pk=declined_recently.pk).update(state_changed_at=days_before(30))
    purge()
    assert list(Lead.objects.all()) == [declined_recently]


def test_purge_erases_supervisors_thirty_days_after_consent_was_withdrawn():
    withdrawn_long_ago = SupervisorFactory(live=False, consent_withdrawn_on=days_before(31).date())
    withdrawn_recently = SupervisorFactory(live=False, consent_withdrawn_on=days_before(29).date())
    consenting = SupervisorFactory()
    purge()
    assert set(Supervisor.objects.all()) == {withdrawn_recently, consenting}
    assert not Supervisor.objects.filter(pk=withdrawn_long_ago.pk).exists()


def test_purge_deletes_unpublished_listings_a_year_after_their_last_day():
    ended_long_ago = HousingListingFactory(
        publish=False, periods=[(days_before(600).date(), days_before(400).date())]
    )
    ended_recently = HousingListingFactory(
        publish=False, periods=[(days_before(300).date(), days_before(200).date())]
    )
    purge()
    assert list(HousingListing.objects.all()) == [ended_recently]
    assert not HousingListing.objects.filter(pk=ended_long_ago.pk).exists()


def test_purge_keeps_a_published_listing_whatever_its_dates():
    published = HousingListingFactory(periods=[(days_before(600).date(), days_before(400).date())])
    purge()
    assert list(HousingListing.objects.all()) == [published]


def test_purge_deletes_spreadsheets_abandoned_over_a_day_ago():
    staff = UserFactory(is_staff=True)
    with made_at(days_before(2)):
        PendingImport.objects.create(user=staff, importer="x", filename="old.csv", content=b"a")
    with made_at(NOW - datetime.timedelta(hours=2)):
        recent = PendingImport.objects.create(
            user=staff, importer="x", filename="new.csv", content=b"a"
        )
    purge()
    assert list(PendingImport.objects.all()) == [recent]


def task_result(status: str, finished_at: datetime.datetime | None) -> DBTaskResult:
    return DBTaskResult.objects.create(
        status=status,
        finished_at=finished_at,
        args_kwargs={"args": [1], "kwargs": {}},
        task_path="events.tasks.send_registration_email",
        backend_name="default",
        run_after=days_before(60),
    )


def test_purge_deletes_finished_task_results_after_thirty_days_and_never_waiting_ones():
    task_result("SUCCESSFUL", days_before(31))
    task_result("FAILED", days_before(31))
    recent = task_result("SUCCESSFUL", days_before(29))
    waiting = task_result("READY", None)
    purge()
    assert set(DBTaskResult.objects.all()) == {recent, waiting}


def test_purge_reports_one_count_per_purge_service_of_the_register():
    output = purge()
    expected = [
        f"{processing.key}: {service.__name__} removed 0"
        for processing in registered_processings()
        for service in processing.purges
    ]
    assert output.splitlines() == expected


def test_purge_logs_counts_but_never_the_erased_data(caplog):
    with made_at(days_before(8)):
        EmailAddressFactory(verified=False, email="oublie@example.org")
    with caplog.at_level(logging.INFO, logger="portal.purge"):
        output = purge()
    assert "accounts: purge_unverified_accounts removed 1" in caplog.messages
    assert "oublie" not in output + caplog.text
