"""The admin: who may manage supervisors and leads, publishing rules, approval, the report."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from supervisors.models import Lead, LeadState, Supervisor
from tests.factories import UserFactory
from tests.supervisors.factories import LeadFactory, SupervisorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, cdom_staff):
    client.force_login(cdom_staff)
    return client


def edit_data(supervisor: Supervisor, **changes) -> dict:
    data = {
        "title": supervisor.title,
        "first_name": supervisor.first_name,
        "last_name": supervisor.last_name,
        "rpps": supervisor.rpps,
        "profession": supervisor.profession_id,
        "specialty": supervisor.specialty_id or "",
        "place": "",
        "address": supervisor.address,
        "commune": supervisor.commune_id,
        "latitude": "",
        "longitude": "",
        "presentation": "",
        "presentation_en": "",
        "faculty": supervisor.faculty_id or "",
        "approval_start": supervisor.approval_start or "",
        "approval_end": supervisor.approval_end or "",
        "max_interns": 2,
        "email": supervisor.email,
        "phone": supervisor.phone,
        "consent_date": supervisor.consent_date or "",
        "consent_method": supervisor.consent_method,
        "consent_withdrawn_on": "",
        "openings-TOTAL_FORMS": 0,
        "openings-INITIAL_FORMS": 0,
        "openings-MIN_NUM_FORMS": 0,
        "openings-MAX_NUM_FORMS": 1000,
    }
    data.update(changes)
    return data


def test_cdom_staff_can_manage_supervisors_and_leads(cdom_staff):
    for codename in ("add_supervisor", "change_supervisor", "publish_supervisor", "change_lead"):
        assert cdom_staff.has_perm(f"supervisors.{codename}")


def test_cdom_staff_cannot_edit_the_directory_pages(portal, cdom_staff):
    assert not portal["supervisors"].permissions_for_user(cdom_staff).can_edit()


def test_editors_manage_the_learner_levels(db):
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    assert editor.has_perm("supervisors.add_learnerlevel")
    assert editor.has_perm("supervisors.change_supervisor")


def test_event_manager_cannot_see_the_supervisor_list(client, db):
    manager = UserFactory()
    manager.groups.add(Group.objects.get(name="Event managers"))
    client.force_login(manager)
    response = client.get(reverse("wagtailsnippets_supervisors_supervisor:list"))
    assert response.status_code in (302, 403)


def test_cdom_staff_sees_the_list_with_expiring_approvals_flagged(staff_client):
    SupervisorFactory(approval_end=timezone.localdate() + datetime.timedelta(days=20))
    response = staff_client.get(reverse("wagtailsnippets_supervisors_supervisor:list"))
    assert response.status_code == 200
    assert "se termine dans 20 jours" in response.content.decode()


def test_list_filter_keeps_approvals_ending_within_sixty_days(staff_client):
    soon = SupervisorFactory(approval_end=timezone.localdate() + datetime.timedelta(days=30))
    SupervisorFactory(approval_end=timezone.localdate() + datetime.timedelta(days=300))
    response = staff_client.get(
        reverse("wagtailsnippets_supervisors_supervisor:list"), {"approval_ending": "yes"}
    )
    assert [s.pk for s in response.context["object_list"]] == [soon.pk]


def test_report_lists_approvals_ending_soon(staff_client):
    soon = SupervisorFactory(
        last_name="Bientot", approval_end=timezone.localdate() + datetime.timedelta(days=10)
    )
    SupervisorFactory(last_name="Tranquille")
    response = staff_client.get(reverse("supervisors_approvals_ending"))
    assert response.status_code == 200
    body = response.content.decode()
    assert soon.last_name in body
    assert "Tranquille" not in body


def test_publishing_without_consent_is_refused(staff_client):
    supervisor = SupervisorFactory(live=False, consent_date=None, consent_method="")
    url = reverse("wagtailsnippets_supervisors_supervisor:edit", args=[supervisor.pk])
    response = staff_client.post(url, {**edit_data(supervisor), "action-publish": "publish"})
    assert response.status_code == 200
    supervisor.refresh_from_db()
    assert not supervisor.live


def test_publishing_with_consent_lists_the_record(staff_client):
    supervisor = SupervisorFactory(live=False)
    url = reverse("wagtailsnippets_supervisors_supervisor:edit", args=[supervisor.pk])
    response = staff_client.post(url, {**edit_data(supervisor), "action-publish": "publish"})
    assert response.status_code == 302
    assert Supervisor.objects.listed().filter(pk=supervisor.pk).exists()


def test_saving_a_withdrawal_of_consent_unpublishes_at_once(staff_client):
    supervisor = SupervisorFactory()
    url = reverse("wagtailsnippets_supervisors_supervisor:edit", args=[supervisor.pk])
    data = edit_data(supervisor, consent_withdrawn_on=timezone.localdate().isoformat())
    staff_client.post(url, data)
    supervisor.refresh_from_db()
    assert not supervisor.live
    assert not Supervisor.objects.listed().filter(pk=supervisor.pk).exists()


def test_coordinates_default_to_the_commune(staff_client):
    supervisor = SupervisorFactory(live=False)
    url = reverse("wagtailsnippets_supervisors_supervisor:edit", args=[supervisor.pk])
    staff_client.post(url, {**edit_data(supervisor), "action-publish": "publish"})
    supervisor.refresh_from_db()
    assert supervisor.latitude == supervisor.commune.latitude


def test_approve_button_creates_the_record_and_opens_it(staff_client):
    lead = LeadFactory()
    response = staff_client.post(
        reverse("wagtailsnippets_supervisors_lead:approve", args=[lead.pk])
    )
    lead.refresh_from_db()
    assert lead.state == LeadState.APPROVED
    assert response.url == reverse(
        "wagtailsnippets_supervisors_supervisor:edit", args=[lead.supervisor_id]
    )


def test_approve_button_on_a_lead_without_position_says_why(staff_client):
    lead = LeadFactory(place=None, commune=None)
    url = reverse("wagtailsnippets_supervisors_lead:approve", args=[lead.pk])
    response = staff_client.post(url)
    assert response.url == reverse("wagtailsnippets_supervisors_lead:edit", args=[lead.pk])
    assert not Supervisor.objects.exists()
    edit = staff_client.get(response.url)
    assert "position" in edit.content.decode()


def test_setting_the_lead_state_to_approved_in_the_form_creates_the_record(staff_client):
    lead = LeadFactory()
    url = reverse("wagtailsnippets_supervisors_lead:edit", args=[lead.pk])
    data = {
        "state": "approved",
        "notes": "Formation suivie en mars.",
        "first_name": lead.first_name,
        "last_name": lead.last_name,
        "email": lead.email,
        "phone": "",
        "profession": lead.profession_id,
        "rpps": lead.rpps,
        "place": "",
        "address": lead.address,
        "commune": lead.commune_id,
        "available_from": lead.available_from,
        "message": "",
        "language": "fr",
    }
    assert staff_client.post(url, data).status_code == 302
    lead = Lead.objects.get(pk=lead.pk)
    assert lead.supervisor is not None
    assert lead.notes == "Formation suivie en mars."


def test_anonymous_visitor_cannot_reach_the_admin_lists(client, db):
    response = client.get(reverse("wagtailsnippets_supervisors_lead:list"))
    assert response.status_code == 302


def test_the_dashboard_shows_approvals_ending_and_new_leads(staff_client):
    SupervisorFactory(
        last_name="Renouveler", approval_end=timezone.localdate() + datetime.timedelta(days=20)
    )
    SupervisorFactory(last_name="Tranquille")
    LeadFactory(last_name="Nouvelle")
    LeadFactory(last_name="Contactée", state=LeadState.CONTACTED)
    content = staff_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Renouveler" in content
    assert "Tranquille" not in content
    assert "Nouvelle" in content
    assert "Contactée" not in content


@pytest.mark.parametrize("query", ["Moreau", "mor", "10003478962"])
def test_staff_find_a_supervisor_by_name_or_rpps(staff_client, query):
    SupervisorFactory(last_name="Moreau", rpps="10003478962")
    SupervisorFactory(last_name="Durand", rpps="10001234565")
    response = staff_client.get(
        reverse("wagtailsnippets_supervisors_supervisor:list"), {"q": query}
    )
    assert response.status_code == 200
    assert b"Moreau" in response.content
    assert b"Durand" not in response.content
