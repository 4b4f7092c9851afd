"""The profile: optional fields, the reason for each, the lists editors maintain."""

import pytest

from tests.factories import CareerStageFactory, ProfessionFactory

pytestmark = pytest.mark.django_db


def test_profile_update_saves_the_chosen_fields(client, portal, url_for, signed_in):
    midwife = ProfessionFactory()
    intern = CareerStageFactory()
    response = client.post(
        url_for("accounts:profile"),
        {
            "first_name": "Karim",
            "last_name": "Benali",
            "profession": midwife.pk,
            "career_stage": intern.pk,
            "preferred_language": "en",
        },
    )
    signed_in.refresh_from_db()
    assert response.url == url_for("accounts:dashboard")
    assert (signed_in.first_name, signed_in.profession, signed_in.career_stage) == (
        "Karim",
        midwife,
        intern,
    )
    assert signed_in.preferred_language == "en"


def test_profile_offers_only_active_terms_labelled_in_the_active_language(
    client, portal, url_for, signed_in
):
    ProfessionFactory(name_fr="Sage-femme", name_en="Midwife")
    ProfessionFactory(name_fr="Ancien métier", name_en="Retired job", is_active=False)
    html = client.get(url_for("accounts:profile", "en")).content.decode()
    assert "Midwife" in html
    assert "Retired job" not in html


def test_profile_keeps_a_retired_term_the_user_already_chose(client, portal, url_for, signed_in):
    signed_in.profession = ProfessionFactory(name_en="Retired job", is_active=False)
    signed_in.save()
    html = client.get(url_for("accounts:profile", "en")).content.decode()
    assert "Retired job" in html


def test_profile_form_says_why_each_field_is_asked(client, portal, url_for, signed_in):
    html = client.get(url_for("accounts:profile", "en")).content.decode()
    for field in ("first_name", "last_name", "profession", "career_stage", "faculty", "specialty"):
        assert f'id="id_{field}_why"' in html


def test_unknown_profession_is_refused_and_changes_nothing(client, portal, url_for, signed_in):
    response = client.post(url_for("accounts:profile"), {"first_name": "X", "profession": 999999})
    signed_in.refresh_from_db()
    assert response.status_code == 200
    assert 'id="id_profession_error"' in response.content.decode()
    assert signed_in.first_name == "Léa"
