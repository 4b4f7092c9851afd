"""The "become a supervisor" form: a lead for CDOM staff, an acknowledgement, a rate limit."""

import re
from datetime import UTC, datetime

import pytest
import time_machine
from django.core import mail

from supervisors.models import BecomeSupervisorPage, Lead
from tests.conftest import translate_page
from tests.supervisors.factories import lead_form_answers
from tests.territory.factories import PlaceToPractiseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def answers(db):
    return lead_form_answers()


def test_page_shows_the_form_with_the_reason_for_each_personal_field(client, become_page):
    body = client.get(become_page.url).content.decode()
    assert 'name="rpps"' in body
    assert body.count("field__why") >= 8


def test_address_field_asks_browsers_for_an_address_line_a_text_input_may_take(client, become_page):
    body = client.get(become_page.url).content.decode()

    address = re.search(r'<(\w+)[^>]*name="address"[^>]*>', body)

    # "street-address" is for a multi-line <textarea>; an <input> takes "address-line1".
    assert address.group(1) == "input"
    assert 'autocomplete="address-line1"' in address.group(0)


def test_sending_the_form_creates_a_new_lead_and_thanks(client, become_page, answers):
    response = client.post(become_page.url, answers)
    assert response.status_code == 302
    assert response.url == become_page.url + "demande-envoyee/"
    lead = Lead.objects.get()
    assert (lead.rpps, lead.state, lead.language) == ("10003478962", "new", "fr")
    assert "Merci" in client.get(response.url).content.decode()


def test_sending_the_form_emails_staff_and_acknowledges_in_french(
    client, become_page, answers, cdom_staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(become_page.url, answers)
    acknowledgement = next(m for m in mail.outbox if m.to == ["lucie.martin@example.org"])
    assert "Nous avons bien reçu" in acknowledgement.subject
    assert any(m.to == [cdom_staff.email] for m in mail.outbox)


def test_english_page_acknowledges_in_english(
    client, become_page, answers, locales, django_capture_on_commit_callbacks
):
    english = translate_page(become_page, locales["en"], "Become a supervisor", "become")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(BecomeSupervisorPage.objects.get(pk=english.pk).url, answers)
    assert Lead.objects.get().language == "en"
    assert mail.outbox[-1].subject == "We received your interest in hosting students"


def test_wrong_rpps_check_digit_is_refused_and_nothing_is_saved(
    client, become_page, answers, django_capture_on_commit_callbacks
):
    answers["rpps"] = "10003478963"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(become_page.url, answers)
    assert response.status_code == 200
    assert "Ce numéro RPPS n’est pas valide" in response.content.decode()
    assert not Lead.objects.exists()
    assert not mail.outbox


def test_form_without_consent_is_refused(client, become_page, answers):
    del answers["consent"]
    client.post(become_page.url, answers)
    assert not Lead.objects.exists()


def test_form_needs_a_place_or_an_address_with_its_commune(client, become_page, answers):
    answers["commune"] = ""
    response = client.post(become_page.url, answers)
    assert not Lead.objects.exists()
    assert "error-summary" in response.content.decode()


def test_a_listed_place_is_enough(client, become_page, answers):
    answers.update(place=PlaceToPractiseFactory().pk, address="", commune="")
    client.post(become_page.url, answers)
    assert Lead.objects.get().place is not None


def test_too_many_declarations_from_one_address_are_refused(client, become_page, answers):
    for _attempt in range(5):
        client.post(become_page.url, answers)
    response = client.post(become_page.url, answers)
    assert response.status_code == 429
    assert Lead.objects.count() == 5


def test_refused_submissions_do_not_count_towards_the_limit(client, become_page, answers):
    typo = {**answers, "rpps": "10003478963"}
    for _attempt in range(5):
        client.post(become_page.url, typo)
    response = client.post(become_page.url, answers)
    assert response.status_code == 302
    assert Lead.objects.count() == 1


def test_limited_visitor_is_told_when_to_try_again_in_french(client, become_page, answers):
    with time_machine.travel(datetime(2026, 12, 3, 20, 40, tzinfo=UTC), tick=False):
        for _attempt in range(6):
            response = client.post(become_page.url, answers)
    # The hour's window ends at 21:00 UTC, 22:00 in Paris.
    assert "le 3 décembre 2026 à 22:00" in response.content.decode()


def test_limited_visitor_is_told_when_to_try_again_in_english(
    client, become_page, answers, locales
):
    english = translate_page(become_page, locales["en"], "Become a supervisor", "become")
    url = BecomeSupervisorPage.objects.get(pk=english.pk).url
    with time_machine.travel(datetime(2026, 12, 3, 20, 40, tzinfo=UTC), tick=False):
        for _attempt in range(6):
            response = client.post(url, answers)
    assert "on Dec. 3, 2026 at 10 p.m." in response.content.decode()


def test_lead_sent_while_signed_in_is_in_the_account_export(client, become_page, answers, user):
    from core.personal_data import registered_sections

    client.force_login(user)
    client.post(become_page.url, answers)
    section = next(s for s in registered_sections() if s.key == "supervisor_leads")
    assert section.export(user)[0]["rpps"] == "10003478962"
    user.delete()
    assert not Lead.objects.exists()


PHISHING = "Votre compte est suspendu, payez sur http://arnaque.example"


def test_a_first_name_holding_a_sentence_and_a_link_is_refused_in_french(
    client, become_page, answers
):
    answers["first_name"] = PHISHING
    response = client.post(become_page.url, answers)
    assert response.status_code == 200
    assert "Un nom s’écrit avec des lettres" in response.content.decode()
    assert not Lead.objects.exists()


def test_the_acknowledgement_to_an_unconfirmed_address_repeats_nothing_typed(
    client, become_page, answers, django_capture_on_commit_callbacks
):
    answers.update(first_name="Zoé", available_from="Voir http://arnaque.example")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(become_page.url, answers)
    (acknowledgement,) = [m for m in mail.outbox if m.to == ["lucie.martin@example.org"]]
    html, _mimetype = acknowledgement.alternatives[0]
    for text in (acknowledgement.body, html):
        assert "Zoé" not in text
        assert "arnaque" not in text
        assert "10003478962" not in text


def test_the_acknowledgement_to_the_senders_confirmed_address_repeats_the_answers(
    client, become_page, answers, verified_student, django_capture_on_commit_callbacks
):
    client.force_login(verified_student)
    answers.update(email=verified_student.email, available_from="Novembre 2027")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(become_page.url, answers)
    (acknowledgement,) = [m for m in mail.outbox if m.to == [verified_student.email]]
    assert "Novembre 2027" in acknowledgement.body


def test_where_you_practise_is_one_question_none_of_its_answers_marked_optional(
    client, become_page
):
    body = client.get(become_page.url).content.decode()
    assert "<legend>Où exercez-vous\u00a0?</legend>" in body
    for name in ("place", "address", "commune"):
        label = re.search(rf'<label class="field__label" for="id_{name}">(.*?)</label>', body)[1]
        assert "facultatif" not in label


def test_refused_form_page_title_starts_with_error(client, become_page, answers):
    answers["commune"] = ""
    body = client.post(become_page.url, answers).content.decode()
    assert re.search(r"<title>Erreur\s:", body)


def test_error_summary_takes_the_focus_when_the_page_loads(client, become_page, answers):
    answers["commune"] = ""
    body = client.post(become_page.url, answers).content.decode()
    assert re.search(r'<div class="error-summary"[^>]* autofocus>', body)
