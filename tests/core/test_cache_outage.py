"""A Redis that is down slows the site; it does not break it."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

# A port nothing listens on: every cache call fails to connect.
UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "core.cache.FallbackRedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
    }
}


def test_pages_and_sign_in_work_while_redis_is_down(client, portal, user):
    from tests.factories import TEST_PASSWORD

    with override_settings(CACHES=UNREACHABLE_REDIS):
        assert client.get("/fr/").status_code == 200
        response = client.post(
            "/fr/compte/connexion/", {"login": user.email, "password": TEST_PASSWORD}
        )
        assert response.status_code in (200, 302)
        assert client.get("/fr/recherche/?q=aide").status_code == 200


def fallback_cache(location):
    from core.cache import FallbackRedisCache

    return FallbackRedisCache(
        location, {"OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "RETRY_AFTER": 60}}
    )


def test_values_live_in_redis_while_it_answers():
    cache = fallback_cache("redis://127.0.0.1:6379/15")
    cache.set("portal-test-key", "in redis", 30)

    assert cache.primary.get("portal-test-key") == "in redis"
    assert cache.fallback.get("portal-test-key") is None
    cache.delete("portal-test-key")


def test_an_unreachable_redis_is_replaced_by_memory_then_left_alone(monkeypatch):
    cache = fallback_cache("redis://127.0.0.1:1/0")
    cache.set("key", "kept in memory")
    calls = []
    monkeypatch.setattr(cache.primary, "get", lambda *a, **k: calls.append(a))

    assert cache.get("key") == "kept in memory"
    assert cache.add("lock", True) is True
    assert calls == []
