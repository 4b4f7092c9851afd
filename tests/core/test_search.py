"""Site search over the pages of the visitor's language."""

import pytest

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_search_finds_a_french_page_by_a_word_of_its_body(client, portal):
    StandardPageFactory(
        parent=portal["home"], title="Bourses d’études", intro="Une bourse pour les sages-femmes."
    )
    response = client.get("/fr/recherche/", {"q": "bourse"})
    titles = [page.title for page in response.context["results"]]
    assert "Bourses d’études" in titles


def test_search_keeps_to_the_visitors_language(client, portal):
    response = client.get("/en/search/", {"q": "Logements"})
    assert all(page.locale.language_code == "en" for page in response.context["results"])


def test_search_without_a_query_shows_the_form_only(client, portal):
    response = client.get("/fr/recherche/")
    assert response.status_code == 200
    assert response.context["results"] is None


def test_search_with_an_out_of_range_page_number_shows_the_first_page(client, portal):
    response = client.get("/fr/recherche/", {"q": "aides", "page": "999x"})
    assert response.status_code == 200
    assert response.context["results"].number == 1


def test_search_truncates_an_overlong_query(client, portal):
    response = client.get("/fr/recherche/", {"q": "a" * 5000})
    assert response.status_code == 200
    assert len(response.context["query"]) == 200
