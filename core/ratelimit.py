"""Per-visitor limits on the public forms that send e-mail (finder results, supervisor leads).

A fixed window per rate, counted in the cache. The visitor is known by their
address as allauth's adapter reads it (it honours the trusted proxy settings,
so a client cannot forge it), hashed so the cache holds no readable address.
Limits per account, where there is one, are business rules kept in the
database by the app concerned (the contact relay's, for instance).
"""

import hashlib
from dataclasses import dataclass

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


def consume(request, action: str, rates: str) -> bool:
    """Count one `action` for this visitor; False when any of `rates` is exceeded."""
    client = get_adapter().get_client_ip(request) or ""
    digest = hashlib.sha256(f"{action}:{client}".encode()).hexdigest()[:32]
    allowed = True
    for rate in parse_rates(rates):
        key = f"ratelimit:{action}:{rate.seconds}:{digest}"
        cache.add(key, 0, timeout=rate.seconds)
        try:
            count = cache.incr(key)
        except ValueError:
            # The window ended between add() and incr(): this is the first of the next.
            cache.set(key, 1, timeout=rate.seconds)
            count = 1
        allowed = allowed and count <= rate.count
    return allowed
