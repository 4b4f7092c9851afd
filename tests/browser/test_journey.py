"""A visitor's whole stay: language, sign-up, confirmation, sign-in, their data, departure."""

import json
import re

import pytest
from playwright.sync_api import expect

from accounts.models import User

pytestmark = pytest.mark.browser

EMAIL = "lea.interne@example.org"
PASSWORD = "Semestre-de-novembre-77"


def test_visitor_signs_up_confirms_downloads_their_data_and_deletes_their_account(
    page, portal, mailoutbox
):
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/fr/$"))

    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/$"))

    page.get_by_role("link", name="Sign in").click()
    page.get_by_role("link", name="sign up").click()
    page.get_by_label("E-mail", exact=True).fill(EMAIL)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Create my account").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Verify")

    assert [message.to for message in mailoutbox] == [[EMAIL]]
    confirmation_url = re.search(r"https?://\S+/confirm-email/\S+/", mailoutbox[0].body)[0]
    page.goto(confirmation_url)
    page.get_by_role("button", name="Confirm").click()

    # She closes the browser and comes back later.
    page.context.clear_cookies()
    page.goto("/en/")
    page.get_by_role("link", name="Sign in").click()
    page.get_by_label("E-mail", exact=True).fill(EMAIL)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My account")

    your_data = page.get_by_role("region", name="Your data")
    with page.expect_download() as download:
        your_data.get_by_role("link", name="Download my data").click()
    assert EMAIL in json.dumps(json.loads(download.value.path().read_text()))

    your_data.get_by_role("link", name="Delete my account").click()
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Delete my account for good").click()
    expect(page).to_have_url(re.compile(r"/en/$"))
    expect(page.get_by_role("status")).to_contain_text("Your account and your personal data")
    assert not User.objects.filter(email=EMAIL).exists()
