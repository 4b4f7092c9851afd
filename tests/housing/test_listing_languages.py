"""A listing on the English site: its English texts, or the French ones marked as French."""

import pytest

from tests.housing.factories import HousingListingFactory

pytestmark = pytest.mark.django_db

FRENCH = {
    "title": "Chambre à l’internat",
    "public_transport": "Bus A, arrêt Hôpital",
    "description": "Au calme, près du parc.",
}
ENGLISH = {
    "title_en": "Room at the hospital",
    "public_transport_en": "Bus A, Hôpital stop",
    "description_en": "Quiet, by the park.",
}


def page(client, listing, language):
    prefix = "/fr/logements/" if language == "fr" else "/en/housing/"
    return client.get(f"{prefix}{listing.pk}-{listing.slug}/").content.decode()


def test_english_listing_page_shows_the_english_texts(client, portal):
    listing = HousingListingFactory(**FRENCH, **ENGLISH)
    html = page(client, listing, "en")
    assert "<h1>Room at the hospital</h1>" in html
    assert "<dd>Bus A, Hôpital stop</dd>" in html
    assert "Quiet, by the park." in html
    assert "Au calme" not in html


def test_english_listing_page_marks_the_french_texts_it_shows_for_lack_of_english(client, portal):
    listing = HousingListingFactory(**FRENCH)
    html = page(client, listing, "en")
    assert '<h1 lang="fr">Chambre à l’internat</h1>' in html
    assert '<dd lang="fr">Bus A, arrêt Hôpital</dd>' in html
    assert '<div class="prose" lang="fr"><p>Au calme, près du parc.</p></div>' in html


def test_french_listing_page_shows_the_french_texts_unmarked(client, portal):
    listing = HousingListingFactory(**FRENCH, **ENGLISH)
    html = page(client, listing, "fr")
    assert "<h1>Chambre à l’internat</h1>" in html
    assert "Room at the hospital" not in html


def test_english_search_card_marks_a_french_title(client, portal):
    HousingListingFactory(title="Studio près de la gare")
    html = client.get("/en/housing/").content.decode()
    assert '<h3 class="card__title" lang="fr">' in html


def test_english_search_card_shows_the_english_title(client, portal):
    HousingListingFactory(title="Studio près de la gare", title_en="Studio by the station")
    html = client.get("/en/housing/").content.decode()
    assert "Studio by the station" in html


def test_english_pages_write_the_rent_the_english_way(client, portal):
    listing = HousingListingFactory(rent=180, deposit=350)
    assert "€180 a month" in client.get("/en/housing/").content.decode()
    html = page(client, listing, "en")
    assert "€180 a month" in html
    assert "<dd>€350</dd>" in html


def test_french_pages_write_the_rent_the_french_way(client, portal):
    listing = HousingListingFactory(rent=180)
    assert "180\u00a0€ par mois" in client.get("/fr/logements/").content.decode()
    assert "180\u00a0€ par mois" in page(client, listing, "fr")


def test_english_commune_page_marks_a_french_housing_title(rf, portal):
    from django.contrib.auth.models import AnonymousUser
    from django.utils import translation

    from guide.views import commune_detail
    from tests.territory.factories import CommuneFactory

    melun = CommuneFactory(name="Melun", slug="melun", latitude=48.5421, longitude=2.6554)
    HousingListingFactory(**FRENCH, commune=melun, latitude=48.5421, longitude=2.6554)
    request = rf.get("/en/aids/communes/melun/")
    request.user = AnonymousUser()
    with translation.override("en"):
        response = commune_detail(request, portal["guide"], "melun")
        html = response.render().content.decode() if hasattr(response, "render") else ""
        html = html or response.content.decode()
    assert 'lang="fr">Chambre à l’internat</a>' in html


def test_french_commune_page_leaves_the_housing_title_unmarked(client, portal):
    from tests.territory.factories import CommuneFactory

    melun = CommuneFactory(name="Melun", slug="melun", latitude=48.5421, longitude=2.6554)
    HousingListingFactory(**FRENCH, commune=melun, latitude=48.5421, longitude=2.6554)
    html = client.get(f"{portal['guide'].url}communes/melun/").content.decode()
    assert '/">Chambre à l’internat</a>' in html
