"""The language switch leads to the same page in the other language, on every page reached.

The demo is the data set: a crawler starts at /fr/ and /en/, follows every
link of the site as an anonymous visitor, and on each page it reaches follows
the switch to the other language.
"""

import re
from collections import deque
from html import unescape
from io import StringIO
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

pytestmark = pytest.mark.django_db

LINK = re.compile(r'<a\b[^>]*\bhref="([^"]*)"')
SWITCH = re.compile(r'<nav class="language-switch".*?</nav>', re.S)
SWITCH_LINK = re.compile(r'href="([^"]*)" hreflang="(\w+)"')
OTHER = {"fr": "en", "en": "fr"}


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo, built once for this module and rolled back after it."""
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("demo-media")),
        transaction.atomic(),
    ):
        call_command("load_demo", stdout=StringIO())
        yield
        transaction.set_rollback(True)
    cache.clear()


def site_links(html: str, language: str, with_query: bool) -> set[str]:
    """The links of a page to other pages of the site in the same language."""
    links = set()
    for href in LINK.findall(html):
        url = urlsplit(unescape(href))
        if url.scheme or url.netloc or not url.path.startswith(f"/{language}/"):
            continue
        if url.query and not with_query:
            continue
        links.add(url.path + (f"?{url.query}" if url.query else ""))
    return links


def switch_link(html: str, language: str) -> str:
    links = {code: unescape(href) for href, code in SWITCH_LINK.findall(SWITCH.search(html)[0])}
    return links[language]


def crawl(client, start: str) -> dict[str, str]:
    """Every HTML page reached from `start` by links and redirects: address → its HTML.

    Links with a query string (filters, pages of results) are followed from
    pages without one, so each filter is tried once without the crawl
    multiplying them.
    """
    language = start.strip("/")
    pages, seen, queue = {}, {start}, deque([start])
    while queue:
        address = queue.popleft()
        response = client.get(address)
        found = set()
        if response.status_code in (301, 302):
            found = site_links(f'<a href="{response["Location"]}">', language, with_query=True)
        elif response.status_code == 200 and response["Content-Type"].startswith("text/html"):
            html = response.content.decode()
            pages[address] = html
            found = site_links(html, language, with_query="?" not in address)
        for link in found - seen:
            seen.add(link)
            queue.append(link)
    return pages


@pytest.mark.parametrize("language", ["fr", "en"])
def test_language_switch_on_every_page_leads_to_the_same_page_in_the_other_language(
    client, demo_site, language
):
    other = OTHER[language]
    pages = crawl(client, f"/{language}/")
    failures = []

    for address, html in pages.items():
        target = switch_link(html, other)
        response = client.get(target)
        if response.status_code != 200:
            failures.append((address, target, response.status_code))
        elif switch_link(response.content.decode(), language) != address:
            failures.append((address, target, "leads elsewhere"))

    assert len(pages) > 100
    assert failures == []
