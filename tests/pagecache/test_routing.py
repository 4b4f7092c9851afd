"""Wagtail's routes come from the cache, and every change that moves a page is seen at once.

The requests carry `?debug=1`, a parameter the page cache does not take (or
come from a signed-in visitor): each one is rendered, so what is proved is
the route cache alone.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from pagecache.store import cache_key
from tests.factories import StandardPageFactory, UserFactory
from tests.guide.factories import AidPageFactory
from tests.housing.factories import HousingListingFactory

pytestmark = pytest.mark.django_db

RENDERED = "?debug=1"


@pytest.fixture
def aid(portal):
    return AidPageFactory(parent=portal["guide"], title="Bourse d’études", slug="bourse")


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in queries]


def test_the_second_visit_finds_the_page_without_asking_the_database(client, aid):
    first = queries_of(client, "/fr/aides/bourse/" + RENDERED)
    second = queries_of(client, "/fr/aides/bourse/" + RENDERED)

    assert any('FROM "wagtailcore_site"' in sql for sql in first)
    assert not any('FROM "wagtailcore_site"' in sql for sql in second)
    assert not any('FROM "wagtailcore_locale"' in sql for sql in second)
    # The site, the locale and three pages down the tree. Restrictions are still
    # checked on a remembered route: tests/core/test_view_restrictions.py.
    assert len(first) - len(second) >= 5


def test_a_published_change_shows_at_once(client, aid):
    client.get("/fr/aides/bourse/" + RENDERED)

    aid.title = "Bourse d’études 2027"
    aid.save_revision().publish()

    assert "Bourse d’études 2027" in client.get("/fr/aides/bourse/" + RENDERED).content.decode()


def test_an_unpublished_page_is_gone_at_once_for_visitors_and_signed_in_users(client, aid):
    signed_in = client.__class__()
    signed_in.force_login(UserFactory())
    client.get("/fr/aides/bourse/" + RENDERED)
    signed_in.get("/fr/aides/bourse/")

    aid.unpublish()

    assert client.get("/fr/aides/bourse/" + RENDERED).status_code == 404
    assert signed_in.get("/fr/aides/bourse/").status_code == 404


def test_a_new_slug_moves_the_page_at_once(client, aid):
    client.get("/fr/aides/bourse/" + RENDERED)

    aid.slug = "bourse-etudes"
    aid.save_revision().publish()

    assert client.get("/fr/aides/bourse/" + RENDERED).status_code == 404
    assert client.get("/fr/aides/bourse-etudes/" + RENDERED).status_code == 200


def test_a_moved_page_leaves_its_old_address_at_once(client, portal):
    page = StandardPageFactory(parent=portal["guide"], slug="a-propos", title="À propos")
    client.get("/fr/aides/a-propos/" + RENDERED)

    page.move(portal["home"], pos="last-child")

    old_address = client.get("/fr/aides/a-propos/" + RENDERED)
    assert old_address.status_code == 301  # Wagtail's redirect to the new place
    assert old_address["Location"] == "/fr/a-propos/"
    assert client.get("/fr/a-propos/" + RENDERED).status_code == 200


def test_a_restriction_added_later_applies_at_once(client, portal):
    page = StandardPageFactory(parent=portal["home"], slug="reserve", title="Réservé aux internes")
    assert "Réservé aux internes" in client.get("/fr/reserve/" + RENDERED).content.decode()

    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    response = client.get("/fr/reserve/" + RENDERED)
    assert "Réservé aux internes" not in response.content.decode()
    assert "password" in response.content.decode().lower()


def test_a_change_to_the_site_forgets_every_route(aid, rf):
    request = rf.get("/fr/aides/bourse/")
    before = cache_key(request, "route")
    site = Site.objects.get()

    site.site_name = "Portail santé"
    site.save()

    assert cache_key(rf.get("/fr/aides/bourse/"), "route") != before


def test_a_sub_route_is_resolved_on_each_visit(client, portal):
    """A listing's address routes to the housing page; the listing itself is read each time."""
    listing = HousingListingFactory(title="Studio près de l’hôpital")
    url = f"/fr/logements/{listing.pk}-{listing.slug}/" + RENDERED
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200

    listing.unpublish()

    assert client.get(url).status_code == 404


def test_a_route_stored_by_an_earlier_release_is_found_again(client, aid, rf):
    """A cached route whose classes no longer load is a miss, not an error."""
    cache.set(cache_key(rf.get("/fr/aides/bourse/"), "route"), UnloadableRoute())

    response = client.get("/fr/aides/bourse/" + RENDERED)

    assert response.status_code == 200
    assert "Bourse d’études" in response.content.decode()


class UnloadableRoute:
    """Pickles, but raises on loading, as a class renamed since it was stored would."""

    def __reduce__(self):
        return getattr, (int, "no_such_attribute")
