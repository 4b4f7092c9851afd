"""Each public page runs as many SQL queries with 100 objects as with 10, cold cache.

The figures are the page's queries with the page cache empty (the first
visitor after a purge); a warm page runs none (tests/pagecache/test_page_cache.py).
"""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bench.pages import QUERY_BUDGET
from core.models import PortalSettings
from tests.events.factories import RegistrationFactory
from tests.factories import EventPageFactory, ProfessionFactory, SpecialtyFactory
from tests.guide.factories import AidKindFactory, AidPageFactory, FunderFactory
from tests.housing.factories import HousingListingFactory
from tests.supervisors.factories import SupervisorFactory
from tests.territory.factories import CommuneFactory

pytestmark = pytest.mark.django_db

SMALL, LARGE = 10, 100


class Dataset:
    """The pages' data, grown in steps: `grow(n)` adds n of each kind of object."""

    def __init__(self, portal):
        self.portal = portal
        self.commune = CommuneFactory(slug="melun", name="Melun")
        self.funder = FunderFactory(slug="departement")
        self.kind = AidKindFactory(slug="bourse")
        self.profession = ProfessionFactory(slug="medecin")
        self.specialty = SpecialtyFactory(slug="medecine-generale")
        self.event = EventPageFactory(parent=portal["events"], slug="soiree", capacity=10_000)
        self.aids, self.listings, self.supervisors = [], [], []

    def grow(self, count: int) -> None:
        start = timezone.now() + datetime.timedelta(days=40)
        for n in range(count):
            self.aids.append(
                AidPageFactory(
                    parent=self.portal["guide"],
                    kind=self.kind,
                    funders=[self.funder],
                    professions=[self.profession],
                )
            )
            self.listings.append(HousingListingFactory(commune=self.commune, rent=300 + n))
            self.supervisors.append(
                SupervisorFactory(commune=self.commune, specialty=self.specialty)
            )
            EventPageFactory(parent=self.portal["events"], start=start + datetime.timedelta(days=n))
            RegistrationFactory(event=self.event)

    def url(self, page: str) -> str:
        listing, supervisor, aid = self.listings[0], self.supervisors[0], self.aids[0]
        return {
            "home": "/fr/",
            "guide index": "/fr/aides/?profession=medecin&funder=departement&q=aide",
            "aid page": aid.url,
            "housing search": "/fr/logements/?commune=melun&max_rent=900&kind=residence&sort=rent",
            "listing page": f"/fr/logements/{listing.pk}-{listing.slug}/",
            "supervisor directory": (
                "/fr/maitres-de-stage/?specialty=medecine-generale&commune=melun"
            ),
            "supervisor page": f"/fr/maitres-de-stage/{supervisor.pk}-{supervisor.slug}/",
            "event page": "/fr/evenements/soiree/",
            "events feed": "/fr/evenements/calendrier/",
        }[page]


PAGES = [
    "home",
    "guide index",
    "aid page",
    "housing search",
    "listing page",
    "supervisor directory",
    "supervisor page",
    "event page",
    "events feed",
]


def cold_queries(client, url: str) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.fixture
def dataset(portal):
    PortalSettings.for_site(portal["home"].get_site())
    return Dataset(portal)


def test_no_page_runs_more_queries_with_more_data(client, dataset):
    dataset.grow(SMALL)
    small = {page: cold_queries(client, dataset.url(page)) for page in PAGES}
    dataset.grow(LARGE - SMALL)

    large = {page: cold_queries(client, dataset.url(page)) for page in PAGES}

    print(f"queries per page, cold, {SMALL} then {LARGE} objects of each kind:")
    for page in PAGES:
        print(f"  {page}: {small[page]} / {large[page]}")
    assert large == small


def test_every_page_renders_within_the_query_budget(client, dataset, settings):
    """A page the page cache does not hold yet, on a site whose other caches (settings,
    menu, footer) are filled: what the benchmark's "render" figure counts."""
    settings.PAGE_CACHE_SECONDS = 0
    dataset.grow(SMALL)
    counts = {}
    for page in PAGES:
        client.get(dataset.url(page))
        with CaptureQueriesContext(connection) as queries:
            assert client.get(dataset.url(page)).status_code == 200
        counts[page] = len(queries)

    assert {page: count for page, count in counts.items() if count > QUERY_BUDGET} == {}
