"""The aid guide in Chromium: facets and the finder with and without JavaScript, and axe-core."""

import pytest
from playwright.sync_api import expect

from territory.models import Commune, CommuneBoundary
from tests.browser.axe import axe_violations
from tests.factories import CareerStageFactory, ProfessionFactory
from tests.guide.factories import AidPageFactory, midwife_bursary
from tests.territory.factories import CommuneFactory, PlaceToPractiseFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def guide_data(portal):
    """A midwife bursary tied to the zonage, an aid for GPs, and a ZIP commune for midwives."""
    midwife = ProfessionFactory(slug="sage-femme", name_fr="Sage-femme", name_en="Midwife")
    gp = ProfessionFactory(slug="medecin-generaliste", name_fr="Médecin généraliste")
    student = CareerStageFactory(slug="etudiant", name_fr="Étudiant")
    commune = CommuneFactory(
        name="Coulommiers", slug="coulommiers", postcode="77120", zones={midwife: "zip"}
    )
    PlaceToPractiseFactory(name="MSPU de Coulommiers", kind="mspu", commune=commune)
    bursary = midwife_bursary(portal["guide"], midwife, student)
    AidPageFactory(parent=portal["guide"], title="Prime des généralistes", professions=[gp])
    return {"guide": portal["guide"], "bursary": bursary}


@pytest.fixture
def no_js_page(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, java_script_enabled=False, locale="fr-FR"
    )
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def result_titles(page) -> list[str]:
    return page.locator(".aid-grid .card__title").all_inner_texts()


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_ticking_facets_on_a_phone_keeps_the_panel_and_focus_until_applied(page, guide_data):
    page.goto("/fr/aides/")
    page.get_by_text("Filtrer les aides").click()
    page.get_by_label("Sage-femme").check()
    student = page.locator("#facet-stage-etudiant")
    student.check()
    expect(student).to_be_focused()
    assert page.locator("[data-filters]").evaluate("details => details.open")
    assert page.url.endswith("/fr/aides/")
    page.get_by_role("button", name="Appliquer les filtres").click()
    page.wait_for_url("**/aides/?*profession=sage-femme*")
    assert "etudiant" in page.url
    assert result_titles(page) == ["Bourse d’études sages-femmes"]


def test_facets_apply_with_their_button_without_javascript(no_js_page, guide_data):
    no_js_page.goto("/fr/aides/")
    no_js_page.get_by_text("Filtrer les aides").click()
    no_js_page.get_by_label("Sage-femme").check()
    no_js_page.get_by_role("button", name="Appliquer les filtres").click()
    no_js_page.wait_for_url("**/aides/?*profession=sage-femme*")
    assert result_titles(no_js_page) == ["Bourse d’études sages-femmes"]


def test_chip_removes_the_filter(page, guide_data):
    page.goto("/fr/aides/?profession=sage-femme")
    page.get_by_role("link", name="Retirer le filtre Sage-femme").click()
    page.wait_for_url("**/aides/?")
    assert len(result_titles(page)) == 2


def answer_finder(page):
    page.goto("/fr/aides/quelles-aides-pour-moi/")
    page.get_by_label("Votre profession").select_option("sage-femme")
    page.get_by_label("Où vous en êtes dans votre parcours").select_option("etudiant")
    page.get_by_label("La commune où vous exerceriez").fill("coulommiers ")
    page.get_by_role("button", name="Voir mes aides").click()
    page.wait_for_url("**/quelles-aides-pour-moi/?*commune=coulommiers*")
    expect(page.get_by_label("La commune où vous exerceriez")).to_have_value("Coulommiers (77120)")


def test_finder_answers_with_javascript(page, guide_data):
    answer_finder(page)
    assert page.locator(".finder-item__title").all_inner_texts() == ["Bourse d’études sages-femmes"]
    assert page.get_by_text("Condition de zone remplie").is_visible()
    assert page.get_by_role("link", name="Imprimer cette réponse").is_visible()


def test_finder_answers_without_javascript(no_js_page, guide_data):
    answer_finder(no_js_page)
    assert no_js_page.locator(".finder-item__title").all_inner_texts() == [
        "Bourse d’études sages-femmes"
    ]
    assert no_js_page.get_by_role("link", name="Imprimer cette réponse").count() == 0


@pytest.mark.parametrize("viewport", ["phone", "desktop"], indirect=True)
def test_guide_index_has_no_accessibility_violations(page, guide_data):
    page.goto("/fr/aides/?profession=sage-femme")
    assert axe_violations(page) == []


@pytest.mark.parametrize("viewport", ["phone", "desktop"], indirect=True)
def test_aid_page_has_no_accessibility_violations(page, guide_data):
    page.goto(guide_data["bursary"].url)
    assert axe_violations(page) == []


@pytest.mark.parametrize("viewport", ["phone", "desktop"], indirect=True)
def test_finder_answer_has_no_accessibility_violations(page, guide_data):
    page.goto(
        "/fr/aides/quelles-aides-pour-moi/?profession=sage-femme&stage=etudiant&commune=coulommiers"
    )
    assert axe_violations(page) == []


@pytest.mark.parametrize("viewport", ["phone", "desktop"], indirect=True)
def test_commune_page_has_no_accessibility_violations(page, guide_data):
    page.goto("/fr/aides/communes/coulommiers/")
    assert axe_violations(page) == []


def test_zonage_map_fetches_its_markers_and_links_to_the_commune(page, guide_data):
    page.goto("/fr/aides/communes/?profession=sage-femme")
    marker = page.locator(".map__marker--zip")
    expect(marker).to_have_count(1)
    marker.click()
    page.get_by_role("link", name="Coulommiers — Zone d’intervention prioritaire (ZIP)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Coulommiers")


def test_zonage_and_places_pages_have_no_accessibility_violations(page, guide_data):
    page.goto("/fr/aides/communes/?profession=sage-femme")
    violations = axe_violations(page)
    page.goto("/fr/aides/lieux-d-exercice/")
    assert violations + axe_violations(page) == []


def test_places_list_is_read_with_the_page_not_in_a_scroll_box(page, guide_data):
    commune = CommuneFactory(name="Provins", slug="provins", postcode="77160")
    for number in range(30):
        PlaceToPractiseFactory(name=f"Maison de santé {number:02}", kind="msp", commune=commune)
    page.goto("/fr/aides/lieux-d-exercice/")
    places = page.locator(".place-list")
    assert places.evaluate("list => getComputedStyle(list).overflowY") == "visible"
    assert places.evaluate("list => list.scrollHeight <= list.clientHeight")


@pytest.fixture
def outlined(guide_data):
    """Coulommiers with its outline: the zonage maps draw it from the GeoJSON."""
    square = [[[3.0, 48.8], [3.1, 48.8], [3.1, 48.85], [3.0, 48.85], [3.0, 48.8]]]
    commune = Commune.objects.get(slug="coulommiers")
    CommuneBoundary.objects.create(
        commune=commune, geometry={"type": "Polygon", "coordinates": square}
    )
    return guide_data


def test_zonage_map_hatches_the_communes_zone_for_the_profession_of_the_page(page, outlined):
    page.goto("/fr/aides/communes/?profession=sage-femme")
    expect(page.locator("path.map__area--zip")).to_have_count(1)

    page.goto("/fr/aides/communes/?profession=medecin-generaliste")
    expect(page.locator("path.map__area--none")).to_have_count(1)


def test_commune_map_profession_menu_recolours_the_outlines(page, outlined):
    page.goto("/fr/aides/communes/coulommiers/")
    page.locator(".map__show").first.click()
    expect(page.locator("path.map__area--none.map__area--current")).to_have_count(1)

    page.get_by_label("Zonage affiché").select_option(label="Sage-femme")

    expect(page.locator("path.map__area--zip.map__area--current")).to_have_count(1)


def test_commune_map_profession_menu_works_from_the_keyboard(page, outlined):
    page.goto("/fr/aides/communes/coulommiers/")
    page.locator(".map__show").first.click()
    expect(page.locator("path.map__area--current")).to_have_count(1)
    menu = page.get_by_label("Zonage affiché")
    menu.focus()
    expect(menu).to_be_focused()
    page.keyboard.type("S")  # a focused menu selects the option its letter begins

    expect(page.locator("path.map__area--zip")).to_have_count(1)


@pytest.mark.parametrize("viewport", ["phone", "desktop"], indirect=True)
def test_outline_maps_have_no_accessibility_violations(page, outlined):
    page.goto("/fr/aides/communes/?profession=sage-femme")
    expect(page.locator("path.map__area")).to_have_count(1)
    violations = axe_violations(page)
    page.goto("/fr/aides/communes/coulommiers/")
    page.locator(".map__show").first.click()
    expect(page.locator("path.map__area--current")).to_have_count(1)
    assert violations + axe_violations(page) == []


def test_outline_maps_draw_under_the_sites_content_security_policy(browser, live_server, outlined):
    context = browser.new_context(base_url=live_server.url, locale="fr-FR")
    strict = context.new_page()
    refused = []
    strict.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    response = strict.goto("/fr/aides/communes/?profession=sage-femme")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    expect(strict.locator("path.map__area--zip")).to_have_count(1)
    strict.goto("/fr/aides/communes/coulommiers/")
    strict.locator(".map__show").first.click()
    expect(strict.locator("path.map__area--current")).to_have_count(1)
    context.close()

    assert refused == []


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_zonage_table_holds_long_names_on_a_phone_without_javascript(no_js_page, page, guide_data):
    """The table is the map without JavaScript: readable at 390 px, and axe finds nothing."""
    midwife = guide_data["bursary"].professions.first()
    CommuneFactory(name="Saint-Germain-sur-École-et-Villiers-sous-Grez", zones={midwife: "zac"})
    no_js_page.set_viewport_size({"width": 390, "height": 844})
    no_js_page.goto("/fr/aides/communes/?profession=sage-femme")
    table = no_js_page.get_by_role("table", name="Communes prioritaires pour")
    expect(table.get_by_role("rowheader")).to_have_count(2)
    assert no_js_page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.goto("/fr/aides/communes/?profession=sage-femme")
    assert axe_violations(page) == []
