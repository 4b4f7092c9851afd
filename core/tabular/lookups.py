"""Database lookups remembered while one file is checked.

A hundred rows naming the same faculty, commune or place cost one query, not
a hundred. The memory lasts as long as the check (a context variable), so
nothing stale outlives it.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_lookups: ContextVar[dict | None] = ContextVar("tabular_lookups", default=None)


@contextmanager
def remembered_lookups() -> Iterator[None]:
    """While a file is checked, each cell value is looked up in the database once:
    a hundred rows naming the same faculty cost one query, not a hundred."""
    token = _lookups.set({})
    try:
        yield
    finally:
        _lookups.reset(token)


def remembered(key: tuple, lookup: Callable[[], object]):
    """`lookup()`, or what it returned for `key` earlier in the file being checked."""
    memo = _lookups.get()
    if memo is None:
        return lookup()
    if key not in memo:
        memo[key] = lookup()
    return memo[key]
