"""Every query parameter of the public list pages, fuzzed: never a 500, never live markup."""

import pytest
from hypothesis import example, given

from tests.events.factories import EventPageFactory
from tests.guide.factories import AidPageFactory
from tests.housing.factories import HousingListingFactory
from tests.security.fuzzing import FUZZ, IMAGE, assert_safe, params_for, query_string
from tests.supervisors.factories import SupervisorFactory

pytestmark = pytest.mark.django_db

HOUSING = ["commune", "near", "radius", "date", "semester", "max_rent", "kind"]
HOUSING += ["furnished", "step_free", "sort", "view"]
SUPERVISORS = ["specialty", "level", "commune", "radius", "language", "free"]
GUIDE = ["q", "open", "profession", "stage", "kind", "funder"]
FINDER = ["profession", "stage", "commune"]


@pytest.fixture
def sections(portal):
    """The French sections with one item each, so that every filter runs a real query."""
    HousingListingFactory()
    SupervisorFactory()
    AidPageFactory(parent=portal["guide"])
    EventPageFactory(parent=portal["events"])
    return portal


@FUZZ
@given(pairs=params_for(HOUSING))
def test_housing_search_parameters(client, sections, pairs):
    assert_safe(client.get(f"{sections['housing'].url}?{query_string(pairs)}"))


@FUZZ
@given(pairs=params_for(SUPERVISORS))
def test_supervisor_directory_filters(client, sections, pairs):
    assert_safe(client.get(f"{sections['supervisors'].url}?{query_string(pairs)}"))


@FUZZ
@given(pairs=params_for(GUIDE))
def test_aid_guide_facets_and_search(client, sections, pairs):
    assert_safe(client.get(f"{sections['guide'].url}?{query_string(pairs)}"))


@FUZZ
@given(pairs=params_for(FINDER))
def test_eligibility_finder_answers(client, sections, pairs):
    url = f"{sections['guide'].url}quelles-aides-pour-moi/"
    assert_safe(client.get(f"{url}?{query_string(pairs)}"))


@FUZZ
@given(pairs=params_for(["profession"]))
def test_communes_zonage_filter(client, sections, pairs):
    url = f"{sections['guide'].url}communes/"
    assert_safe(client.get(f"{url}?{query_string(pairs)}"))


@FUZZ
@given(pairs=params_for(["kind", "profession"]))
def test_places_to_practise_filters(client, sections, pairs):
    url = f"{sections['guide'].url}lieux-d-exercice/"
    assert_safe(client.get(f"{url}?{query_string(pairs)}"))


@FUZZ
@given(pairs=params_for(["q"]))
@example(pairs=[("q", IMAGE)])  # quotes once reached SQLite's FTS5 syntax: a 500
def test_site_search(client, sections, pairs):
    assert_safe(client.get(f"/fr/recherche/?{query_string(pairs)}"))


@FUZZ
@given(pairs=params_for(["page"]))
def test_events_index(client, sections, pairs):
    assert_safe(client.get(f"{sections['events'].url}?{query_string(pairs)}"))
