"""Every query parameter of the public list pages, fuzzed: never a 500, never live markup."""

import pytest
from django.conf import settings
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


# Every public page that reads its query string, and every parameter it reads.
# The page cache's list of parameters is the site's own inventory of them.
PUBLIC_QUERY_PAGES = {
    "housing": ("housing", "", [*HOUSING, "page"]),
    "supervisors": ("supervisors", "", [*SUPERVISORS, "page"]),
    "guide": ("guide", "", [*GUIDE, "page"]),
    "finder": ("guide", "quelles-aides-pour-moi/", FINDER),
    "communes": ("guide", "communes/", ["profession", "commune"]),
    "zonage map": ("guide", "zonage-map/", ["profession"]),
    "places": ("guide", "lieux-d-exercice/", ["kind", "profession"]),
    "events": ("events", "", ["page"]),
}
SITE_SEARCH_PARAMETERS = ["q", "page"]
# The values that once gave a 500: an OFFSET past PostgreSQL's bigint, a NUL
# byte that PostgreSQL refuses in any text, and their neighbours.
EDGE_VALUES = [
    "99999999999999999999999999",
    "9223372036854775807",
    "-99999999999999999999999999",
    "1e308",
    "\x00",
    "a\x00b",
    "paris\x00",
    "x" * 5000,
]


def test_fuzzed_parameters_are_every_cached_parameter():
    fuzzed = {name for _s, _p, names in PUBLIC_QUERY_PAGES.values() for name in names}
    assert fuzzed | set(SITE_SEARCH_PARAMETERS) == settings.PAGE_CACHE_QUERY_PARAMETERS


@pytest.mark.parametrize("value", EDGE_VALUES)
@pytest.mark.parametrize("page_name", PUBLIC_QUERY_PAGES)
def test_every_public_parameter_survives_edge_values(client, sections, page_name, value):
    section, subpath, names = PUBLIC_QUERY_PAGES[page_name]
    url = f"{sections[section].url}{subpath}"
    for name in names:
        assert_safe(client.get(f"{url}?{query_string([(name, value)])}"))
    assert_safe(client.get(f"{url}?{query_string([(name, value) for name in names])}"))


@pytest.mark.parametrize("value", EDGE_VALUES)
def test_site_search_survives_edge_values(client, sections, value):
    for name in SITE_SEARCH_PARAMETERS:
        assert_safe(client.get(f"/fr/recherche/?{query_string([('q', 'aide'), (name, value)])}"))
