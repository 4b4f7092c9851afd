"""The paginator that counts a search's results in the page's own query."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.pagination import WindowCountPaginator
from territory.models import Commune
from tests.territory.factories import CommuneFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def communes():
    CommuneFactory.create_batch(5)
    return Commune.objects.order_by("pk")


def fetch(paginator, number):
    """The page and the queries it took, the total included."""
    with CaptureQueriesContext(connection) as queries:
        page = paginator.get_page(number)
        names = [commune.name for commune in page]
        total = paginator.count
    return page, names, total, len(queries)


def test_a_page_and_the_total_take_one_query(communes):
    page, names, total, queries = fetch(WindowCountPaginator(communes, 2), "2")
    assert names == [commune.name for commune in communes[2:4]]
    assert total == 5
    assert (page.number, page.paginator.num_pages) == (2, 3)
    assert queries == 1


def test_the_last_page_holds_the_remainder(communes):
    page, names, _, _ = fetch(WindowCountPaginator(communes, 2), 3)
    assert names == [communes[4].name]
    assert not page.has_next()
    assert page.has_previous()


def test_a_page_past_the_end_gives_the_last_one_as_django_does(communes):
    page, names, total, queries = fetch(WindowCountPaginator(communes, 2), "9")
    assert page.number == 3
    assert names == [communes[4].name]
    assert total == 5
    assert queries == 3  # the empty page, the count, the last page


@pytest.mark.parametrize("number", [None, "", "deux", "2.5"])
def test_a_page_number_that_is_not_one_gives_the_first_page(communes, number):
    page, names, _, _ = fetch(WindowCountPaginator(communes, 2), number)
    assert page.number == 1
    assert names == [commune.name for commune in communes[:2]]


def test_no_result_is_one_empty_first_page_in_one_query(communes):
    page, names, total, queries = fetch(WindowCountPaginator(communes.filter(slug="nowhere"), 2), 1)
    assert (page.number, names, total, queries) == (1, [], 0, 1)
    assert page.paginator.num_pages == 1


def test_a_distinct_query_is_refused(communes):
    with pytest.raises(ValueError, match="DISTINCT"):
        WindowCountPaginator(communes.distinct(), 2)


def test_a_page_number_past_the_database_integers_gives_the_last_page(communes):
    page, names, _, _ = fetch(WindowCountPaginator(communes, 2), "99999999999999999999999999")
    assert page.number == 3
    assert names == [communes[4].name]
