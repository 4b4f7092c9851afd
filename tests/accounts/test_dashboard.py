"""My account: what belongs to the user, section by section, and only to them."""

import pytest

from core import personal_data
from core.personal_data import PersonalDataItem, PersonalDataSection
from tests.factories import ProfessionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def events_section(monkeypatch):
    """A section as the events app would register it."""
    monkeypatch.setattr(personal_data, "_sections", dict(personal_data._sections))
    return personal_data.register(
        PersonalDataSection(
            key="events",
            label="Event registrations",
            items=lambda user: [PersonalDataItem("Welcome evening", "registered")],
            export=lambda user: [{"event": "Welcome evening", "email": user.email}],
        )
    )


@pytest.mark.parametrize(
    "name",
    [
        "accounts:dashboard",
        "accounts:profile",
        "accounts:export",
        "accounts:delete",
        "account_email",
        "account_change_password",
    ],
)
def test_anonymous_visitor_is_sent_to_sign_in_from_every_account_page(client, url_for, name):
    response = client.get(url_for(name))
    assert response.status_code == 302
    assert response.url.startswith(url_for("account_login"))


def test_dashboard_lists_the_profile_and_the_email_addresses(client, portal, url_for, signed_in):
    signed_in.profession = ProfessionFactory(name_fr="Sage-femme", name_en="Midwife")
    signed_in.save()
    html = client.get(url_for("accounts:dashboard", "en")).content.decode()
    assert "Midwife" in html
    assert signed_in.email in html


def test_dashboard_shows_the_sections_other_apps_register(
    client, portal, url_for, signed_in, events_section
):
    html = client.get(url_for("accounts:dashboard", "en")).content.decode()
    assert "Event registrations" in html
    assert "Welcome evening" in html


def test_email_management_page_uses_the_site_layout(client, portal, url_for, signed_in):
    html = client.get(url_for("account_email", "en")).content.decode()
    assert 'class="skip-link"' in html
    assert "<legend>" in html
