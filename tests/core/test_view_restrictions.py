"""A site without private pages skips Wagtail's restriction queries; a private page
stays private from the moment it is made so."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from core import view_restrictions
from tests.factories import StandardPageFactory
from tests.guide.factories import AidPageFactory

pytestmark = pytest.mark.django_db

RESTRICTION_TABLE = "wagtailcore_pageviewrestriction"


def restriction_queries(client, url) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in queries if RESTRICTION_TABLE in query["sql"]]


def make_private(page) -> PageViewRestriction:
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def test_pages_and_the_guide_look_for_no_restriction_on_a_site_without_private_pages(
    client, portal
):
    AidPageFactory(parent=portal["guide"], slug="bourse")
    client.get("/fr/aides/")  # the answer is read once, then kept

    # Uncached renders: a parameter the page cache does not know.
    assert restriction_queries(client, "/fr/aides/?render=1") == []
    assert restriction_queries(client, "/fr/aides/bourse/?render=1") == []


def test_a_page_made_private_asks_for_a_login_at_once(client, portal):
    page = StandardPageFactory(parent=portal["home"], slug="bureau", title="Bureau")
    assert client.get("/fr/bureau/").status_code == 200

    make_private(page)
    response = Client().get("/fr/bureau/")

    assert response.status_code == 302
    assert "Bureau" not in response.content.decode()


def test_an_aid_made_private_leaves_the_guide_at_once(client, portal):
    AidPageFactory(parent=portal["guide"], title="Bourse publique", slug="publique")
    private = AidPageFactory(parent=portal["guide"], title="Bourse réservée", slug="reservee")
    assert "Bourse réservée" in client.get("/fr/aides/").content.decode()

    make_private(private)
    listed = Client().get("/fr/aides/").content.decode()

    assert "Bourse publique" in listed
    assert "Bourse réservée" not in listed


def test_a_page_made_public_again_is_served_to_everyone(client, portal):
    page = StandardPageFactory(parent=portal["home"], slug="bureau", title="Bureau")
    restriction = make_private(page)
    assert client.get("/fr/bureau/").status_code == 302

    restriction.delete()

    assert client.get("/fr/bureau/").status_code == 200


def test_an_answer_read_before_the_restriction_was_committed_cannot_hide_it(
    portal, django_capture_on_commit_callbacks
):
    page = StandardPageFactory(parent=portal["home"], slug="bureau")
    with django_capture_on_commit_callbacks(execute=True):
        make_private(page)
        # During a long transaction the stored answer expires, and a request
        # that cannot see the uncommitted restriction stores "no private page".
        cache.delete(view_restrictions.KEY)
        cache.add(view_restrictions.KEY, False)

    assert view_restrictions.any_restricted_page() is True
    assert Client().get("/fr/bureau/").status_code == 302
