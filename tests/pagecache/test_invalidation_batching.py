"""Within one transaction (an import), the sections' URLs are looked up once, not per save."""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from core.signals import records_saved_in_bulk
from pagecache import invalidation
from supervisors.cached_pages import supervisor_pages
from supervisors.models import Supervisor
from tests.supervisors.factories import SupervisorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(portal):
    return portal["supervisors"]


def directory_lookups(queries) -> int:
    return sum('FROM "supervisors_supervisorindexpage"' in q["sql"] for q in queries)


def test_saving_supervisors_in_one_transaction_looks_the_directory_up_once(directory):
    supervisors = SupervisorFactory.create_batch(3)
    invalidation._forget_memo()  # As at the start of an import's transaction.
    with transaction.atomic(), CaptureQueriesContext(connection) as queries:
        for supervisor in supervisors:
            supervisor.save()
    assert directory_lookups(queries.captured_queries) == 1


def test_each_supervisor_still_invalidates_its_own_page(directory):
    first, second = SupervisorFactory.create_batch(2)
    with transaction.atomic():
        urls = {stale.url for stale in supervisor_pages(first) + supervisor_pages(second)}
    assert any(first.slug in url for url in urls)
    assert any(second.slug in url for url in urls)


def test_a_page_published_in_the_transaction_is_looked_up_again(directory):
    invalidation._forget_memo()
    with transaction.atomic(), CaptureQueriesContext(connection) as queries:
        supervisor_pages(SupervisorFactory())
        directory.save_revision().publish()
        supervisor_pages(SupervisorFactory())
    assert directory_lookups(queries.captured_queries) >= 2


def test_outside_a_transaction_nothing_is_remembered(monkeypatch):
    monkeypatch.setattr(transaction.get_connection(), "in_atomic_block", False)
    calls = []
    remembered = invalidation.once_per_transaction(lambda: calls.append(1) or [])
    remembered()
    remembered()
    assert len(calls) == 2


def test_a_bulk_import_invalidates_each_imported_record_once(directory, monkeypatch):
    """Saving in bulk sends no post_save: records_saved_in_bulk tells the cache instead."""
    sent = []
    monkeypatch.setattr(invalidation, "invalidate_on_commit", lambda stale: sent.append(set(stale)))
    supervisors = SupervisorFactory.create_batch(2)
    sent.clear()
    records_saved_in_bulk.send(sender=Supervisor, objects=supervisors)
    assert len(sent) == 1
    urls = {stale.url for stale in sent[0]}
    assert all(any(s.slug in url for url in urls) for s in supervisors)
