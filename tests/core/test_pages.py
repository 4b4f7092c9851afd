"""The public pages exist in both languages, with their translation linked."""

import datetime

import pytest
from django.utils import timezone

from tests.conftest import translate_page
from tests.factories import EventPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def test_french_home_page_links_to_the_four_sections(client, portal):
    html = client.get("/fr/").content.decode()
    for path in ("/fr/aides/", "/fr/logements/", "/fr/maitres-de-stage/", "/fr/evenements/"):
        assert f'href="{path}"' in html


def test_english_section_index_is_served_at_its_english_slug_in_english(client, portal):
    response = client.get("/en/aids/")
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()


def test_language_switch_links_to_the_translation_of_the_current_page(client, portal):
    html = client.get("/fr/logements/").content.decode()
    assert 'href="/en/housing/" hreflang="en"' in html


def test_language_switch_keeps_the_filters_of_a_page(client, portal):
    html = client.get("/fr/logements/?max_rent=500").content.decode()
    assert 'href="/en/housing/?max_rent=500" hreflang="en"' in html


def test_language_switch_keeps_the_sub_route_of_a_routable_page(rf, portal):
    from core.i18n import path_after_page

    request = rf.get("/fr/logements/12-studio-melun/", {"view": "map"})
    assert path_after_page(request, portal["housing"]) == "12-studio-melun/?view=map"


def test_language_switch_on_a_non_page_view_keeps_the_view(client, portal):
    html = client.get("/fr/recherche/?q=logement").content.decode()
    assert 'href="/en/search/?q=logement" hreflang="en"' in html


def test_untranslated_page_switches_to_the_home_page_of_the_other_language(client, portal):
    StandardPageFactory(parent=portal["home"], slug="seulement-en-francais")
    html = client.get("/fr/seulement-en-francais/").content.decode()
    assert 'href="/en/" hreflang="en"' in html


def test_a_translation_published_later_is_linked_at_once(client, portal):
    """The links are cached with the page's route (core.i18n.translation_urls)."""
    page = StandardPageFactory(parent=portal["guide"], slug="contacts")
    url = "/fr/aides/contacts/?debug=1"  # a query the page cache skips: rendered each time
    assert 'href="/en/" hreflang="en"' in client.get(url).content.decode()

    translate_page(page, portal["en"]["guide"].locale, "Contacts", "contacts")

    assert 'href="/en/aids/contacts/?debug=1" hreflang="en"' in client.get(url).content.decode()


def test_root_redirects_to_the_language_of_the_browser(client, portal):
    response = client.get("/", headers={"accept-language": "en-GB,en;q=0.9"})
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_root_redirects_to_french_by_default(client, portal):
    response = client.get("/", headers={"accept-language": "de"})
    assert response["Location"] == "/fr/"


def test_inner_page_has_a_breadcrumb_back_to_its_section(client, portal):
    event = EventPageFactory(parent=portal["events"], title="Soirée de décembre")
    html = client.get(event.url).content.decode()
    assert 'aria-label="Vous êtes ici"' in html
    assert '<a href="/fr/evenements/">Événements</a>' in html


def test_home_page_shows_the_next_event_of_its_language(client, portal):
    EventPageFactory(parent=portal["events"], title="Soirée d’accueil de décembre")
    html = client.get("/fr/").content.decode()
    assert "Soirée d’accueil de décembre" in html


def test_home_page_says_when_no_event_is_scheduled(client, portal):
    html = client.get("/fr/").content.decode()
    assert "La date de la prochaine soirée sera bientôt publiée ici." in html


def test_event_index_separates_upcoming_and_past_events(client, portal):
    EventPageFactory(parent=portal["events"], title="Soirée à venir")
    EventPageFactory(
        parent=portal["events"],
        title="Soirée passée",
        start=timezone.now() - datetime.timedelta(days=200),
    )
    response = client.get("/fr/evenements/")
    assert [e.title for e in response.context["upcoming_events"]] == ["Soirée à venir"]
    assert [e.title for e in response.context["past_events"]] == ["Soirée passée"]


def test_section_index_has_a_breadcrumb_back_home(client, portal):
    html = client.get("/en/housing/").content.decode()
    assert 'aria-label="You are here"' in html
    assert '<span aria-current="page">Housing</span>' in html


def test_home_page_has_no_breadcrumb(client, portal):
    assert 'aria-label="Vous êtes ici"' not in client.get("/fr/").content.decode()


def test_main_menu_marks_the_section_of_the_current_page(client, portal):
    event = EventPageFactory(parent=portal["events"])
    section_html = client.get("/fr/evenements/").content.decode()
    event_html = client.get(event.url).content.decode()
    assert '<a href="/fr/evenements/" aria-current="page">' in section_html
    assert '<a href="/fr/evenements/" aria-current="true">' in event_html
    assert '<a href="/fr/aides/" aria-current' not in event_html


def test_home_page_shows_the_latest_aids_in_force_of_its_language(client, portal):
    from guide.models import Validity
    from tests.guide.factories import AidPageFactory

    AidPageFactory(parent=portal["guide"], title="Bourse d’études du Département")
    AidPageFactory(parent=portal["guide"], title="Contrat fermé", validity=Validity.CLOSED)

    html = client.get("/fr/").content.decode()

    assert "Bourse d’études du Département" in html
    assert "Contrat fermé" not in html
    assert client.get("/en/").context["latest_aids"].count() == 0


def meta_description(html: str) -> str:
    return html.split('<meta name="description" content="', 1)[1].split('"', 1)[0]


def test_page_without_search_description_is_described_by_its_summary(client, portal):
    from tests.guide.factories import AidPageFactory

    aid = AidPageFactory(
        parent=portal["guide"],
        summary="Jusqu’à 20 000 € par an pour une <b>maison de santé</b> universitaire.",
    )

    html = client.get(aid.url).content.decode()

    assert meta_description(html) == (
        "Jusqu’à 20 000 € par an pour une maison de santé universitaire."
    )


def test_search_description_written_by_an_editor_comes_first(client, portal):
    portal["housing"].search_description = "Des chambres pour les internes."
    portal["housing"].save_revision().publish()

    html = client.get("/fr/logements/").content.decode()

    assert meta_description(html) == "Des chambres pour les internes."


def test_page_with_nothing_to_say_gets_the_portal_description(client, portal):
    page = StandardPageFactory(parent=portal["home"], intro="")

    html = client.get(page.url).content.decode()

    assert meta_description(html).startswith("Aides, logements")


def test_language_switch_translates_the_sub_route_of_a_routable_page(client, portal):
    html = client.get("/fr/aides/quelles-aides-pour-moi/?profession=1").content.decode()
    assert 'href="/en/aids/which-aids-for-me/?profession=1" hreflang="en"' in html


def test_language_switch_from_english_sub_route_leads_to_the_french_one(client, portal):
    html = client.get("/en/aids/places-to-practise/").content.decode()
    assert 'href="/fr/aides/lieux-d-exercice/" hreflang="fr"' in html
