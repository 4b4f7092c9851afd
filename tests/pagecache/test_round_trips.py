"""A cold request reads its path's generation tokens in one round trip to the cache.

Each cache call is a round trip to Redis in production: the counting backend
below records the calls a request makes, as Redis would receive them.
"""

import pytest
from django.core.cache.backends.locmem import LocMemCache
from django.test import override_settings

from core.models import PortalSettings
from tests.guide.factories import AidPageFactory

pytestmark = pytest.mark.django_db

CALLS: list[tuple[str, list[str]]] = []
COUNTED = ("get", "get_many", "set", "set_many", "add", "delete", "delete_many", "has_key")


class CountingCache(LocMemCache):
    """A local-memory cache that records each call made to it, not the calls it makes
    to itself (its get_many calls get once per key, where Redis answers once)."""

    _depth = 0

    def __getattribute__(self, name):
        attribute = super().__getattribute__(name)
        if name not in COUNTED:
            return attribute

        def counted(*args, **kwargs):
            if CountingCache._depth == 0:
                keys = args[0] if args else kwargs.get("key", kwargs.get("keys"))
                CALLS.append((name, list(keys) if not isinstance(keys, str) else [keys]))
            CountingCache._depth += 1
            try:
                return attribute(*args, **kwargs)
            finally:
                CountingCache._depth -= 1

        return counted


COUNTING_CACHE = {"default": {"BACKEND": "tests.pagecache.test_round_trips.CountingCache"}}


def is_token(key: str) -> bool:
    return key.startswith(("page_cache:path:", "page_cache:tree:"))


@pytest.fixture
def aid_url(portal):
    PortalSettings.for_site(portal["home"].get_site())
    page = AidPageFactory(parent=portal["guide"], title="Bourse d’études", slug="bourse")
    return page.get_url()


def cold_calls(client, url) -> list[tuple[str, list[str]]]:
    with override_settings(CACHES=COUNTING_CACHE):
        from django.core.cache import cache

        cache.clear()
        CALLS.clear()
        assert client.get(url).status_code == 200
        return list(CALLS)


def test_a_cold_request_reads_and_writes_its_tokens_in_two_round_trips(client, aid_url):
    calls = cold_calls(client, aid_url)

    token_calls = [call for call in calls if any(is_token(key) for key in call[1])]
    assert [method for method, _keys in token_calls] == ["get_many", "set_many"]
    # The path's own token and the tree token of each path above it, from "/".
    assert len(token_calls[0][1]) == len(aid_url.strip("/").split("/")) + 2


def test_a_cold_request_makes_sixteen_cache_calls_at_most(client, aid_url):
    # 25 when the tokens were read one by one (an add and a get for each missing one).
    assert len(cold_calls(client, aid_url)) <= 16


def test_a_warm_token_read_writes_nothing(client, aid_url):
    cold_calls(client, aid_url)
    CALLS.clear()
    with override_settings(CACHES=COUNTING_CACHE):
        client.get(aid_url)

    assert not [call for call in CALLS if call[0] != "get_many" and any(map(is_token, call[1]))]
