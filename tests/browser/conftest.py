"""Fixtures for the tests that drive the system Chromium against pytest-django's live server."""

import os

import pytest
from django.contrib.contenttypes.models import ContentType
from playwright.sync_api import sync_playwright
from wagtail.models import Page

from tests.browser.chromium import CHROMIUM, VIEWPORTS, launch_chromium

# Playwright's sync API keeps an event loop in the test thread, where Django
# would otherwise refuse the ORM calls the tests make to set up and check data.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def wagtail_root(transactional_db, locales):
    """The root of the page tree, which a migration creates and the flush after
    each live-server test removes (serialized rollback cannot restore it: once
    Playwright's event loop runs, Django hands the test thread another connection).

    A flush also gives the content types new ids, while this process may still hold
    the old ones in ContentType's cache (filled by an earlier test in this worker).
    """
    ContentType.objects.clear_cache()
    return Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locales["fr"])
    )


@pytest.fixture(scope="session")
def browser():
    if CHROMIUM is None:
        message = "Chromium is not installed (Debian: apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def viewport(request):
    """Desktop unless a test asks otherwise: parametrize with indirect=True and "phone"."""
    return VIEWPORTS[getattr(request, "param", "desktop")]


@pytest.fixture
def browser_locale():
    return "fr-FR"


@pytest.fixture(autouse=True)
def _public_url_is_the_live_server(settings, live_server):
    """The links the portal writes (e-mails, calendars) lead to the server the browser uses."""
    settings.PUBLIC_BASE_URL = settings.WAGTAILADMIN_BASE_URL = live_server.url


@pytest.fixture
def page(browser, live_server, viewport, browser_locale):
    # axe is injected as an inline script, which the site's CSP forbids.
    context = browser.new_context(
        base_url=live_server.url, viewport=viewport, locale=browser_locale, bypass_csp=True
    )
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()
