"""CDOM staff in the admin: housing only; drafts, locks, validation, the semester shortcut."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from housing.models import HousingListing
from tests.housing.factories import HousingListingFactory
from tests.territory.factories import CommuneFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, cdom_staff):
    client.force_login(cdom_staff)
    return client


def form_data(commune, **overrides) -> dict:
    """The listing's admin form as a browser without JavaScript posts it."""
    data = {
        "title": "Studio près de l’hôpital",
        "kind": "studio",
        "places": "1",
        "description": "",
        "rent": "350",
        "charges_included": "on",
        "deposit": "350",
        "surface": "20",
        "furnished": "on",
        "minimum_stay_months": "6",
        "public_transport": "",
        "commune": str(commune.pk),
        "address": "1 rue A",
        "latitude": "48.54",
        "longitude": "2.65",
        "offerer_type": "commune",
        "contact_name": "Mairie",
        "contact_email": "mairie@example.org",
        "contact_phone": "",
        "contact_language": "fr",
        "owner": "",
        "internal_notes": "",
        "photos-TOTAL_FORMS": "0",
        "photos-INITIAL_FORMS": "0",
        "photos-MIN_NUM_FORMS": "0",
        "photos-MAX_NUM_FORMS": "8",
        "periods-TOTAL_FORMS": "1",
        "periods-INITIAL_FORMS": "0",
        "periods-MIN_NUM_FORMS": "0",
        "periods-MAX_NUM_FORMS": "1000",
        "periods-0-start": "2030-11-01",
        "periods-0-end": "2031-04-30",
        "periods-0-ORDER": "1",
        "periods-0-id": "",
        "periods-0-DELETE": "",
    }
    data.update(overrides)
    return data


ADD_URL = "wagtailsnippets_housing_housinglisting:add"


def test_cdom_staff_can_open_the_housing_listings(staff_client):
    response = staff_client.get(reverse("wagtailsnippets_housing_housinglisting:list"))
    assert response.status_code == 200


def test_cdom_staff_cannot_edit_pages(staff_client, portal):
    page = portal["housing"]
    response = staff_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code in (302, 403)


def test_cdom_staff_cannot_add_pages(staff_client, portal):
    response = staff_client.get(
        reverse("wagtailadmin_explore", args=[Page.get_first_root_node().pk])
    )
    assert response.status_code in (302, 403)


def test_cdom_staff_cannot_manage_users(staff_client):
    assert staff_client.get(reverse("wagtailusers_users:index")).status_code in (302, 403)


def test_cdom_staff_can_create_a_draft_listing(staff_client, cdom_staff):
    commune = CommuneFactory()
    staff_client.post(reverse(ADD_URL), form_data(commune))
    listing = HousingListing.objects.get()
    assert listing.live is False
    assert listing.latest_revision.user == cdom_staff


def test_cdom_staff_can_publish_a_listing(staff_client):
    commune = CommuneFactory()
    staff_client.post(reverse(ADD_URL), form_data(commune, **{"action-publish": "action-publish"}))
    assert HousingListing.objects.get().live is True


def test_an_end_before_the_start_is_refused_in_the_editors_language(staff_client):
    commune = CommuneFactory()
    data = form_data(commune, **{"periods-0-start": "2031-04-30", "periods-0-end": "2030-11-01"})
    response = staff_client.post(reverse(ADD_URL), data, HTTP_ACCEPT_LANGUAGE="fr")
    assert HousingListing.objects.count() == 0
    assert "La fin d’une période doit venir après son début." in response.content.decode()


def test_a_negative_rent_is_refused(staff_client):
    commune = CommuneFactory()
    response = staff_client.post(reverse(ADD_URL), form_data(commune, rent="-10"))
    assert HousingListing.objects.count() == 0
    assert response.status_code == 200


def test_a_new_period_in_the_past_is_refused(staff_client):
    commune = CommuneFactory()
    data = form_data(commune, **{"periods-0-start": "2020-01-01", "periods-0-end": "2020-06-30"})
    staff_client.post(reverse(ADD_URL), data)
    assert HousingListing.objects.count() == 0


def test_the_next_semester_box_adds_the_period_without_javascript(staff_client):
    commune = CommuneFactory()
    data = form_data(commune, **{"periods-TOTAL_FORMS": "0", "add_next_semester": "on"})
    staff_client.post(reverse(ADD_URL), data)
    period = HousingListing.objects.get().periods.get()
    assert period.start.month in (5, 11)
    assert period.end - period.start > datetime.timedelta(days=170)


def test_a_listing_without_any_period_is_refused(staff_client):
    commune = CommuneFactory()
    staff_client.post(reverse(ADD_URL), form_data(commune, **{"periods-TOTAL_FORMS": "0"}))
    assert HousingListing.objects.count() == 0


def test_confirming_availability_updates_the_date(staff_client):
    listing = HousingListingFactory(
        last_confirmed_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    )
    url = reverse("wagtailsnippets_housing_housinglisting:edit", args=[listing.pk])
    period = listing.periods.get()
    data = form_data(
        listing.commune,
        confirm_available="on",
        **{
            "periods-INITIAL_FORMS": "1",
            "periods-0-id": str(period.pk),
            "periods-0-start": period.start.isoformat(),
            "periods-0-end": period.end.isoformat(),
            "action-publish": "action-publish",
        },
    )
    staff_client.post(url, data)
    listing.refresh_from_db()
    assert timezone.now() - listing.last_confirmed_at < datetime.timedelta(minutes=5)


def test_a_listing_locked_by_a_colleague_cannot_be_saved(staff_client, cdom_staff):
    from tests.factories import UserFactory

    listing = HousingListingFactory(locked=True, locked_by=UserFactory())
    url = reverse("wagtailsnippets_housing_housinglisting:edit", args=[listing.pk])
    staff_client.post(url, form_data(listing.commune, title="Écrasé"))
    listing.refresh_from_db()
    assert listing.title != "Écrasé"


def test_export_of_the_list_is_a_csv_file(staff_client):
    HousingListingFactory(title="Studio exporté")
    url = reverse("wagtailsnippets_housing_housinglisting:list") + "?export=csv"
    response = staff_client.get(url)
    assert "Studio exporté" in b"".join(response.streaming_content).decode()


def test_internal_notes_are_not_on_the_public_page(client, portal):
    listing = HousingListingFactory(internal_notes="Propriétaire difficile à joindre")
    html = client.get(f"/fr/logements/{listing.pk}-{listing.slug}/").content.decode()
    assert "difficile à joindre" not in html


def unchanged_form_data(listing, **overrides) -> dict:
    """The edit form of `listing` posted as it is shown, with `overrides`."""
    period = listing.periods.get()
    shown = form_data(
        listing.commune,
        title=listing.title,
        kind=listing.kind,
        rent=str(listing.rent),
        deposit=str(listing.deposit),
        surface="",
        minimum_stay_months=str(listing.minimum_stay_months),
        address=listing.address,
        latitude=str(listing.latitude),
        longitude=str(listing.longitude),
        offerer_type=listing.offerer_type,
        contact_name=listing.contact_name,
        contact_email=listing.contact_email,
        contact_phone=listing.contact_phone,
        **{
            "periods-INITIAL_FORMS": "1",
            "periods-0-id": str(period.pk),
            "periods-0-start": period.start.isoformat(),
            "periods-0-end": period.end.isoformat(),
        },
    )
    return {**shown, **overrides}


LONG_AGO = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


def test_confirming_with_the_default_save_button_confirms_without_leaving_a_draft(
    staff_client,
):
    listing = HousingListingFactory(last_confirmed_at=LONG_AGO)
    url = reverse("wagtailsnippets_housing_housinglisting:edit", args=[listing.pk])
    staff_client.post(url, unchanged_form_data(listing, confirm_available="on"))
    listing.refresh_from_db()
    assert timezone.now() - listing.last_confirmed_at < datetime.timedelta(minutes=5)
    assert not listing.has_unpublished_changes


def test_confirming_while_saving_a_draft_confirms_the_published_listing(staff_client):
    listing = HousingListingFactory(last_confirmed_at=LONG_AGO)
    url = reverse("wagtailsnippets_housing_housinglisting:edit", args=[listing.pk])
    staff_client.post(
        url, unchanged_form_data(listing, confirm_available="on", title="Nouveau titre")
    )
    listing.refresh_from_db()
    assert timezone.now() - listing.last_confirmed_at < datetime.timedelta(minutes=5)
    assert listing.has_unpublished_changes


def test_the_bulk_action_confirms_every_ticked_listing(staff_client):
    first, second, untouched = (HousingListingFactory(last_confirmed_at=LONG_AGO) for _ in "abc")
    url = (
        reverse("wagtail_bulk_action", args=["housing", "housinglisting", "confirm_available"])
        + f"?id={first.pk}&id={second.pk}"
    )
    assert staff_client.get(url).status_code == 200
    staff_client.post(url)
    confirmed = {
        listing.pk
        for listing in HousingListing.objects.filter(
            last_confirmed_at__gt=timezone.now() - datetime.timedelta(minutes=5)
        )
    }
    assert confirmed == {first.pk, second.pk}
    assert untouched.pk not in confirmed


def test_the_list_shows_the_day_each_listing_must_be_confirmed_by(staff_client):
    HousingListingFactory(last_confirmed_at=datetime.datetime(2026, 10, 1, 12, tzinfo=datetime.UTC))
    content = staff_client.get(reverse("wagtailsnippets_housing_housinglisting:list")).content
    assert "À confirmer avant" in content.decode()
    assert "30/11/2026" in content.decode()


def test_the_dashboard_lists_the_listings_to_confirm_this_week(staff_client):
    due = HousingListingFactory(
        title="Studio à confirmer", last_confirmed_at=timezone.now() - datetime.timedelta(days=55)
    )
    HousingListingFactory(title="Studio confirmé", last_confirmed_at=timezone.now())
    content = staff_client.get(reverse("wagtailadmin_home")).content.decode()
    assert due.title in content
    assert "Studio confirmé" not in content


PREVIEW_DUMP = None  # a directory to write the previews to, when comparing two versions


def preview_html(response, name: str) -> str:
    html = response.content.decode()
    if PREVIEW_DUMP:
        (PREVIEW_DUMP / f"{name}.html").write_text(html)
    return html


def test_the_preview_of_an_edit_is_the_listing_page_without_the_contact_button(
    staff_client, portal
):
    listing = HousingListingFactory(title="Studio du parc")
    url = reverse("wagtailsnippets_housing_housinglisting:preview_on_edit", args=[listing.pk])
    edited = unchanged_form_data(
        listing, title="Studio du parc rénové", description="Calme, lumineux."
    )
    assert staff_client.post(url, edited).json()["is_valid"]
    html = preview_html(staff_client.get(url), "edit")
    assert "Studio du parc rénové" in html
    assert "Calme, lumineux." in html
    assert '<meta name="robots" content="noindex">' in html
    # The listing has a contact: only the preview's flag leaves out the button.
    assert "Écrire au contact" not in html


def test_the_preview_of_a_new_listing_shows_what_is_typed(staff_client, portal):
    url = reverse("wagtailsnippets_housing_housinglisting:preview_on_add")
    data = form_data(CommuneFactory(name="Provins"), title="Chambre chez l’habitant")
    assert staff_client.post(url, data).json()["is_valid"]
    html = preview_html(staff_client.get(url), "add")
    assert "Chambre chez l’habitant" in html
    assert "Provins" in html
    assert '<meta name="robots" content="noindex">' in html


def test_the_preview_of_a_revision_shows_that_revision(staff_client, portal):
    listing = HousingListingFactory(title="Avant")
    listing.title = "Après"
    revision = listing.save_revision()
    url = reverse(
        "wagtailsnippets_housing_housinglisting:revisions_view", args=[listing.pk, revision.pk]
    )
    html = preview_html(staff_client.get(url), "revision")
    assert "Après" in html
    assert '<meta name="robots" content="noindex">' in html
