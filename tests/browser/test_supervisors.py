"""The supervisor directory and the "become a supervisor" form in a real browser."""

import pytest
from django.core.cache import cache
from playwright.sync_api import expect
from wagtail.rich_text import RichText

from supervisors.models import Lead
from territory.models import Commune
from tests.browser.axe import axe_violations
from tests.factories import ProfessionFactory, SpecialtyFactory
from tests.supervisors.factories import SupervisorFactory, become_supervisor_page
from tests.territory.factories import CommuneFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def directory(portal):
    cache.clear()
    paediatrics = SpecialtyFactory(slug="pediatrie", name_fr="Pédiatrie", name_en="Paediatrics")
    general = SpecialtyFactory(slug="medecine-generale", name_fr="Médecine générale")
    melun = CommuneFactory(name="Melun", slug="melun", latitude=48.5421, longitude=2.6554)
    meaux = CommuneFactory(
        name="Meaux", slug="meaux", postcode="77100", latitude=48.9601, longitude=2.8788
    )
    SupervisorFactory(last_name="Roux", specialty=paediatrics, commune=melun)
    SupervisorFactory(last_name="Blanc", specialty=general, commune=meaux)
    SupervisorFactory(last_name="Vidal", specialty=general, commune=melun)
    ProfessionFactory(name_fr="Médecin généraliste")
    become_supervisor_page(portal["supervisors"], slug="devenir")
    return portal["supervisors"]


@pytest.fixture
def page_without_js(browser, live_server, viewport):
    context = browser.new_context(
        base_url=live_server.url,
        viewport=viewport,
        locale="fr-FR",
        bypass_csp=True,
        java_script_enabled=False,
    )
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def open_filters(page):
    if not page.locator("[data-filters]").evaluate("details => details.open"):
        page.get_by_text("Filtrer les maîtres de stage", exact=True).click()


def filter_by_paediatrics(page):
    page.goto("/fr/maitres-de-stage/")
    expect(page.locator("#results-title")).to_have_text("3 maîtres de stage")
    open_filters(page)
    page.get_by_label("Spécialité").select_option(label="Pédiatrie")
    page.get_by_role("button", name="Afficher les maîtres de stage").click()
    expect(page.locator("#results-title")).to_have_text("1 maître de stage")
    assert "specialty=pediatrie" in page.url
    expect(page.locator(".supervisor-card")).to_have_count(1)
    expect(page.locator(".supervisor-card")).to_contain_text("Roux")


def test_directory_filters_work_without_javascript(page_without_js, directory):
    filter_by_paediatrics(page_without_js)
    expect(page_without_js.locator(".map")).to_be_hidden()


def test_directory_filters_work_with_javascript_and_draw_the_map(page, directory):
    page.goto("/fr/maitres-de-stage/")
    expect(page.locator("[data-filters]")).to_have_attribute("open", "")
    filter_by_paediatrics(page)
    expect(page.locator(".map")).to_be_visible()
    page.get_by_role("link", name="Carte").click()
    expect(page.locator(".map__marker")).to_have_count(1)


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_map_link_on_a_phone_shows_the_drawn_map_in_view(page, directory):
    # A list longer than the screen, as in the demo: the map is drawn far below.
    melun = Commune.objects.get(slug="melun")
    for letter in "ABCDEFGHIJKLMNOPQ":
        SupervisorFactory(last_name=f"{letter}ubois", commune=melun)
    directory.body = [("paragraph", RichText("<p>L’agrément est délivré par la faculté.</p>" * 6))]
    directory.save_revision().publish()
    page.goto("/fr/maitres-de-stage/")
    page.get_by_role("link", name="Carte").click()
    expect(page.locator(".map__marker")).to_have_count(20)
    expect(page.locator(".map__canvas")).to_be_in_viewport(ratio=0.9)
    expect(page.locator("#directory-map")).to_be_focused()


def test_distance_filter_and_its_chip(page_without_js, directory):
    page = page_without_js
    page.goto("/fr/maitres-de-stage/")
    open_filters(page)
    page.get_by_label("Commune (facultatif)", exact=True).fill("77000")
    page.get_by_label("Distance depuis la commune").select_option("20")
    page.get_by_role("button", name="Afficher les maîtres de stage").click()
    expect(page.locator("#results-title")).to_have_text("2 maîtres de stage")
    page.get_by_role("link", name="À moins de 20 km").click()
    expect(page.locator("#results-title")).to_have_text("2 maîtres de stage")
    assert "radius" not in page.url


def test_lead_form_reports_a_bad_rpps_then_accepts_the_corrected_one(page, directory):
    page.goto("/fr/maitres-de-stage/devenir/")
    page.get_by_label("Prénom").fill("Lucie")
    page.get_by_label("Nom", exact=True).fill("Martin")
    page.get_by_label("E-mail", exact=True).fill("lucie@example.org")
    page.get_by_label("Profession").select_option(label="Médecin généraliste")
    page.get_by_label("Numéro RPPS").fill("10003478963")
    page.get_by_label("Ou l’adresse de votre cabinet").fill("6 rue Pasteur")
    page.get_by_label("Commune de votre cabinet").fill("melun")
    page.get_by_label("Quand pourriez-vous commencer ?").fill("Novembre 2027")
    page.get_by_label("J’accepte").check()
    page.get_by_role("button", name="Envoyer").click()
    expect(page.locator(".error-summary")).to_contain_text("RPPS")
    assert axe_violations(page) == []
    page.get_by_label("Numéro RPPS").fill("10003478962")
    page.get_by_label("J’accepte").check()
    page.get_by_role("button", name="Envoyer").click()
    expect(
        page.get_by_role("heading", name="Merci : nous avons bien reçu votre message")
    ).to_be_visible()
    assert Lead.objects.get().rpps == "10003478962"


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_filters_are_folded_on_a_phone_so_the_list_comes_first(page, directory):
    page.goto("/fr/maitres-de-stage/")
    expect(page.get_by_label("Spécialité")).to_be_hidden()
    expect(page.locator(".supervisor-card").first).to_be_visible()


@pytest.mark.parametrize("viewport", ["phone", "desktop"], indirect=True)
def test_directory_has_no_accessibility_violations(page, directory):
    page.goto("/fr/maitres-de-stage/?commune=melun&radius=20")
    assert axe_violations(page) == []


@pytest.mark.parametrize("viewport", ["phone", "desktop"], indirect=True)
def test_supervisor_page_has_no_accessibility_violations(page, directory):
    page.goto("/fr/maitres-de-stage/")
    page.locator(".supervisor-card a").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Dr")
    assert axe_violations(page) == []


@pytest.mark.parametrize("viewport", ["phone", "desktop"], indirect=True)
def test_become_supervisor_form_has_no_accessibility_violations(page, directory):
    page.goto("/fr/maitres-de-stage/devenir/")
    assert axe_violations(page) == []


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_refused_lead_form_puts_the_focus_on_the_error_summary(page_without_js, directory):
    page_without_js.goto("/fr/maitres-de-stage/devenir/")
    page_without_js.get_by_role("button", name="Envoyer").click()
    expect(page_without_js.locator(".error-summary")).to_be_focused()
    assert page_without_js.title().startswith("Erreur\u00a0:")
