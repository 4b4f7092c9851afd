"""Saved searches: saved from the results, e-mailed at most daily, left in one click."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from housing.jobs import send_saved_search_alerts
from housing.links import unsubscribe_token
from housing.models import SavedSearch
from tests.housing.factories import HousingListingFactory, SavedSearchFactory
from tests.territory.factories import CommuneFactory

pytestmark = pytest.mark.django_db


def test_a_signed_in_student_saves_the_current_search(client, verified_user, portal):
    client.force_login(verified_user)
    client.post(
        "/fr/logements/enregistrer-la-recherche/", {"query": "max_rent=300&kind=studio&view=map"}
    )
    saved = SavedSearch.objects.get(user=verified_user)
    assert saved.query == "kind=studio&max_rent=300"


def test_a_commune_typed_in_two_ways_is_one_saved_search(client, verified_user, portal):
    CommuneFactory(name="Melun", slug="melun", postcode="77000")
    client.force_login(verified_user)
    client.post("/fr/logements/enregistrer-la-recherche/", {"query": "commune=Melun+%2877000%29"})
    client.post("/fr/logements/enregistrer-la-recherche/", {"query": "commune=melun"})
    saved = SavedSearch.objects.get(user=verified_user)
    assert saved.query == "commune=melun"


def test_anonymous_visitors_are_asked_to_sign_in_to_save(client, portal):
    response = client.post("/fr/logements/enregistrer-la-recherche/", {"query": "max_rent=300"})
    assert "/fr/compte/connexion/" in response.url
    assert SavedSearch.objects.count() == 0


def test_a_new_matching_listing_is_emailed_with_an_unsubscribe_link(portal, committed):
    saved = SavedSearchFactory(query="max_rent=300")
    HousingListingFactory(title="Chambre pas chère", rent=200)
    with committed():
        send_saved_search_alerts()
    assert "Chambre pas chère" in mail.outbox[0].body
    assert unsubscribe_token(saved) in mail.outbox[0].body
    assert mail.outbox[0].extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_listing_that_does_not_match_is_not_emailed(portal, committed):
    SavedSearchFactory(query="max_rent=300")
    HousingListingFactory(rent=800)
    with committed():
        send_saved_search_alerts()
    assert mail.outbox == []


def test_at_most_one_email_a_day_per_search(portal, committed):
    SavedSearchFactory(query="")
    HousingListingFactory()
    now = timezone.now()
    with committed():
        send_saved_search_alerts(now)
    HousingListingFactory()
    with committed():
        send_saved_search_alerts(now + datetime.timedelta(minutes=5))
    assert len(mail.outbox) == 1


def test_the_unsubscribe_link_deletes_the_search_without_signing_in(client, portal):
    saved = SavedSearchFactory()
    client.post(f"/fr/compte/recherches-enregistrees/desabonnement/{unsubscribe_token(saved)}/")
    assert SavedSearch.objects.count() == 0


def test_a_forged_unsubscribe_link_deletes_nothing(client, portal):
    saved = SavedSearchFactory()
    client.post(f"/fr/compte/recherches-enregistrees/desabonnement/{saved.pk}/")
    assert SavedSearch.objects.count() == 1


def test_the_account_lists_and_deletes_saved_searches(client, verified_user, portal):
    saved = SavedSearchFactory(user=verified_user, description="Studios à Melun")
    client.force_login(verified_user)
    assert "Studios à Melun" in client.get("/fr/compte/recherches-enregistrees/").content.decode()
    client.post(f"/fr/compte/recherches-enregistrees/{saved.pk}/supprimer/")
    assert SavedSearch.objects.count() == 0


def test_someone_elses_saved_search_cannot_be_deleted(client, verified_user, portal):
    saved = SavedSearchFactory()
    client.force_login(verified_user)
    response = client.post(f"/fr/compte/recherches-enregistrees/{saved.pk}/supprimer/")
    assert response.status_code == 404
