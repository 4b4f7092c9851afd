"""Anonymous visitors get pages from the cache; every change invalidates the pages that show it."""

import pytest
from django.db import transaction
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from core.models import PortalSettings
from events.services import Registrant, register
from tests.conftest import translate_page
from tests.events.factories import RegistrationFactory
from tests.factories import EventPageFactory, ProfessionFactory, UserFactory
from tests.guide.factories import AidPageFactory, FunderFactory
from tests.housing.factories import HousingListingFactory
from tests.supervisors.factories import (
    LearnerLevelFactory,
    SupervisorFactory,
    become_supervisor_page,
)

pytestmark = pytest.mark.django_db

PURGED_URLS = []


class RecordingBackend(BaseBackend):
    """A frontend cache (Varnish, a CDN) that remembers what it was asked to purge."""

    def purge(self, url):
        PURGED_URLS.append(url)


@pytest.fixture(autouse=True)
def _site_settings(portal):
    """The portal settings exist (the first page served would create them, a change
    that purges every page)."""
    PortalSettings.for_site(portal["home"].get_site())


@pytest.fixture
def aid(portal):
    """A French aid with its English translation, both published."""
    page = AidPageFactory(parent=portal["guide"], title="Bourse d’études", slug="bourse")
    english = translate_page(page, portal["en"]["guide"].locale, "Study grant", "grant")
    return {"fr": page, "en": english}


def cache_state(response) -> str | None:
    return response.get("X-Page-Cache")


def publish_title(page, title):
    page.title = title
    page.save_revision().publish()


def test_a_second_anonymous_visit_comes_from_the_cache_without_queries(
    client, portal, django_assert_num_queries
):
    assert cache_state(client.get("/fr/")) == "miss"

    with django_assert_num_queries(0):
        response = client.get("/fr/")

    assert cache_state(response) == "hit"
    assert "Content-Security-Policy" in response


def test_a_cached_page_tells_shared_caches_they_may_keep_it(client, portal):
    response = client.get("/fr/")

    assert "public" in response["Cache-Control"]
    assert "s-maxage=600" in response["Cache-Control"]


def test_publishing_a_page_shows_the_change_at_once_in_french_and_english(client, aid):
    client.get("/fr/aides/bourse/")
    client.get("/en/aids/grant/")

    publish_title(aid["fr"], "Bourse d’études 2026")
    publish_title(aid["en"], "Study grant 2026")

    assert "Bourse d’études 2026" in client.get("/fr/aides/bourse/").content.decode()
    assert "Study grant 2026" in client.get("/en/aids/grant/").content.decode()


def test_publishing_a_page_invalidates_its_translation_its_index_and_the_home(client, aid):
    urls = ["/fr/aides/bourse/", "/en/aids/grant/", "/fr/aides/", "/en/aids/", "/fr/", "/en/"]
    for url in urls:
        client.get(url)

    publish_title(aid["fr"], "Bourse d’études 2026")

    assert [cache_state(client.get(url)) for url in urls] == ["miss"] * len(urls)


def test_publishing_a_page_keeps_the_other_sections_cached(client, aid, portal):
    client.get("/fr/logements/")

    publish_title(aid["fr"], "Bourse d’études 2026")

    assert cache_state(client.get("/fr/logements/")) == "hit"


def test_unpublishing_a_page_removes_it_from_the_cache(client, aid):
    client.get("/fr/aides/bourse/")

    aid["fr"].unpublish()

    assert client.get("/fr/aides/bourse/").status_code == 404


def test_a_signed_in_visitor_is_never_served_or_stored(client, portal):
    client.get("/fr/")
    client.force_login(UserFactory())

    response = client.get("/fr/")

    assert cache_state(response) is None
    assert "My account" in response.content.decode() or "Mon compte" in response.content.decode()
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_a_signed_in_page_is_not_given_to_the_next_visitor(client, portal):
    signed_in = client.__class__()
    signed_in.force_login(UserFactory())
    signed_in.get("/fr/")

    response = client.get("/fr/")

    assert cache_state(response) == "miss"
    assert "Mon compte" not in response.content.decode()


def test_a_preview_is_neither_served_from_nor_stored_in_the_cache(client, aid):
    client.get("/fr/aides/bourse/")
    aid["fr"].title = "Brouillon jamais publié"

    preview = aid["fr"].make_preview_request()

    assert "Brouillon jamais publié" in preview.content.decode()
    assert cache_state(preview) is None
    assert "Brouillon" not in client.get("/fr/aides/bourse/").content.decode()


def test_a_page_with_a_form_for_the_visitor_is_not_shared(client, portal):
    become_supervisor_page(portal["supervisors"], slug="devenir")

    first = client.get("/fr/maitres-de-stage/devenir/")
    second = client.get("/fr/maitres-de-stage/devenir/")

    assert "csrfmiddlewaretoken" in first.content.decode()
    assert cache_state(first) is None
    assert cache_state(second) is None


def test_a_query_string_outside_the_list_bypasses_the_cache(client, portal):
    client.get("/fr/aides/?debug=1")

    assert cache_state(client.get("/fr/aides/?debug=1")) is None


def test_a_filtered_search_is_cached_per_full_url(client, portal):
    client.get("/fr/logements/?max_rent=300&kind=studio")

    assert cache_state(client.get("/fr/logements/?kind=studio&max_rent=300")) == "hit"
    assert cache_state(client.get("/fr/logements/?kind=studio&max_rent=400")) == "miss"


def test_a_campaign_link_is_served_the_plain_page(client, portal):
    client.get("/fr/")

    response = client.get("/fr/?utm_source=newsletter&fbclid=abc")

    assert cache_state(response) == "hit"


def test_saving_a_listing_invalidates_its_page_the_index_and_the_filtered_searches(client, portal):
    listing = HousingListingFactory(title="Studio près de l’hôpital", rent=280)
    listing_url = f"/fr/logements/{listing.pk}-{listing.slug}/"
    for url in (listing_url, "/fr/logements/", "/fr/logements/?max_rent=300"):
        client.get(url)

    listing.rent = 310
    listing.save_revision().publish()

    assert "310" in client.get(listing_url).content.decode()
    assert cache_state(client.get("/fr/logements/")) == "miss"
    assert "Studio près" not in client.get("/fr/logements/?max_rent=300").content.decode()


def test_saving_a_listing_keeps_the_guide_index_cached(client, portal):
    listing = HousingListingFactory()
    client.get("/fr/aides/")

    listing.save_revision().publish()

    assert cache_state(client.get("/fr/aides/")) == "hit"


def test_a_registration_invalidates_the_seats_left(client, portal):
    event = EventPageFactory(parent=portal["events"], slug="soiree", capacity=1)
    client.get("/fr/evenements/soiree/")
    client.get("/fr/evenements/")

    register(event, Registrant("lea@example.org", "Léa", "Martin", "fr", UserFactory()))

    assert cache_state(client.get("/fr/evenements/soiree/")) == "miss"
    assert cache_state(client.get("/fr/evenements/")) == "miss"


def test_a_cancelled_registration_invalidates_the_event_page(client, portal):
    event = EventPageFactory(parent=portal["events"], slug="soiree", capacity=1)
    registration = RegistrationFactory(event=event)
    client.get("/fr/evenements/soiree/")

    registration.delete()

    assert cache_state(client.get("/fr/evenements/soiree/")) == "miss"


def test_a_change_to_the_funders_invalidates_the_guide(client, portal):
    funder = FunderFactory()
    client.get("/fr/aides/")
    client.get("/en/aids/")

    funder.name_fr = "Région Île-de-France"
    funder.save()

    assert cache_state(client.get("/fr/aides/")) == "miss"
    assert cache_state(client.get("/en/aids/")) == "miss"


def test_the_frontend_cache_receives_the_purged_urls_once_committed(
    settings, aid, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "recording": {"BACKEND": "tests.pagecache.test_page_cache.RecordingBackend"}
    }
    PURGED_URLS.clear()

    with django_capture_on_commit_callbacks(execute=True):
        publish_title(aid["fr"], "Bourse d’études 2026")

    assert {
        "http://localhost/fr/aides/bourse/",
        "http://localhost/en/aids/grant/",
        "http://localhost/fr/aides/",
        "http://localhost/en/aids/",
        "http://localhost/fr/",
        "http://localhost/en/",
    } <= set(PURGED_URLS)


def test_changes_in_one_transaction_are_purged_once_each(
    settings, portal, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "recording": {"BACKEND": "tests.pagecache.test_page_cache.RecordingBackend"}
    }
    with django_capture_on_commit_callbacks(execute=True):
        listings = HousingListingFactory.create_batch(3)
        PURGED_URLS.clear()
        with transaction.atomic():
            for listing in listings:
                listing.rent += 10
                listing.save()

    assert len(PURGED_URLS) == len(set(PURGED_URLS))
    for listing in listings:
        assert f"http://localhost/fr/logements/{listing.pk}-{listing.slug}/" in PURGED_URLS
    assert "http://localhost/fr/logements/" in PURGED_URLS


def test_renaming_a_commune_shows_on_its_page_at_once(client, portal):
    from tests.territory.factories import CommuneFactory

    commune = CommuneFactory(name="Serris", slug="serris")
    url = f"{portal['guide'].url}communes/serris/"
    assert cache_state(client.get(url)) == "miss"
    assert cache_state(client.get(url)) == "hit"
    commune.name = "Serris-Val-d’Europe"
    commune.save()
    assert "Serris-Val-d’Europe" in client.get(url).content.decode()


def assert_renamed_at_once(client, url, term, new_name):
    """`url`, cached, shows the term's new French name as soon as it is saved."""
    client.get(url)
    assert cache_state(client.get(url)) == "hit"

    term.name_fr = new_name
    term.save()

    assert new_name in client.get(url).content.decode()


def test_renaming_a_profession_invalidates_every_page(client, portal):
    profession = ProfessionFactory(slug="orthoptiste", name_fr="Orthoptiste")
    AidPageFactory(parent=portal["guide"], professions=[profession])

    assert_renamed_at_once(client, "/fr/aides/", profession, "Orthoptiste libéral")


def test_renaming_a_learner_level_invalidates_the_directory(client, portal):
    level = LearnerLevelFactory(slug="interne", name_fr="Interne")
    SupervisorFactory(learner_levels=[level])

    assert_renamed_at_once(client, "/fr/maitres-de-stage/", level, "Interne de spécialité")


def test_a_page_behind_a_password_is_never_handed_from_one_visitor_to_the_next(client, portal):
    from django.test import Client
    from wagtail.models import PageViewRestriction

    from tests.factories import StandardPageFactory

    page = StandardPageFactory(parent=portal["home"], slug="reserve", title="Réservé")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    form = client.get("/fr/reserve/")
    assert cache_state(form) != "hit"
    action = form.context["action_url"]
    client.post(action, {"password": "secret", "return_url": "/fr/reserve/"})
    unlocked = client.get("/fr/reserve/")
    assert "Réservé" in unlocked.content.decode()

    stranger = Client().get("/fr/reserve/")

    assert cache_state(stranger) != "hit"
    assert "password" in stranger.content.decode().lower()


def test_a_page_put_behind_a_password_leaves_the_cache_at_once(client, portal):
    from wagtail.models import PageViewRestriction

    from tests.factories import StandardPageFactory

    page = StandardPageFactory(parent=portal["home"], slug="compte-rendu", title="Compte rendu")
    client.get("/fr/compte-rendu/")
    assert cache_state(client.get("/fr/compte-rendu/")) == "hit"

    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    response = client.get("/fr/compte-rendu/")

    assert cache_state(response) != "hit"
    assert "password" in response.content.decode().lower()
