"""Site search over the pages of the visitor's language."""

import pytest

from tests.factories import StandardPageFactory
from tests.housing.factories import HousingListingFactory
from tests.supervisors.factories import SupervisorFactory
from tests.territory.factories import CommuneFactory

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


def group(response, key: str) -> list[str]:
    return [
        hit.title for found in response.context["groups"] if found.key == key for hit in found.hits
    ]


def test_search_finds_housing_listings(client, portal):
    for number in range(3):
        HousingListingFactory(title=f"Chambre à l’internat {number}")
    HousingListingFactory(title="Studio en ville")
    response = client.get("/fr/recherche/", {"q": "internat"})
    assert sorted(group(response, "housing")) == [f"Chambre à l’internat {n}" for n in range(3)]


def test_search_never_matches_a_listings_address(client, portal):
    HousingListingFactory(title="Studio", address="3 rue Confidentielle")
    response = client.get("/fr/recherche/", {"q": "confidentielle"})
    assert response.context["groups"] == []


def test_search_finds_a_supervisor_by_name_without_accents(client, portal):
    SupervisorFactory(first_name="Hélène", last_name="Lefèvre")
    response = client.get("/fr/recherche/", {"q": "helene lefevre"})
    assert group(response, "supervisors") == ["Dr Hélène Lefèvre"]


def test_search_finds_a_commune_and_links_its_page_in_the_guide(client, portal):
    CommuneFactory(name="Saint-Germain-sur-Morin", slug="saint-germain-sur-morin")
    response = client.get("/fr/recherche/", {"q": "saint germain"})
    [found] = [g for g in response.context["groups"] if g.key == "communes"]
    assert found.hits[0].url == f"{portal['guide'].url}communes/saint-germain-sur-morin/"
