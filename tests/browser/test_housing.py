"""The housing registry in Chromium: search with and without JavaScript, write to a landlord."""

import re

import pytest
from playwright.sync_api import expect

from relay.models import RelayedMessage
from tests.browser.axe import axe_violations
from tests.factories import TEST_PASSWORD, EmailAddressFactory
from tests.housing.factories import HousingListingFactory
from tests.territory.factories import CommuneFactory, PlaceToPractiseFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def listings(portal):
    melun = CommuneFactory(name="Melun", slug="melun", latitude=48.5421, longitude=2.6554)
    meaux = CommuneFactory(
        name="Meaux", slug="meaux", postcode="77100", latitude=48.9601, longitude=2.8788
    )
    PlaceToPractiseFactory(name="Hôpital de Melun", slug="hopital-melun", commune=melun)
    return [
        HousingListingFactory(title="Chambre à l’internat de Melun", commune=melun, rent=180),
        HousingListingFactory(
            title="Studio près de la gare de Melun", commune=melun, rent=420, kind="studio"
        ),
        HousingListingFactory(title="Chambre à Meaux", commune=meaux, rent=200),
    ]


def search_near_melun(page):
    page.goto("/fr/logements/")
    filters = page.locator("details[data-filters]")
    if not filters.evaluate("details => details.open"):
        # Folded on a phone, or without JavaScript: one tap opens them.
        page.get_by_text("Filtrer les logements").click()
    page.get_by_label("Près de").fill("hopital de melun")
    page.get_by_label("Dans un rayon de (km)").fill("10")
    page.get_by_label("Loyer maximum (€ par mois)").fill("300")
    page.get_by_role("button", name="Afficher les logements").click()


def test_search_with_javascript_filters_and_draws_the_map(page, listings):
    search_near_melun(page)
    expect(page).to_have_url(re.compile(r"near=hopital\+de\+melun.*max_rent=300"))
    expect(page.get_by_label("Près de")).to_have_value("Hôpital de Melun")
    results = page.get_by_role("region", name=re.compile("logement"))
    expect(results.get_by_role("link", name="Chambre à l’internat de Melun")).to_be_visible()
    expect(results.get_by_role("link", name="Chambre à Meaux")).to_have_count(0)
    expect(page.locator(".map__marker")).to_have_count(0)
    page.get_by_role("button", name="Afficher la carte").click()
    expect(page.locator(".map__marker")).to_have_count(1)


def test_place_field_suggests_places_and_communes(page, listings):
    page.goto("/fr/logements/")
    near = page.get_by_label("Près de")
    expect(page.locator("datalist option")).to_have_count(0)
    near.focus()
    suggestions = page.locator(f"datalist#{near.get_attribute('list')} option")
    expect(suggestions.first).to_have_attribute("value", "Hôpital de Melun")
    assert "Meaux (77100)" in suggestions.evaluate_all("options => options.map(o => o.value)")


def test_the_map_view_draws_the_map_at_once(page, listings):
    page.goto("/fr/logements/?view=map")
    expect(page.locator(".map__marker")).to_have_count(len(listings))
    expect(page.get_by_role("button", name="Afficher la carte")).to_be_hidden()


def test_search_without_javascript_filters_by_a_plain_form(browser, live_server, listings):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    search_near_melun(page)
    expect(page.get_by_role("heading", name="1 logement")).to_be_visible()
    expect(page.get_by_role("link", name="Chambre à l’internat de Melun")).to_be_visible()
    page.get_by_role("link", name="Carte").click()
    expect(page).to_have_url(re.compile(r"view=map"))
    # Without JavaScript the map view still lists the listings.
    expect(page.get_by_role("link", name="Chambre à l’internat de Melun")).to_be_visible()
    context.close()


def test_a_verified_student_writes_to_the_landlord(page, listings, mailoutbox):
    student = EmailAddressFactory().user
    listing = listings[0]
    page.goto(f"/fr/logements/{listing.pk}-{listing.slug}/")
    page.get_by_role("link", name="Écrire au contact").click()
    page.get_by_label("E-mail", exact=True).fill(student.email)
    page.get_by_label("Mot de passe", exact=True).fill(TEST_PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    page.get_by_label("Votre message").fill("Bonjour, la chambre est-elle libre en novembre ?")
    page.get_by_role("button", name="Envoyer le message").click()
    expect(page.get_by_role("status")).to_contain_text("Votre message a été envoyé")
    assert RelayedMessage.objects.get().sender == student
    assert mailoutbox[-1].reply_to == [student.email]
    assert listing.contact_email not in page.content()


def test_search_page_has_no_accessibility_violation(page, listings):
    search_near_melun(page)
    assert axe_violations(page) == []


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_listing_page_has_no_accessibility_violation(page, listings):
    listing = listings[0]
    page.goto(f"/fr/logements/{listing.pk}-{listing.slug}/")
    assert axe_violations(page) == []


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_on_a_phone_the_results_come_before_the_filters(page, listings):
    page.goto("/fr/logements/")

    expect(page.locator("details[data-filters]")).not_to_have_attribute("open", "")
    expect(page.get_by_role("link", name="Chambre à l’internat de Melun")).to_be_in_viewport()
