"""Each page a visitor reaches speaks its language: its switch and its addresses.

The demo is the data set: a crawler starts at /fr/ and /en/ and follows every
link of the site as an anonymous visitor, once for the module.
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
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db

LINK = re.compile(r'<a\b[^>]*\bhref="([^"]*)"')
ADDRESS = re.compile(r'\b(?:href|action|src|data-map-src)="(/fr/[^"]*)"')
SWITCH = re.compile(r'<nav class="language-switch".*?</nav>', re.S)
SWITCH_LINK = re.compile(r'href="([^"]*)" hreflang="(\w+)"')
OTHER = {"fr": "en", "en": "fr"}
# Words of English addresses that had no French path.
ENGLISH_WORDS = re.compile(
    r"/(calendar|register|saved-search|zonage-map|signup|login|logout|password|email|2fa|sent)/"
    r"|/contact/\w+\.\w+/"
)


@pytest.fixture(scope="module")
def crawled(django_db_setup, django_db_blocker, tmp_path_factory):
    """Every HTML page of the demo reached from /fr/ and from /en/: language → address → HTML."""
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("demo-media")),
        transaction.atomic(),
    ):
        call_command("load_demo", stdout=StringIO())
        client = Client()
        yield {language: crawl(client, language) for language in ("fr", "en")}
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


def crawl(client, language: str) -> dict[str, str]:
    """Every HTML page reached from the language's home by links and redirects: address → HTML.

    Links with a query string (filters, pages of results) are followed from
    pages without one, so each filter is tried once without the crawl
    multiplying them.
    """
    start = f"/{language}/"
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
    client, crawled, language
):
    pages = crawled[language]
    failures = []

    for address, html in pages.items():
        target = switch_link(html, OTHER[language])
        response = client.get(target)
        if response.status_code != 200:
            failures.append((address, target, response.status_code))
        elif switch_link(response.content.decode(), language) != address:
            failures.append((address, target, "leads elsewhere"))

    assert len(pages) > 100
    assert failures == []


def test_no_french_page_links_to_an_address_in_english_words(crawled):
    english = {
        (address, link)
        for address, html in crawled["fr"].items()
        for link in ADDRESS.findall(html)
        if ENGLISH_WORDS.search(urlsplit(unescape(link)).path)
    }

    assert english == set()
