"""The eligibility finder: who may claim which aid in which commune."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from guide.eligibility import find_eligible_aids
from tests.guide.factories import AidPageFactory, midwife_bursary
from tests.territory.factories import CommuneFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def zip_commune(midwife, gp):
    return CommuneFactory(name="Coulommiers", slug="coulommiers", zones={midwife: "zip", gp: "zip"})


@pytest.fixture
def plain_commune(midwife, gp):
    return CommuneFactory(name="Serris", slug="serris")


@pytest.fixture
def bursary(guide, midwife, student):
    return midwife_bursary(guide, midwife, student)


@pytest.fixture
def zip_contract(guide, gp, settled):
    return AidPageFactory(
        parent=guide, title="Contrat d’installation", professions=[gp], required_zone="zip"
    )


@pytest.fixture
def support_everywhere(guide):
    return AidPageFactory(parent=guide, title="Accompagnement", amount_max=None)


def titles(items):
    return [item.aid.title for item in items]


def test_midwifery_student_in_zip_commune_gets_the_bursary(
    guide, bursary, midwife, student, zip_commune
):
    answer = find_eligible_aids(guide.aids(), midwife, student, zip_commune)
    assert titles(answer.claimable) == [bursary.title]
    assert answer.claimable[0].zone_met


def test_gp_outside_any_zone_does_not_get_zone_bound_aids(
    guide, zip_contract, support_everywhere, gp, settled, plain_commune
):
    answer = find_eligible_aids(guide.aids(), gp, settled, plain_commune)
    assert titles(answer.claimable) == [support_everywhere.title]
    assert titles(answer.zone_not_met) == [zip_contract.title]


def test_gp_in_zip_commune_gets_the_zip_contract(guide, zip_contract, gp, settled, zip_commune):
    answer = find_eligible_aids(guide.aids(), gp, settled, zip_commune)
    assert titles(answer.claimable) == [zip_contract.title]


def test_zac_commune_does_not_meet_a_zip_requirement(guide, zip_contract, gp, settled):
    commune = CommuneFactory(zones={gp: "zac"})
    answer = find_eligible_aids(guide.aids(), gp, settled, commune)
    assert titles(answer.zone_not_met) == [zip_contract.title]


@pytest.mark.parametrize("validity", ["closed", "superseded"])
def test_ended_aid_is_never_claimable(guide, midwife, student, zip_commune, validity):
    successor = AidPageFactory(parent=guide, title="Successeur", professions=[midwife])
    ended = AidPageFactory(parent=guide, title="Aide terminée", professions=[midwife])
    ended.validity = validity
    ended.superseded_by = successor
    ended.save_revision().publish()
    answer = find_eligible_aids(guide.aids(), midwife, student, zip_commune)
    assert ended.title not in titles(answer.claimable) + titles(answer.zone_not_met)


def test_aid_whose_window_has_passed_is_not_claimable(guide, midwife, student, zip_commune):
    aid = AidPageFactory(parent=guide, professions=[midwife])
    aid.all_year = False
    aid.opens_on = timezone.localdate() - datetime.timedelta(days=90)
    aid.closes_on = timezone.localdate() - datetime.timedelta(days=1)
    aid.save_revision().publish()
    answer = find_eligible_aids(guide.aids(), midwife, student, zip_commune)
    assert answer.claimable == []


def test_aid_for_another_profession_is_left_out(guide, zip_contract, midwife, student, zip_commune):
    answer = find_eligible_aids(guide.aids(), midwife, student, zip_commune)
    assert zip_contract.title not in titles(answer.claimable) + titles(answer.zone_not_met)


def test_aid_for_another_career_stage_is_left_out(guide, bursary, midwife, settled, zip_commune):
    answer = find_eligible_aids(guide.aids(), midwife, settled, zip_commune)
    assert answer.claimable == []


def test_unpublished_aid_is_left_out(guide, bursary, midwife, student, zip_commune):
    bursary.unpublish()
    answer = find_eligible_aids(guide.aids(), midwife, student, zip_commune)
    assert answer.claimable == []


def test_total_adds_each_claimable_aid_over_its_duration(
    guide, bursary, midwife, student, zip_commune
):
    AidPageFactory(parent=guide, amount_max=1000, amount_period="once")
    answer = find_eligible_aids(guide.aids(), midwife, student, zip_commune)
    assert answer.total == 300 * 12 * 2 + 1000


def finder_url(guide, **params):
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"{guide.url}quelles-aides-pour-moi/?{query}"


def test_finder_page_shows_the_answer_with_its_own_url(
    client, guide, bursary, midwife, student, zip_commune
):
    response = client.get(
        finder_url(guide, profession="sage-femme", stage="etudiant", commune="coulommiers")
    )
    assert response.status_code == 200
    assert bursary.title in response.content.decode()
    assert "Condition de zone remplie" in response.content.decode()


def test_finder_without_answers_shows_only_the_questions(client, guide, bursary, midwife, student):
    response = client.get(f"{guide.url}quelles-aides-pour-moi/")
    assert response.status_code == 200
    assert response.context["answer"] is None
    assert bursary.title not in response.content.decode()


def test_finder_with_unknown_commune_says_so_in_french(client, guide, midwife, student):
    response = client.get(finder_url(guide, profession="sage-femme", stage="etudiant", commune="x"))
    assert response.context["answer"] is None
    assert "commune" in response.context["form"].errors


def test_finder_answer_is_emailed_with_the_claimable_aids(
    client, guide, bursary, midwife, student, zip_commune, django_capture_on_commit_callbacks
):
    data = {"profession": "sage-femme", "stage": "etudiant", "commune": "coulommiers"}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{guide.url}quelles-aides-pour-moi/courriel/", {**data, "email": "karim@example.org"}
        )
    assert response.status_code == 302
    assert "profession=sage-femme" in response["Location"]
    assert mail.outbox[0].to == ["karim@example.org"]
    assert bursary.title in mail.outbox[0].body


def test_finder_answer_is_emailed_in_the_visitors_language(
    client, guide_en, midwife, student, zip_commune, django_capture_on_commit_callbacks
):
    data = {"profession": "sage-femme", "stage": "etudiant", "commune": "coulommiers"}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"{guide_en.url}which-aids-for-me/email/", {**data, "email": "karim@example.org"}
        )
    assert mail.outbox[0].subject == "Your aids as Midwife in Coulommiers"


def test_finder_email_with_bad_address_sends_nothing(
    client, guide, bursary, midwife, student, zip_commune
):
    data = {"profession": "sage-femme", "stage": "etudiant", "commune": "coulommiers"}
    response = client.post(f"{guide.url}quelles-aides-pour-moi/courriel/", {**data, "email": "x"})
    assert response.status_code == 400
    assert "email" in response.context["email_form"].errors
    assert mail.outbox == []


def test_finder_email_is_rate_limited(
    client, guide, bursary, midwife, student, zip_commune, django_capture_on_commit_callbacks
):
    data = {
        "profession": "sage-femme",
        "stage": "etudiant",
        "commune": "coulommiers",
        "email": "karim@example.org",
    }
    url = f"{guide.url}quelles-aides-pour-moi/courriel/"
    with django_capture_on_commit_callbacks(execute=True):
        statuses = [client.post(url, data).status_code for _ in range(6)]
    assert statuses == [302] * 5 + [429]
    assert len(mail.outbox) == 5


def test_finder_email_only_accepts_post(client, guide):
    response = client.get(f"{guide.url}quelles-aides-pour-moi/courriel/")
    assert response.status_code == 405


def test_aid_that_a_commune_applies_for_is_not_offered_to_a_person(
    guide, support_everywhere, midwife, student, zip_commune
):
    AidPageFactory(parent=guide, title="Aide aux communes pour les locaux", applicant="commune")
    answer = find_eligible_aids(guide.aids(), midwife, student, zip_commune)
    assert titles(answer.claimable) == [support_everywhere.title]


def test_the_most_valuable_aid_comes_first(guide, midwife, student, zip_commune):
    AidPageFactory(parent=guide, title="Aide modeste", amount_max=500)
    AidPageFactory(parent=guide, title="Bourse importante", amount_max=9000)
    AidPageFactory(parent=guide, title="Conseil gratuit", amount_max=None)
    answer = find_eligible_aids(guide.aids(), midwife, student, zip_commune)
    assert titles(answer.claimable) == ["Bourse importante", "Aide modeste", "Conseil gratuit"]


def test_at_equal_value_the_aid_meant_for_the_profession_comes_first(
    guide, midwife, student, zip_commune
):
    AidPageFactory(parent=guide, title="A pour tous", amount_max=1000)
    AidPageFactory(
        parent=guide, title="B pour les sages-femmes", professions=[midwife], amount_max=1000
    )
    answer = find_eligible_aids(guide.aids(), midwife, student, zip_commune)
    assert titles(answer.claimable) == ["B pour les sages-femmes", "A pour tous"]
