"""The public pages: the search, a listing, what anonymous visitors may see."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.formats import date_format

from core.semesters import next_semester
from tests.factories import EmailAddressFactory
from tests.housing.factories import HousingListingFactory
from tests.territory.factories import CommuneFactory, PlaceToPractiseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def listing(portal):
    return HousingListingFactory(
        title="Chambre à l’internat",
        address="2 rue Fréteau de Peny",
        contact_email="internat@ch-melun.example.org",
        contact_phone="01 64 71 60 00",
        latitude=48.54456,
        longitude=2.64531,
    )


def listing_url(listing, language="fr"):
    prefix = "/fr/logements/" if language == "fr" else "/en/housing/"
    return f"{prefix}{listing.pk}-{listing.slug}/"


def test_search_page_lists_published_listings(client, listing):
    response = client.get("/fr/logements/")
    assert listing.title in response.content.decode()


def test_search_filters_come_from_the_query_string(client, portal):
    HousingListingFactory(title="Pas cher", rent=150)
    HousingListingFactory(title="Trop cher", rent=900)
    html = client.get("/fr/logements/?max_rent=300").content.decode()
    assert "Pas cher" in html
    assert "Trop cher" not in html


def test_near_a_place_search_shows_distances(client, portal):
    commune = CommuneFactory(latitude=48.54, longitude=2.65)
    place = PlaceToPractiseFactory(commune=commune, slug="hopital-melun")
    HousingListingFactory(commune=commune, latitude=48.55, longitude=2.65)
    html = client.get(
        f"/fr/logements/?near=place:{place.slug}&radius=5&sort=distance"
    ).content.decode()
    assert "à environ 1 km" in html


def test_a_typed_place_or_commune_searches_like_its_address(client, portal):
    melun = CommuneFactory(name="Melun", slug="melun", postcode="77000", latitude=48.54)
    PlaceToPractiseFactory(name="Hôpital de Melun", slug="hopital-melun", commune=melun)
    HousingListingFactory(title="À Melun", commune=melun, latitude=48.55, longitude=2.65)
    meaux = CommuneFactory(name="Meaux", postcode="77100")
    HousingListingFactory(title="À Meaux", commune=meaux, latitude=48.96, longitude=2.88)
    typed = client.get("/fr/logements/?near=hopital+de+melun&radius=5").content.decode()
    by_key = client.get("/fr/logements/?near=place:hopital-melun&radius=5").content.decode()
    for html in (typed, by_key):
        assert "À Melun" in html
        assert "À Meaux" not in html
        assert 'value="Hôpital de Melun"' in html
    in_commune = client.get("/fr/logements/?commune=77000").content.decode()
    assert "À Melun" in in_commune
    assert "À Meaux" not in in_commune
    assert 'value="Melun (77000)"' in in_commune


def test_an_unknown_commune_is_explained_and_no_listing_passes_for_the_result(client, listing):
    html = client.get("/fr/logements/?near=Lyon").content.decode()
    assert "Aucun lieu du département ne s’appelle « Lyon »" in html
    assert 'value="Lyon"' in html
    assert listing.title not in html
    assert "Corrigez la recherche ci-dessus" in html


@pytest.mark.parametrize("typed", ["CH Melun", "Santépôle", "hôpital melun"])
def test_near_accepts_the_words_people_use_for_a_place(client, portal, typed):
    melun = CommuneFactory(name="Melun", slug="melun", postcode="77000", latitude=48.54)
    PlaceToPractiseFactory(name="Hôpital de Melun (Santépôle)", slug="hopital-melun", commune=melun)
    HousingListingFactory(title="À Melun", commune=melun, latitude=48.55, longitude=2.65)
    html = client.get("/fr/logements/", {"near": typed, "radius": 5}).content.decode()
    assert "error-summary" not in html
    assert "À Melun" in html


def test_a_near_of_several_places_offers_each_as_a_link_that_searches_near_it(client, portal):
    PlaceToPractiseFactory(name="Hôpital de Melun", slug="hopital-melun")
    PlaceToPractiseFactory(name="Hôpital de Meaux", slug="hopital-meaux")
    html = client.get("/fr/logements/?near=hopital&radius=10").content.decode()
    assert '<a href="?near=place%3Ahopital-meaux&amp;radius=10">Hôpital de Meaux</a>' in html
    assert '<a href="?near=place%3Ahopital-melun&amp;radius=10">Hôpital de Melun</a>' in html


def test_a_past_date_says_why_nothing_is_listed(client, listing):
    html = client.get("/fr/logements/?date=2020-01-15").content.decode()
    assert "Le 15 janvier 2020 est passé" in html
    assert listing.title not in html


def test_the_search_page_does_not_carry_the_list_of_communes(client, portal):
    """Suggestions are fetched when a field is used: the page stays light however many."""
    CommuneFactory.create_batch(50)
    html = client.get("/fr/logements/").content.decode()
    assert "<option" not in html.split('name="near"')[1].split("</div>")[0]
    assert html.count("(77000)") == 0
    assert 'data-suggestions="/suggestions/places.json"' in html


def test_bad_filter_values_get_a_message_and_no_listing(client, listing):
    html = client.get("/fr/logements/?max_rent=-4").content.decode()
    assert "error-summary" in html
    assert listing.title not in html


def test_english_search_page_works(client, listing):
    response = client.get("/en/housing/")
    assert response.status_code == 200
    assert f"/en/housing/{listing.pk}-" in response.content.decode()


def test_each_card_shows_the_next_period_not_yet_over(client, portal):
    today = timezone.localdate()
    HousingListingFactory(
        title="Studio lumineux",
        periods=[
            (today - datetime.timedelta(days=60), today - datetime.timedelta(days=1)),
            (datetime.date(today.year + 2, 5, 1), datetime.date(today.year + 2, 10, 31)),
            (datetime.date(today.year + 1, 11, 1), datetime.date(today.year + 2, 4, 30)),
        ],
    )
    HousingListingFactory(title="Chambre calme", periods=[])
    html = client.get("/fr/logements/").content.decode()

    def card(title):
        start = html.index(f">{title}</a>")
        return html[start : html.index("</article>", start)]

    studio, room = card("Studio lumineux"), card("Chambre calme")
    assert f"Disponible du 1 nov. {today.year + 1} au 30 avr. {today.year + 2}" in studio
    assert "Aucune date annoncée" in room


def test_a_card_shows_the_period_of_the_chosen_semester_not_the_first(client, portal):
    today = timezone.localdate()
    semester = next_semester(today)
    HousingListingFactory(
        title="Studio lumineux",
        periods=[
            (today, semester.start - datetime.timedelta(days=1)),
            (semester.start, semester.end),
        ],
    )
    html = client.get(f"/fr/logements/?semester={semester.key}").content.decode()
    with translation.override("fr"):
        start, end = (date_format(day, "j N Y") for day in (semester.start, semester.end))
    assert f"Disponible du {start} au {end}" in html


def test_results_are_paginated_by_twenty(client, portal):
    commune = CommuneFactory()
    for _ in range(21):
        HousingListingFactory(commune=commune)
    html = client.get("/fr/logements/?page=2").content.decode()
    assert html.count('class="card listing-card"') == 1


def test_map_view_is_chosen_by_the_query_string(client, listing):
    html = client.get("/fr/logements/?view=map").content.decode()
    assert "results__views--map-first" in html


def test_search_queries_do_not_grow_with_the_number_of_listings(client, portal, settings):
    """30 listings or 300: the same number of queries for a page of 20 (the figure is asserted)."""
    settings.PAGE_CACHE_SECONDS = 0  # the queries of rendering, not a page from the cache
    commune = CommuneFactory(latitude=48.54, longitude=2.65)
    place = PlaceToPractiseFactory(commune=commune)
    url = f"/fr/logements/?near=place:{place.slug}&radius=30&sort=rent&furnished=on"
    HousingListingFactory.create_batch(30, commune=commune)
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    HousingListingFactory.create_batch(270, commune=commune)
    client.get(url)  # refills what the saves purged and the test cache's size evicted
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(few) == len(many) == SEARCH_PAGE_QUERIES


# Wagtail's site, locale and route (5; no view restriction on a site without private
# pages, core.view_restrictions), the form's communes and places, the page of listings
# counted in the same query with each one's next period, the language links (2). The
# settings, menu and footer come from the cache (core.chrome).
SEARCH_PAGE_QUERIES = 8


def test_search_never_reads_the_address_or_the_contact(client, listing, settings):
    """The public list reads only what its cards show (HousingListing.CARD_FIELDS)."""
    settings.PAGE_CACHE_SECONDS = 0
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/fr/logements/?max_rent=2000").content.decode()
    assert listing.title in html
    listing_queries = [q["sql"] for q in queries if "housing_housinglisting" in q["sql"]]
    assert listing_queries
    for column in ("address", "contact_name", "contact_email", "contact_phone", "internal_notes"):
        assert not any(f'"housing_housinglisting"."{column}"' in sql for sql in listing_queries)


def test_listing_page_shows_the_facts_and_nearby_places(client, listing):
    PlaceToPractiseFactory(name="Hôpital de Melun", commune=listing.commune)
    html = client.get(listing_url(listing)).content.decode()
    assert listing.title in html
    assert "Hôpital de Melun" in html


def test_anonymous_visitors_see_neither_address_nor_contact(client, listing):
    html = client.get(listing_url(listing)).content.decode()
    assert "Fréteau" not in html
    assert "internat@ch-melun.example.org" not in html
    assert "01 64 71 60 00" not in html


def test_anonymous_visitors_get_an_approximate_position(client, listing):
    html = client.get(listing_url(listing)).content.decode()
    assert "48.54456" not in html
    assert '"latitude": 48.54' in html
    assert '"radius_m": 800' in html


def test_a_verified_student_sees_the_address_but_not_the_contact(client, listing):
    client.force_login(EmailAddressFactory().user)
    html = client.get(listing_url(listing)).content.decode()
    assert "2 rue Fréteau de Peny" in html
    assert "internat@ch-melun.example.org" not in html
    assert "01 64 71 60 00" not in html


def test_a_draft_listing_is_not_found(client, portal):
    draft = HousingListingFactory(publish=False)
    assert client.get(listing_url(draft)).status_code == 404


def test_a_wrong_slug_redirects_to_the_listing(client, listing):
    response = client.get(f"/fr/logements/{listing.pk}-autre-titre/")
    assert response.status_code == 302
    assert response.url == listing_url(listing)


def test_listing_page_shows_the_availability_calendar(client, portal):
    first_of_month = timezone.localdate().replace(day=1)
    listing = HousingListingFactory(
        periods=[(first_of_month, first_of_month + datetime.timedelta(days=400))]
    )
    html = client.get(listing_url(listing)).content.decode()
    assert html.count("availability-calendar__available") == 12


def test_each_filter_in_use_has_a_chip_that_removes_it(client, portal):
    melun = CommuneFactory(slug="melun", name="Melun")
    HousingListingFactory(commune=melun)

    response = client.get(
        portal["housing"].url, {"commune": "melun", "max_rent": "400", "view": "map"}
    )

    chips = {chip.label: chip.remove_url for chip in response.context["search"].chips}
    assert chips["Melun"] == "?max_rent=400&view=map"
    assert chips["400\u00a0€ au plus"] == "?commune=melun&view=map"
