"""The full-page cache: anonymous visitors get Wagtail pages from the Django cache.

A page is stored only when nothing in it belongs to the visitor: no signed-in
user, no session, no pending message, no CSRF token, no cookie set, no
`private`/`no-store` header, a 200 answer to a GET, served by a live Wagtail
page without view restrictions (never a preview, never an account, relay or
registration view: those are not Wagtail pages). Everything else is served
as usual, and a signed-in visitor's pages are marked `private, no-store` so
that no proxy or CDN keeps them either.

Query strings: the plain URL of each page is cached for PAGE_CACHE_SECONDS.
Searches and filters (`?kind=…&page=2`) are cached per full URL, but only
when every parameter is one of PAGE_CACHE_QUERY_PARAMETERS (the sections'
filter names), and for PAGE_CACHE_QUERY_SECONDS only: such URLs are many and
each is seldom asked twice, so a short life keeps the cache small, while a
campaign link's crowd still shares one copy. Tracking parameters (utm_…,
fbclid) are removed from the request before anything reads it, so a shared
link costs no more than the plain page. Any other parameter bypasses the cache.

Invalidating (pagecache.invalidation) works on paths without knowing every URL that was
stored: each stored response's key includes a generation token for its path
and one for each of its parent paths. Invalidating a path replaces its token, which
makes the path and all its query strings miss; invalidating a tree replaces the
token that every path below it includes.
"""

import hashlib
import pickle
import uuid
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache, caches

from pagecache.release import release_id

T = TypeVar("T")

KEY_PREFIX = "page_cache"


def _path_and_parents(path: str) -> list[str]:
    """'/fr/aides/x/' → ['/', '/fr/', '/fr/aides/', '/fr/aides/x/']."""
    parts = [part for part in path.split("/") if part]
    return ["/"] + ["/" + "/".join(parts[: i + 1]) + "/" for i in range(len(parts))]


def path_token_key(path: str) -> str:
    """The generation token of one path and its query strings."""
    return f"{KEY_PREFIX}:path:{hashlib.sha256(path.encode()).hexdigest()}"


def tree_token_key(path: str) -> str:
    """The generation token of every path below `path` (itself included)."""
    return f"{KEY_PREFIX}:tree:{hashlib.sha256(path.encode()).hexdigest()}"


def current_tokens(token_keys: list[str]) -> dict[str, str]:
    """The generation tokens under these keys, creating those that are missing:
    one read, and one write when some are missing, whatever the path's depth."""
    tokens = cache.get_many(token_keys)
    missing = {key: uuid.uuid4().hex for key in token_keys if key not in tokens}
    if missing:
        # A token never set, or evicted: a fresh one, so that nothing stored
        # under the old one before an eviction can come back. Two requests
        # racing here each key their copy with their own token: the loser's
        # copy is never read again, which costs a render, never a stale page.
        cache.set_many(missing, timeout=None)
        tokens.update(missing)
    return tokens


PATH_TOKENS_ATTRIBUTE = "_page_cache_path_tokens"


def path_tokens(request) -> list[str]:
    """The generation tokens of the request's path: its own, then the tree token of
    each path above it, from the whole site's down. Read once per request."""
    if not hasattr(request, PATH_TOKENS_ATTRIBUTE):
        token_keys = [path_token_key(request.path)] + [
            tree_token_key(path) for path in _path_and_parents(request.path)
        ]
        tokens = current_tokens(token_keys)
        setattr(request, PATH_TOKENS_ATTRIBUTE, [tokens[key] for key in token_keys])
    return getattr(request, PATH_TOKENS_ATTRIBUTE)


def whole_site_token(request) -> str:
    """The token that every page includes: invalidating the whole site replaces it."""
    # path_tokens: the path's own token, then the tree token of "/".
    return path_tokens(request)[1]


def cache_key(request, kind: str, *parts: str) -> str:
    """A key for something cached about the request's path (`kind`: a page, a route):
    invalidating the path, or a tree above it, makes every such key miss; so does the
    next release (pagecache.release)."""
    parts = [release_id(), request.get_host(), request.path, *parts, *path_tokens(request)]
    return f"{KEY_PREFIX}:{kind}:{hashlib.sha256('|'.join(parts).encode()).hexdigest()}"


def read_cached(key: str):
    """What the cache holds under `key`, or None; also None when its classes no longer
    load, so that it is computed again. Keys are per release (pagecache.release), so this
    only happens when a deployment names two different releases alike (RELEASE_ID)."""
    try:
        return cache.get(key)
    except (AttributeError, ImportError, pickle.UnpicklingError):
        return None


def cached_for_path(request, name: str, compute: Callable[[], T]) -> T:
    """`compute()`, kept until the request's path is invalidated.

    For what a page works out from its own content and from what invalidates it
    (pagecache.invalidation): the page's translations, the links between the guide's aids
    and its lists. Every query string of the path shares it.
    """
    if settings.PAGE_CACHE_SECONDS <= 0:
        return compute()
    key = cache_key(request, name)
    if not cache_reachable():
        # Fail closed: what this process's memory holds may predate a change.
        return compute()
    value = read_cached(key)
    if value is None:
        value = compute()
        cache.set(key, value, settings.PAGE_CACHE_SECONDS)
    return value


# What every page shows (the menu, the settings, the map outlines) is kept a day under
# the whole-site token: an invalidation leaves the entries under the old token behind,
# and they expire instead of piling up.
SITE_WIDE_SECONDS = 24 * 60 * 60


def cached_for_site(request, name: str, compute: Callable[[], T]) -> T:
    """`compute()`, kept until anything on the site changes (the whole-site token).

    `name` says what it is and for which site, language or département. Fails closed
    like the pages: while the shared cache is unreachable it computes afresh, since
    this process's memory may hold what another process has since changed.
    """
    if not cache_reachable():
        return compute()
    key = f"{KEY_PREFIX}:site:{release_id()}:{name}:{whole_site_token(request)}"
    value = read_cached(key)
    if value is None:
        value = compute()
        cache.set(key, value, SITE_WIDE_SECONDS)
    return value


def replace_tokens(path_keys: list[str]) -> None:
    """Make every response stored under these tokens miss from now on."""
    cache.set_many({key: uuid.uuid4().hex for key in path_keys}, timeout=None)
    if not cache_reachable():
        # Written to this process's memory only: Redis still holds the old
        # tokens, and would serve the stale pages once it is back.
        _LOST_WRITES.update(dict.fromkeys(path_keys, (_FRESH_TOKEN, None)))


# What this process wrote while the cache was unreachable, to write again at its
# first request once it answers: key → (value, timeout); _FRESH_TOKEN: a new token.
_LOST_WRITES: dict[str, tuple[object, int | None]] = {}
_FRESH_TOKEN = object()


def cache_reachable() -> bool:
    """Whether the shared cache answers; a cache with no notion of it always does."""
    return getattr(caches["default"], "reachable", True)


def remember_lost_write(key: str, value, timeout: int | None) -> None:
    """`value` was meant for `key` in the shared cache while it was unreachable."""
    _LOST_WRITES[key] = (value, timeout)


def replay_lost_writes() -> None:
    """Write again what was lost during an outage (token bumps, the private-page
    answer), once the shared cache answers: nothing stale comes back from it."""
    if _LOST_WRITES and cache_reachable():
        lost = dict(_LOST_WRITES)
        _LOST_WRITES.clear()
        for key, (value, timeout) in lost.items():
            cache.set(key, uuid.uuid4().hex if value is _FRESH_TOKEN else value, timeout)
        if not cache_reachable():
            _LOST_WRITES.update(lost)
