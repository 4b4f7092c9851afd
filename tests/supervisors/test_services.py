"""The directory's rules: consent and approval gate publication; leads become records."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from supervisors import services
from supervisors.models import Lead, LeadState, Supervisor
from tests.factories import ProfessionFactory
from tests.supervisors.factories import LeadFactory, SupervisorFactory
from tests.territory.factories import CommuneFactory, PlaceToPractiseFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 20)


def test_supervisor_with_consent_and_running_approval_is_listed():
    supervisor = SupervisorFactory()
    assert Supervisor.objects.listed().filter(pk=supervisor.pk).exists()
    assert supervisor.is_listed()


def test_supervisor_without_consent_is_never_listed_even_when_live():
    supervisor = SupervisorFactory(consent_date=None, consent_method="", live=True)
    assert not Supervisor.objects.listed().filter(pk=supervisor.pk).exists()
    assert "consent" in " ".join(services.publication_blockers(supervisor))


def test_withdrawing_consent_unpublishes_at_once():
    supervisor = SupervisorFactory()
    services.withdraw_consent(supervisor)
    supervisor.refresh_from_db()
    assert not supervisor.live
    assert supervisor.consent_withdrawn_on == timezone.localdate()
    assert not Supervisor.objects.listed().filter(pk=supervisor.pk).exists()


def test_supervisor_leaves_the_directory_the_day_after_the_approval_ends():
    supervisor = SupervisorFactory(approval_end=TODAY)
    assert Supervisor.objects.listed(TODAY).filter(pk=supervisor.pk).exists()
    assert not Supervisor.objects.listed(TODAY + datetime.timedelta(days=1)).exists()


def test_supervisor_without_approving_faculty_is_not_listed():
    supervisor = SupervisorFactory(faculty=None)
    assert not Supervisor.objects.listed().filter(pk=supervisor.pk).exists()


def test_ended_approvals_are_unpublished_by_the_daily_job():
    ended = SupervisorFactory(approval_end=TODAY - datetime.timedelta(days=1))
    running = SupervisorFactory(approval_end=TODAY + datetime.timedelta(days=10))
    assert services.unpublish_ended_approvals(TODAY) == 1
    ended.refresh_from_db()
    running.refresh_from_db()
    assert not ended.live
    assert running.live


def test_daily_task_unpublishes_ended_approvals():
    from supervisors.jobs import unpublish_ended_approvals_task

    supervisor = SupervisorFactory(approval_end=timezone.localdate() - datetime.timedelta(days=1))
    result = unpublish_ended_approvals_task.enqueue()
    supervisor.refresh_from_db()
    assert result.return_value == 1
    assert not supervisor.live


def test_daily_command_unpublishes_ended_approvals(capsys):
    from django.core.management import call_command

    supervisor = SupervisorFactory(approval_end=timezone.localdate() - datetime.timedelta(days=2))
    call_command("unpublish_ended_supervisor_approvals")
    supervisor.refresh_from_db()
    assert not supervisor.live
    assert "1 supervisor" in capsys.readouterr().out


def test_approvals_ending_within_sixty_days_are_flagged():
    soon = SupervisorFactory(approval_end=TODAY + datetime.timedelta(days=60))
    SupervisorFactory(approval_end=TODAY + datetime.timedelta(days=61))
    SupervisorFactory(approval_end=TODAY - datetime.timedelta(days=1))
    assert list(services.approvals_ending_soon(TODAY)) == [soon]


def test_position_comes_from_the_place_when_none_is_typed():
    place = PlaceToPractiseFactory()
    position = services.resolve_position(place, "", None, None, None)
    assert position.commune == place.commune
    assert (position.latitude, position.longitude) == (place.latitude, place.longitude)
    assert position.address == place.address


def test_typed_coordinates_win_over_the_commune_centre():
    place = PlaceToPractiseFactory()
    position = services.resolve_position(None, "2 rue Haute", place.commune, 48.6, 2.7)
    assert (position.latitude, position.longitude) == (48.6, 2.7)


def test_new_lead_emails_cdom_staff_and_acknowledges_the_practitioner(
    django_capture_on_commit_callbacks, cdom_staff
):
    with django_capture_on_commit_callbacks(execute=True):
        lead = services.create_lead(
            language="en",
            first_name="Helen",
            last_name="Carter",
            email="practitioner@example.org",
            phone="",
            profession=ProfessionFactory(),
            rpps="10003478962",
            place=None,
            address="6 rue Pasteur",
            commune=CommuneFactory(),
            available_from="May 2027",
            message="",
        )
    assert lead.state == LeadState.NEW
    recipients = {message.to[0]: message for message in mail.outbox}
    assert set(recipients) == {cdom_staff.email, "practitioner@example.org"}
    assert "wants to become" not in recipients[cdom_staff.email].subject  # French for staff
    assert "We received your interest" in recipients["practitioner@example.org"].subject
    assert f"/admin/snippets/supervisors/lead/edit/{lead.pk}/" in recipients[cdom_staff.email].body


def test_approving_a_lead_creates_a_prefilled_draft_record():
    place = PlaceToPractiseFactory()
    lead = LeadFactory(place=place, address="", commune=None, phone="06 12 34 56 78")
    supervisor = services.approve_lead(lead)
    lead.refresh_from_db()
    assert lead.state == LeadState.APPROVED
    assert lead.supervisor == supervisor
    assert not supervisor.live
    assert (supervisor.rpps, supervisor.email, supervisor.phone) == (
        lead.rpps,
        lead.email,
        lead.phone,
    )
    assert supervisor.profession == lead.profession
    assert supervisor.place == place
    assert supervisor.commune == place.commune
    assert supervisor.latest_revision is not None


def test_approving_a_lead_without_place_nor_commune_is_refused():
    lead = LeadFactory(place=None, commune=None)
    with pytest.raises(ValidationError, match="commune"):
        services.approve_lead(lead)
    lead.refresh_from_db()
    assert lead.state != LeadState.APPROVED
    assert not Supervisor.objects.exists()


def test_changing_a_lead_without_position_to_approved_is_refused():
    lead = LeadFactory(place=None, commune=None)
    with pytest.raises(ValidationError):
        services.change_lead_state(lead, LeadState.APPROVED)
    assert not Supervisor.objects.exists()


def test_approving_a_lead_twice_creates_one_record():
    lead = LeadFactory()
    first = services.approve_lead(lead)
    second = services.approve_lead(lead)
    assert first == second
    assert Supervisor.objects.count() == 1


def test_approved_draft_record_is_not_listed():
    supervisor = services.approve_lead(LeadFactory())
    assert not supervisor.is_listed()


def test_changing_a_lead_to_approved_goes_through_approval():
    lead = LeadFactory()
    lead = services.change_lead_state(lead, LeadState.APPROVED)
    assert lead.supervisor is not None


def test_changing_a_lead_state_records_when():
    lead = LeadFactory()
    with time_machine.travel(datetime.datetime(2027, 1, 5, 10, tzinfo=datetime.UTC)):
        lead = services.change_lead_state(lead, LeadState.DECLINED)
    assert lead.state_changed_at.date() == datetime.date(2027, 1, 5)


def test_declined_leads_are_erased_after_twelve_months():
    old = LeadFactory(state=LeadState.DECLINED)
    recent = LeadFactory(state=LeadState.DECLINED)
    open_lead = LeadFactory(state=LeadState.NEW)
    Lead.objects.filter(pk__in=[old.pk, open_lead.pk]).update(
        state_changed_at=timezone.now() - datetime.timedelta(days=400)
    )
    assert services.purge_declined_leads() == 1
    assert set(Lead.objects.values_list("pk", flat=True)) == {recent.pk, open_lead.pk}
