"""The contact relay: verified senders, rate limits, Reply-To the sender, private addresses."""

import datetime

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from housing.models import HousingListing
from relay.models import RelayedMessage
from relay.services import RelayRefused, send_relayed_message
from tests.housing.factories import HousingListingFactory

pytestmark = pytest.mark.django_db


def test_a_verified_student_sends_a_message_that_reaches_the_contact(student, listing, committed):
    with committed():
        send_relayed_message(student, listing, "Bonjour, la chambre est-elle libre en novembre ?")
    assert mail.outbox[0].to == ["c.bernard@example.org"]
    assert "libre en novembre" in mail.outbox[0].body


def test_the_email_replies_to_the_student(student, listing, committed):
    with committed():
        send_relayed_message(student, listing, "Bonjour")
    assert mail.outbox[0].reply_to == [student.email]


def test_the_email_is_written_in_the_contacts_language(student, listing, committed):
    listing.contact_language = "en"
    listing.save()
    with committed():
        send_relayed_message(student, listing, "Hello")
    assert mail.outbox[0].subject.startswith("A message about")


def test_an_unverified_address_cannot_send(unverified, listing):
    with pytest.raises(RelayRefused):
        send_relayed_message(unverified, listing, "Bonjour")
    assert RelayedMessage.objects.count() == 0


@override_settings(RELAY_MAX_PER_HOUR=2)
def test_the_hourly_limit_refuses_the_next_message(student, listing):
    send_relayed_message(student, listing, "Un")
    send_relayed_message(student, listing, "Deux")
    with pytest.raises(RelayRefused):
        send_relayed_message(student, listing, "Trois")
    assert RelayedMessage.objects.count() == 2


@override_settings(RELAY_MAX_PER_HOUR=100, RELAY_MAX_PER_DAY=3)
def test_the_daily_limit_counts_the_messages_of_the_last_day(student, listing):
    earlier = timezone.now() - datetime.timedelta(hours=5)
    for _ in range(3):
        RelayedMessage.objects.create(
            sender=student,
            content_type_id=1,
            object_id=1,
            target_label="x",
            body="x",
            sent_at=earlier,
        )
    with pytest.raises(RelayRefused):
        send_relayed_message(student, listing, "Encore")


def test_an_unpublished_listing_takes_no_message(student, portal):
    draft = HousingListingFactory(publish=False)
    with pytest.raises(RelayRefused):
        send_relayed_message(student, draft, "Bonjour")


def test_anonymous_visitors_are_sent_to_the_login_page(client, contact_path):
    response = client.get(contact_path)
    assert response.status_code == 302
    assert "/fr/compte/connexion/" in response.url


def test_anonymous_post_sends_nothing(client, contact_path):
    client.post(contact_path, {"body": "Bonjour"})
    assert RelayedMessage.objects.count() == 0


def test_the_form_posts_and_returns_to_the_listing(client, student, listing, contact_path):
    client.force_login(student)
    response = client.post(contact_path, {"body": "Bonjour, je cherche pour novembre."})
    assert response.status_code == 302
    assert response.url == listing.get_absolute_url()
    assert RelayedMessage.objects.get().sender == student


def test_an_unverified_student_is_told_to_confirm_the_address(client, unverified, contact_path):
    client.force_login(unverified)
    html = client.get(contact_path).content.decode()
    assert "pas encore confirmée" in html
    assert "<textarea" not in html


def test_a_tampered_listing_id_is_not_found(client, student, listing):
    client.force_login(student)
    assert client.get(f"/fr/contact/logement/{listing.pk + 999}/").status_code == 404


def test_an_unregistered_model_is_not_found(client, student):
    client.force_login(student)
    assert client.get(f"/fr/contact/accounts.user/{student.pk}/").status_code == 404


def test_the_contact_address_never_appears_in_the_form_page(client, student, contact_path):
    client.force_login(student)
    assert "c.bernard@example.org" not in client.get(contact_path).content.decode()


def test_the_student_sees_the_sent_message_in_the_account(client, student, listing):
    send_relayed_message(student, listing, "Message pour Provins")
    client.force_login(student)
    html = client.get("/fr/compte/messages/").content.decode()
    assert "Message pour Provins" in html
    assert "c.bernard@example.org" not in html


def test_the_personal_data_export_contains_the_messages(client, student, listing):
    send_relayed_message(student, listing, "Message exporté")
    client.force_login(student)
    data = client.get("/fr/compte/mes-donnees/").json()
    assert data["sections"]["relayed_messages"][0]["message"] == "Message exporté"


def test_deleting_the_account_deletes_the_messages(student, listing):
    from accounts.services import delete_account

    send_relayed_message(student, listing, "Adieu")
    delete_account(student)
    assert RelayedMessage.objects.count() == 0


def test_messages_older_than_a_year_are_purged(student, listing):
    from relay.services import purge_old_messages

    message = send_relayed_message(student, listing, "Ancien")
    purge_old_messages(now=message.sent_at + datetime.timedelta(days=366))
    assert RelayedMessage.objects.count() == 0


def test_a_title_with_a_line_break_reaches_the_contact_under_a_one_line_subject(
    student, listing, committed
):
    HousingListing.objects.filter(pk=listing.pk).update(title="Studio\r\nà Provins")
    listing.refresh_from_db()
    with committed():
        send_relayed_message(student, listing, "Bonjour")
    subject = mail.outbox[0].subject
    assert "Studio à Provins" in subject
    assert "\n" not in subject


def unusable_recipient(listing):
    """A contact address no e-mail header can hold (stored before any validation)."""
    HousingListing.objects.filter(pk=listing.pk).update(
        contact_email="c.bernard@example.org\nBcc: x@example.org"
    )
    listing.refresh_from_db()


def test_a_message_no_email_can_carry_is_refused_and_not_counted(student, listing, committed):
    unusable_recipient(listing)
    with pytest.raises(RelayRefused), committed():
        send_relayed_message(student, listing, "Bonjour")
    assert RelayedMessage.objects.count() == 0
    assert mail.outbox == []


def test_the_student_is_not_told_a_message_was_sent_when_it_was_not(
    client, student, listing, contact_path
):
    unusable_recipient(listing)
    client.force_login(student)
    response = client.post(contact_path, {"body": "Bonjour"}, follow=True)
    html = response.content.decode()
    assert "Votre message a été envoyé" not in html
    assert "n’a pas pu être envoyé" in html


def test_a_link_in_the_students_message_is_not_made_a_link_in_the_email(
    student, listing, committed
):
    with committed():
        send_relayed_message(student, listing, "Payez la caution sur http://arnaque.example")
    html, _mimetype = mail.outbox[0].alternatives[0]
    assert "http://arnaque.example" in html
    assert 'href="http://arnaque.example' not in html
    assert f'{listing.get_absolute_url()}">' in html


def test_contact_address_names_the_listing_in_the_page_language(listing):
    from django.utils import translation

    from relay.urls import contact_url

    with translation.override("en"):
        english = contact_url(listing)
    assert (contact_url(listing), english) == (
        f"/fr/contact/logement/{listing.pk}/",
        f"/en/contact/housing/{listing.pk}/",
    )


def test_contact_address_with_the_model_name_sent_before_still_answers(client, listing):
    assert client.get(f"/fr/contact/housing.housinglisting/{listing.pk}/").status_code == 302
