"""While Redis is down the page cache fails closed; what it lost is written again after.

A process whose Redis stops answering keeps values in its own memory
(core.cache.FallbackRedisCache). The page cache must not serve from there: an
invalidation (a page made private) sent during the outage reached no other
process, and Redis never saw it.
"""

import pytest
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.test import override_settings

from core import view_restrictions
from core.cache import FallbackRedisCache
from pagecache import store

pytestmark = pytest.mark.django_db


class SwitchableRedis(LocMemCache):
    """Stands for Redis: raises ConnectionError while `down`."""

    down = False

    def __getattribute__(self, name):
        if name in ("get", "get_many", "set", "set_many", "add") and SwitchableRedis.down:
            raise ConnectionError("Redis is down")
        return super().__getattribute__(name)


class FlakyCache(FallbackRedisCache):
    def __init__(self, location, params):
        super().__init__("redis://127.0.0.1:1/0", params)
        self.primary = SwitchableRedis("redis-stand-in", {})


FLAKY = {"default": {"BACKEND": "tests.pagecache.test_outage.FlakyCache"}}


@pytest.fixture
def redis():
    with override_settings(CACHES=FLAKY):
        SwitchableRedis.down = False
        cache.clear()
        store._LOST_WRITES.clear()
        yield caches["default"]
        SwitchableRedis.down = False
        store._LOST_WRITES.clear()


def go_down(redis):
    SwitchableRedis.down = True
    redis.get("any-key")  # The first failed call tells the backend.


def come_back(redis):
    SwitchableRedis.down = False
    redis.down_until = 0.0


def test_cached_for_path_computes_afresh_while_redis_is_down(redis, rf):
    request = rf.get("/fr/aides/")
    assert store.cached_for_path(request, "answer", lambda: "before") == "before"
    go_down(redis)
    store.cached_for_path(rf.get("/fr/aides/"), "answer", lambda: "stored in memory")

    assert store.cached_for_path(rf.get("/fr/aides/"), "answer", lambda: "fresh") == "fresh"


def test_no_private_page_is_not_believed_while_redis_is_down(redis):
    assert view_restrictions.any_restricted_page() is False
    go_down(redis)

    assert view_restrictions.any_restricted_page() is True


def test_an_invalidation_during_the_outage_reaches_redis_once_it_is_back(redis):
    key = store.path_token_key("/fr/aides/")
    before = store.current_tokens([key])[key]
    go_down(redis)
    store.replace_tokens([key])
    come_back(redis)

    store.replay_lost_writes()

    assert redis.primary.get(key) not in (None, before)
    assert store._LOST_WRITES == {}


def test_a_restriction_made_during_the_outage_reaches_redis_once_it_is_back(redis, portal):
    from wagtail.models import PageViewRestriction

    assert view_restrictions.any_restricted_page() is False
    go_down(redis)
    PageViewRestriction.objects.create(page=portal["guide"], restriction_type="login")
    come_back(redis)

    store.replay_lost_writes()

    assert redis.primary.get(view_restrictions.KEY) is True


def test_pages_are_neither_served_from_nor_stored_in_the_cache_while_redis_is_down(
    redis, client, portal
):
    from core.models import PortalSettings

    PortalSettings.for_site(portal["home"].get_site())
    assert client.get("/fr/")["X-Page-Cache"] == "miss"
    assert client.get("/fr/")["X-Page-Cache"] == "hit"
    go_down(redis)

    assert "X-Page-Cache" not in client.get("/fr/")
    assert "X-Page-Cache" not in client.get("/fr/")


def test_what_every_page_shows_is_read_afresh_while_redis_is_down(redis, rf):
    """The menu, the settings and the map outlines (cached_for_site) fail closed too: a
    portal name changed in another process during the outage shows at once."""
    assert store.cached_for_site(rf.get("/fr/"), "chrome:1:fr", lambda: "before") == "before"
    go_down(redis)
    store.cached_for_site(rf.get("/fr/"), "chrome:1:fr", lambda: "stored in memory")

    assert store.cached_for_site(rf.get("/fr/"), "chrome:1:fr", lambda: "fresh") == "fresh"
    come_back(redis)
    assert store.cached_for_site(rf.get("/fr/"), "chrome:1:fr", lambda: "after") == "before"
