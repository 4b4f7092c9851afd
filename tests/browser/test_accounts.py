"""The account pages (allauth's and the portal's own) fit a phone's screen."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.parametrize("viewport", ["phone"], indirect=True),
]

PUBLIC_PAGES = ["account_login", "account_signup", "account_reset_password"]

SIGNED_IN_PAGES = [
    "accounts:dashboard",
    "accounts:profile",
    "accounts:delete",
    "account_email",
    "account_change_password",
    "relay:sent",
    "housing:saved_searches",
    "mfa_index",
    "account_logout",
]

# The tallest account page (the dashboard) is about 4 000 px at 390 px wide;
# a card stretched to its column's height made it 17 000.
SANE_PAGE_HEIGHT = 6000


def french_url(name: str) -> str:
    with translation.override("fr"):
        return reverse(name)


def page_size(page) -> dict:
    return page.evaluate(
        "({width: document.documentElement.scrollWidth,"
        " height: document.documentElement.scrollHeight})"
    )


def sign_in(page, client, live_server):
    user = UserFactory()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


@pytest.mark.parametrize("url_name", PUBLIC_PAGES)
def test_public_account_page_fits_a_phone(page, portal, url_name):
    page.goto(french_url(url_name))
    size = page_size(page)
    assert size["width"] <= 390
    assert size["height"] < SANE_PAGE_HEIGHT


@pytest.mark.parametrize("url_name", SIGNED_IN_PAGES)
def test_signed_in_account_page_fits_a_phone(page, portal, client, live_server, url_name):
    sign_in(page, client, live_server)
    page.goto(french_url(url_name))
    assert page.url.endswith(french_url(url_name))
    size = page_size(page)
    assert size["width"] <= 390
    assert size["height"] < SANE_PAGE_HEIGHT


def test_account_menu_comes_below_the_dashboard_cards_on_a_phone(page, portal, client, live_server):
    sign_in(page, client, live_server)
    page.goto(french_url("accounts:dashboard"))
    last_card = page.locator("main .card").last.bounding_box()
    menu = page.locator(".account-nav").bounding_box()
    assert menu["y"] >= last_card["y"] + last_card["height"]


def test_account_deletion_warning_stacks_its_paragraphs_on_a_phone(
    page, portal, client, live_server
):
    sign_in(page, client, live_server)
    page.goto(french_url("accounts:delete"))
    lefts = page.locator("main .notice > *").evaluate_all(
        "children => children.map(child => child.getBoundingClientRect().left)"
    )
    assert len(lefts) > 1
    assert len(set(lefts)) == 1
