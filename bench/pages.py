"""The pages the benchmark measures, their SQL queries (in process) and their weight."""

import gzip
import http.client
import re
import statistics
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.utils import timezone

from core.models import CareerStage, Profession, Specialty
from core.semesters import next_semester
from events.models import EventIndexPage, EventPage, Registration
from guide.models import AidPage, GuideIndexPage
from housing.models import HousingIndexPage, HousingListing
from supervisors.models import LearnerLevel, Supervisor, SupervisorIndexPage
from territory.models import Commune

QUERY_BUDGET = 25


STYLESHEET = re.compile(r"<link\b[^>]*\brel=\"stylesheet\"[^>]*>")
SCRIPT = re.compile(r"<script\b[^>]*\bsrc=\"([^\"]+)\"")
HREF = re.compile(r"\bhref=\"([^\"]+)\"")


@dataclass(frozen=True)
class BenchPage:
    """A URL to measure; `search` marks the filtered searches (their own cold target)."""

    key: str
    label: str
    url: str
    search: bool = False
    html: bool = True


def french(model):
    return model.objects.live().filter(locale__language_code="fr")


def bench_pages() -> list[BenchPage]:
    """The home page, one page of each section and the filtered searches, on the data set."""
    commune = Commune.objects.filter(slug="melun").first() or Commune.objects.first()
    guide = french(GuideIndexPage).first()
    profession = Profession.objects.filter(aids__isnull=False).first()
    stage = CareerStage.objects.filter(aids__isnull=False).first()
    aid = french(AidPage).order_by("pk").first()
    housing = french(HousingIndexPage).first()
    semester = next_semester(timezone.localdate())
    listing = HousingListing.objects.filter(live=True).order_by("pk").first()
    directory = french(SupervisorIndexPage).first()
    specialty = Specialty.objects.filter(supervisors__isnull=False).first()
    level = LearnerLevel.objects.filter(supervisors__isnull=False).first()
    events = french(EventIndexPage).first()
    busiest = Registration.objects.values_list("event", flat=True).order_by("pk").first()
    event = french(EventPage).filter(pk=busiest).first() or french(EventPage).first()
    return [
        BenchPage("home", "Home", "/fr/"),
        BenchPage(
            "guide_search",
            "Guide: 2 facets + a word",
            f"{guide.url}?profession={profession.slug}&stage={stage.slug}&q=installation",
            search=True,
        ),
        BenchPage("aid", "Aid page", aid.url),
        BenchPage(
            "housing_search",
            "Housing: 4 filters",
            f"{housing.url}?near=commune:{commune.slug}&radius=20&semester={semester.key}"
            "&max_rent=450&furnished=on",
            search=True,
        ),
        BenchPage("listing", "Listing page", listing.url_under(housing.url)),
        BenchPage(
            "supervisor_search",
            "Supervisors: 4 filters",
            f"{directory.url}?specialty={specialty.slug}&level={level.slug}"
            f"&commune={commune.slug}&radius=20",
            search=True,
        ),
        BenchPage("event", "Event page", event.url),
        BenchPage("events_feed", "Events .ics feed", f"{events.url}calendrier/", html=False),
    ]


def weight_pages() -> list[BenchPage]:
    """The other pages whose weight grows with the data: every list, and the forms."""
    guide = french(GuideIndexPage).first()
    directory = french(SupervisorIndexPage).first()
    commune = Commune.objects.filter(slug="melun").first() or Commune.objects.first()
    pages = [
        BenchPage("guide", "Guide, all aids", guide.url),
        BenchPage(
            "finder", "Guide: which aids for me?", guide.url + guide.reverse_subpage("finder")
        ),
        BenchPage(
            "zonage", "Guide: communes and zonage", guide.url + guide.reverse_subpage("communes")
        ),
        BenchPage(
            "commune",
            "Guide: a commune",
            guide.url + guide.reverse_subpage("commune", kwargs={"slug": commune.slug}),
        ),
        BenchPage("housing", "Housing, all listings", french(HousingIndexPage).first().url),
        BenchPage("directory", "Supervisors, all", directory.url),
        BenchPage("events", "Events", french(EventIndexPage).first().url),
    ]
    if directory.become_page is not None:
        pages.append(BenchPage("become", "Become a supervisor", directory.become_page.url))
    return pages


def clear_caches() -> None:
    """Empty every cache this process can reach (Redis is shared with the web workers)."""
    for cache in caches.all(initialized_only=False):
        cache.clear()


@dataclass(frozen=True)
class QueryCounts:
    """SQL queries of one page: caches empty, page rendered with the other caches filled,
    page from the page cache."""

    cold: int
    render: int
    cached: int


class QueryRecorder:
    """Counts and times the statements the database connection runs, across the pool's
    reconnections."""

    def __init__(self):
        self.count = 0
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - start


def queries_of(client: Client, url: str) -> int:
    counter = QueryRecorder()
    with connection.execute_wrapper(counter):
        response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}.")
    return counter.count


def count_queries(page: BenchPage, host: str) -> QueryCounts:
    """The page's SQL queries through the whole stack, as the web workers run them.

    `render` is the figure held to the budget: a visitor whose URL is not in the
    page cache yet, on a site whose other caches (settings, menus) are filled.
    """
    client = Client(HTTP_HOST=host)
    clear_caches()
    cold = queries_of(client, page.url)
    cached = queries_of(client, page.url)
    return QueryCounts(cold=cold, render=queries_of(client, cache_busting(page.url)), cached=cached)


@dataclass(frozen=True)
class RenderTime:
    """Median milliseconds of a render in process (page cache missed, other caches filled),
    and of its SQL: a figure that, unlike requests per second, the load on the machine
    hardly moves, to compare runs and changes."""

    total_ms: float
    sql_ms: float


def render_time(page: BenchPage, host: str, repeats: int = 15) -> RenderTime:
    client = Client(HTTP_HOST=host)
    client.get(page.url)  # fills the settings, menu and facet caches
    totals, sqls = [], []
    for number in range(repeats):
        timer = QueryRecorder()
        with connection.execute_wrapper(timer):
            start = time.perf_counter()
            client.get(cache_busting(page.url, f"render-{number}"))
            totals.append(time.perf_counter() - start)
        sqls.append(timer.seconds)
    return RenderTime(
        round(statistics.median(totals) * 1000, 1), round(statistics.median(sqls) * 1000, 1)
    )


def cache_busting(url: str, marker: str = "1") -> str:
    """`url` with a parameter that the page cache does not know, so it renders the page."""
    return f"{url}{'&' if '?' in url else '?'}bench={marker}"


def fetch(base: str, path: str) -> bytes:
    parts = urlsplit(urljoin(base, path))
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    conn.request("GET", target, headers={"Accept-Encoding": "identity"})
    response = conn.getresponse()
    body = response.read()
    conn.close()
    if response.status != 200:
        raise RuntimeError(f"{target} answered {response.status}.")
    return body


def page_weight(page: BenchPage, base: str) -> dict[str, int]:
    """Bytes of the HTML and of the stylesheets and scripts it loads, raw and gzipped."""
    document = fetch(base, page.url)
    assets: list[str] = []
    if page.html:
        text = document.decode()
        assets += [HREF.search(tag).group(1) for tag in STYLESHEET.findall(text)]
        assets += SCRIPT.findall(text)
    bodies = [document] + [fetch(base, url) for url in dict.fromkeys(assets)]
    return {
        "html": len(document),
        "assets": len(bodies) - 1,
        "total": sum(len(body) for body in bodies),
        "gzipped": sum(len(gzip.compress(body)) for body in bodies),
    }


def dataset_size() -> dict[str, int]:
    """How many rows the measured pages draw from, for the report."""
    return {
        "communes": Commune.objects.count(),
        "aids": AidPage.objects.live().count(),
        "housing listings": HousingListing.objects.filter(live=True).count(),
        "supervisors": Supervisor.objects.filter(live=True).count(),
        "events": EventPage.objects.live().count(),
        "registrations": Registration.objects.count(),
    }
