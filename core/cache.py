"""A cache that keeps working when Redis does not answer.

Rate limits (allauth's sign-in limits among them) and page fragments live in
the cache. With a plain cache that ignores errors, a stopped Redis makes every
rate-limit lock fail, and nobody can sign in. This backend uses Redis while it
answers and this process's memory while it does not: limits become per
process for a while, which is weaker but keeps the site open. After a failure
Redis is left alone for a few seconds, so a dead server does not add its
time-out to every request.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.core.cache.backends.locmem import LocMemCache
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

logger = logging.getLogger("portal.availability")
DEFAULT_RETRY_AFTER_SECONDS = 5
FAILURES = (ConnectionInterrupted, RedisError, ConnectionError, TimeoutError, OSError)


class FallbackRedisCache(BaseCache):
    """Redis at LOCATION; local memory while it is unreachable (OPTIONS: RETRY_AFTER)."""

    def __init__(self, location, params):
        super().__init__(params)
        options = dict(params.get("OPTIONS", {}))
        self.retry_after = options.pop("RETRY_AFTER", DEFAULT_RETRY_AFTER_SECONDS)
        options["IGNORE_EXCEPTIONS"] = False
        self.primary = RedisCache(location, {**params, "OPTIONS": options})
        self.fallback = LocMemCache(f"fallback:{location}", {**params, "OPTIONS": {}})
        self.down_until = 0.0

    @property
    def reachable(self) -> bool:
        """Whether Redis answered the last call (or is due to be tried again)."""
        return time.monotonic() >= self.down_until

    def _call(self, method: str, *args, **kwargs):
        if time.monotonic() >= self.down_until:
            try:
                return getattr(self.primary, method)(*args, **kwargs)
            except FAILURES as error:
                self.down_until = time.monotonic() + self.retry_after
                logger.warning(
                    "Redis unreachable, using local memory for %ss: %s", self.retry_after, error
                )
        return getattr(self.fallback, method)(*args, **kwargs)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", key, value, timeout=timeout, version=version)

    def get(self, key, default=None, version=None):
        return self._call("get", key, default=default, version=version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", key, value, timeout=timeout, version=version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", key, timeout=timeout, version=version)

    def delete(self, key, version=None):
        return self._call("delete", key, version=version)

    def get_many(self, keys, version=None):
        return self._call("get_many", keys, version=version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", data, timeout=timeout, version=version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", keys, version=version)

    def has_key(self, key, version=None):
        return self._call("has_key", key, version=version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", key, delta=delta, version=version)

    def decr(self, key, delta=1, version=None):
        return self._call("decr", key, delta=delta, version=version)

    def clear(self):
        return self._call("clear")

    def close(self, **kwargs):
        self.primary.close(**kwargs)
