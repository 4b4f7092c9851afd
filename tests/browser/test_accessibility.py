"""Zero axe-core violations (WCAG 2.0 and 2.1, A and AA) at phone and desktop widths."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.browser.axe import axe_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.parametrize("viewport", ["phone", "desktop"], indirect=True),
]


def french_url(name: str) -> str:
    with translation.override("fr"):
        return reverse(name)


def test_french_home_page_has_no_accessibility_violations(page, portal):
    page.goto("/fr/")
    assert axe_violations(page) == []


def test_english_home_page_has_no_accessibility_violations(page, portal):
    page.goto("/en/")
    assert axe_violations(page) == []


def test_section_index_page_has_no_accessibility_violations(page, portal):
    page.goto("/fr/aides/")
    assert axe_violations(page) == []


def test_search_results_page_has_no_accessibility_violations(page, portal):
    page.goto(f"{french_url('search')}?q=aides")
    assert page.get_by_role("link", name="Aides à l’installation").count() > 0
    assert axe_violations(page) == []


def test_not_found_page_has_no_accessibility_violations(page, portal):
    response = page.goto("/fr/cette-page-n-existe-pas/")
    assert response.status == 404
    assert axe_violations(page) == []


def test_register_of_processing_has_no_accessibility_violations(page, portal):
    page.goto(french_url("processing_register"))
    assert page.get_by_role("heading", name="Registre des traitements").count() == 1
    assert axe_violations(page) == []


def test_sign_up_page_has_no_accessibility_violations(page, portal):
    page.goto(french_url("account_signup"))
    assert axe_violations(page) == []


def test_account_page_has_no_accessibility_violations(page, portal, user, client, live_server):
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page.goto(french_url("accounts:dashboard"))
    assert page.url.endswith(french_url("accounts:dashboard"))
    assert axe_violations(page) == []
