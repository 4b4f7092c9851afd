"""Delete my account: the password is asked, the personal data goes, the site stays whole."""

import pytest
from allauth.account.models import EmailAddress
from wagtail.models import PageLogEntry, Revision

from accounts.models import User
from core import personal_data
from core.personal_data import PersonalDataSection
from events.models import Registration
from supervisors.models import Lead
from tests.events.factories import EventPageFactory, RegistrationFactory
from tests.factories import TEST_PASSWORD, EmailAddressFactory, StandardPageFactory
from tests.supervisors.factories import LeadFactory

pytestmark = pytest.mark.django_db


def test_delete_with_a_wrong_password_changes_nothing_and_says_so(
    client, portal, url_for, signed_in
):
    response = client.post(url_for("accounts:delete"), {"password": "not-my-password"})
    assert response.status_code == 200
    assert "Mot de passe incorrect." in response.content.decode()
    assert User.objects.filter(pk=signed_in.pk).exists()
    assert client.session["_auth_user_id"] == str(signed_in.pk)


def test_delete_with_the_right_password_removes_the_user_and_their_email_addresses(
    client, portal, url_for, signed_in
):
    client.post(url_for("accounts:delete"), {"password": TEST_PASSWORD})
    assert not User.objects.filter(pk=signed_in.pk).exists()
    assert not EmailAddress.objects.filter(email=signed_in.email).exists()


def test_delete_signs_out_and_tells_so_on_the_home_page(client, portal, url_for, signed_in):
    response = client.post(
        url_for("accounts:delete", "en"), {"password": TEST_PASSWORD}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/en/"
    assert "_auth_user_id" not in client.session
    assert "Your account and your personal data have been deleted." in response.content.decode()


def test_deleting_an_account_keeps_the_pages_revisions_and_log_entries_it_authored(
    client, portal, url_for, signed_in
):
    page = StandardPageFactory(parent=portal["home"], owner=signed_in)
    revision = page.save_revision(user=signed_in, log_action=True)
    revision.publish(user=signed_in, skip_permission_checks=True)
    client.post(url_for("accounts:delete"), {"password": TEST_PASSWORD})
    page.refresh_from_db()
    assert page.live
    assert page.owner is None
    assert Revision.objects.get(pk=revision.pk).user is None
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish").exists()


def test_delete_erases_what_other_apps_registered(client, portal, url_for, signed_in, monkeypatch):
    erased = []
    monkeypatch.setattr(personal_data, "_sections", dict(personal_data._sections))
    personal_data.register(
        PersonalDataSection(
            key="housing",
            label="Housing",
            items=lambda user: [],
            export=lambda user: None,
            erase=lambda user: erased.append(user.pk),
        )
    )
    client.post(url_for("accounts:delete"), {"password": TEST_PASSWORD})
    assert erased == [signed_in.pk]


@pytest.fixture
def evening(portal):
    return EventPageFactory(parent=portal["events"])


def delete_account(client, url_for):
    client.post(url_for("accounts:delete"), {"password": TEST_PASSWORD})


def test_delete_erases_a_guest_registration_made_with_a_verified_address(
    client, url_for, signed_in, evening
):
    registration = RegistrationFactory(event=evening, user=None, email=signed_in.email)
    delete_account(client, url_for)
    assert not Registration.objects.filter(pk=registration.pk).exists()


def test_delete_gives_the_seat_of_such_a_guest_registration_to_the_waiting_list(
    client, url_for, signed_in, portal
):
    evening = EventPageFactory(parent=portal["events"], capacity=1)
    RegistrationFactory(event=evening, user=None, email=signed_in.email)
    waiting = RegistrationFactory(event=evening, status=Registration.Status.WAITING)
    delete_account(client, url_for)
    waiting.refresh_from_db()
    assert waiting.status == Registration.Status.CONFIRMED


def test_delete_keeps_a_registration_under_an_address_the_account_never_verified(
    client, url_for, signed_in, evening
):
    EmailAddressFactory(
        user=signed_in, email="pas.prouvee@example.org", verified=False, primary=False
    )
    registration = RegistrationFactory(event=evening, user=None, email="pas.prouvee@example.org")
    delete_account(client, url_for)
    assert Registration.objects.filter(pk=registration.pk).exists()


def test_delete_erases_a_declaration_of_interest_sent_with_a_verified_address(
    client, url_for, signed_in
):
    lead = LeadFactory(user=None, email=signed_in.email)
    delete_account(client, url_for)
    assert not Lead.objects.filter(pk=lead.pk).exists()
