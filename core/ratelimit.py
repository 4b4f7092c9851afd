"""Per-visitor limits on the public forms that send e-mail (finder results, supervisor leads).

A fixed window per rate, counted in the cache. Windows are aligned on the
clock (an hour's window runs from 14:00 to 15:00), so the moment a visitor may
try again is known and can be told to them. The visitor is known by their
address as allauth's adapter reads it (it honours the trusted proxy settings,
so a client cannot forge it), hashed so the cache holds no readable address.
Limits per account, where there is one, are business rules kept in the
database by the app concerned (the contact relay's, for instance).
"""

import hashlib
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from allauth.account.adapter import get_adapter
from django.core.cache import cache

SECONDS_PER_UNIT = {"m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class Rate:
    count: int
    seconds: int


def parse_rates(spec: str) -> list[Rate]:
    """ "5/h,20/d" → five an hour and twenty a day."""
    rates = []
    for part in spec.split(","):
        count, unit = part.strip().split("/")
        rates.append(Rate(int(count), SECONDS_PER_UNIT[unit]))
    return rates


def _windows(request, action: str, rates: str) -> list[tuple[Rate, str, int]]:
    """Each rate with its cache key for the current window and when that window ends."""
    client = get_adapter().get_client_ip(request) or ""
    digest = hashlib.sha256(f"{action}:{client}".encode()).hexdigest()[:32]
    now = int(time.time())
    windows = []
    for rate in parse_rates(rates):
        window = now // rate.seconds
        key = f"ratelimit:{action}:{rate.seconds}:{window}:{digest}"
        windows.append((rate, key, (window + 1) * rate.seconds))
    return windows


def consume(request, action: str, rates: str) -> bool:
    """Count one `action` for this visitor; False when any of `rates` is exceeded."""
    allowed = True
    for rate, key, ends_at in _windows(request, action, rates):
        timeout = ends_at - int(time.time()) + 1
        cache.add(key, 0, timeout=timeout)
        try:
            count = cache.incr(key)
        except ValueError:
            # The key expired between add() and incr(): count this one alone.
            cache.set(key, 1, timeout=timeout)
            count = 1
        allowed = allowed and count <= rate.count
    return allowed


def blocked_until(request, action: str, rates: str) -> datetime | None:
    """When this visitor may do `action` again, or None if they may now (counts nothing)."""
    ends = [
        ends_at
        for rate, key, ends_at in _windows(request, action, rates)
        if cache.get(key, 0) >= rate.count
    ]
    return datetime.fromtimestamp(max(ends), tz=UTC) if ends else None
