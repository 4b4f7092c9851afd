"""Download my data: a JSON file with everything the portal holds about the user."""

import json

import pytest
import time_machine

from tests.events.factories import EventPageFactory, RegistrationFactory
from tests.factories import EmailAddressFactory, SpecialtyFactory
from tests.supervisors.factories import LeadFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def export(client, url_for, signed_in):
    def export():
        response = client.get(url_for("accounts:export"))
        return response, json.loads(response.content)

    return export


@time_machine.travel("2026-05-04 10:00 +02:00", tick=False)
def test_export_is_a_json_attachment_named_with_the_date(export):
    response, _ = export()
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith("attachment;")
    assert "-2026-05-04.json" in response["Content-Disposition"]


def test_export_contains_account_profile_and_email_addresses(export, signed_in):
    signed_in.specialty = SpecialtyFactory(slug="pediatrie")
    signed_in.save()
    EmailAddressFactory(user=signed_in, email="autre@example.org", verified=False, primary=False)
    _, data = export()
    assert data["account"]["email"] == signed_in.email
    assert data["sections"]["profile"]["last_name"] == signed_in.last_name
    assert data["sections"]["profile"]["specialty"]["slug"] == "pediatrie"
    assert {"email": "autre@example.org", "verified": False, "primary": False} in data["sections"][
        "email_addresses"
    ]


def test_export_leaves_out_the_password_hash(export, signed_in):
    response, _ = export()
    assert signed_in.password not in response.content.decode()
    assert "password" not in response.content.decode()


def test_export_leaves_out_other_users_data(export):
    other = EmailAddressFactory(email="quelquun@example.org", user__email="quelquun@example.org")
    response, _ = export()
    assert other.email not in response.content.decode()
    assert other.user.last_name not in response.content.decode()


@pytest.fixture
def evening(portal):
    return EventPageFactory(parent=portal["events"])


def test_export_contains_a_guest_registration_made_with_a_verified_address(
    export, signed_in, evening
):
    RegistrationFactory(
        event=evening, user=None, email=signed_in.email, dietary_needs="Sans gluten"
    )
    _, data = export()
    [registration] = data["sections"]["event_registrations"]
    assert registration["dietary_needs"] == "Sans gluten"


def test_export_leaves_out_a_guest_registration_under_an_unverified_address(
    export, signed_in, evening
):
    EmailAddressFactory(
        user=signed_in, email="pas.prouvee@example.org", verified=False, primary=False
    )
    RegistrationFactory(event=evening, user=None, email="pas.prouvee@example.org")
    _, data = export()
    assert data["sections"]["event_registrations"] == []


def test_export_contains_a_declaration_of_interest_sent_with_a_verified_address(export, signed_in):
    LeadFactory(user=None, email=signed_in.email.upper(), message="Je peux accueillir en mai.")
    _, data = export()
    [lead] = data["sections"]["supervisor_leads"]
    assert lead["message"] == "Je peux accueillir en mai."
