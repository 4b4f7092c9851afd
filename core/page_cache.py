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

Purging (core.purge) works on paths without knowing every URL that was
stored: each stored response's key includes a generation token for its path
and one for each of its parent paths. Purging a path replaces its token, which
makes the path and all its query strings miss; purging a tree replaces the
token that every path below it includes.
"""

import hashlib
import pickle
import uuid
from collections.abc import Callable
from typing import TypeVar
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.utils.cache import add_never_cache_headers, patch_cache_control

from core.release import release_id

T = TypeVar("T")

KEY_PREFIX = "page_cache"
TRACKING_PARAMETER_PREFIXES = ("utm_",)
TRACKING_PARAMETERS = {"fbclid", "gclid", "msclkid", "mc_cid", "mc_eid"}
UNCACHEABLE_CACHE_CONTROL = {"private", "no-store", "no-cache"}
SERVED_FOR_CACHE = "_page_cache_candidate"


def mark_page_for_cache(page, request, serve_args, serve_kwargs):
    """Wagtail's before_serve_page hook: this response comes from a live page, not a preview.

    Pages behind a password or a login need no query of their own here: only a
    visitor with a session (signed in, or who typed the password) sees their
    content, and visitors with a session are never cached; the others get the
    password form, whose CSRF token keeps it out of the cache.
    """
    if not getattr(request, "is_preview", False):
        setattr(request, SERVED_FOR_CACHE, True)


def _is_tracking(name: str) -> bool:
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PARAMETER_PREFIXES)


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
    """The generation tokens under these keys, creating those that are missing."""
    tokens = cache.get_many(token_keys)
    for missing in set(token_keys) - tokens.keys():
        # A token never set, or evicted: a fresh one, so that nothing stored
        # under the old one before an eviction can come back.
        cache.add(missing, uuid.uuid4().hex, timeout=None)
        tokens[missing] = cache.get(missing, "")
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
    """The token that every page includes: purging the whole site replaces it."""
    # path_tokens: the path's own token, then the tree token of "/".
    return path_tokens(request)[1]


def cache_key(request, kind: str, *parts: str) -> str:
    """A key for something cached about the request's path (`kind`: a page, a route):
    purging the path, or a tree above it, makes every such key miss; so does the
    next release (core.release)."""
    parts = [release_id(), request.get_host(), request.path, *parts, *path_tokens(request)]
    return f"{KEY_PREFIX}:{kind}:{hashlib.sha256('|'.join(parts).encode()).hexdigest()}"


def read_cached(key: str):
    """What the cache holds under `key`, or None; also None when its classes no longer
    load, so that it is computed again. Keys are per release (core.release), so this
    only happens when a deployment names two different releases alike (RELEASE_ID)."""
    try:
        return cache.get(key)
    except (AttributeError, ImportError, pickle.UnpicklingError):
        return None


def cached_for_path(request, name: str, compute: Callable[[], T]) -> T:
    """`compute()`, kept until the request's path is purged.

    For what a page works out from its own content and from what purges it
    (core.purge): the page's translations, the links between the guide's aids
    and its lists. Every query string of the path shares it.
    """
    if settings.PAGE_CACHE_SECONDS <= 0:
        return compute()
    key = cache_key(request, name)
    value = read_cached(key)
    if value is None:
        value = compute()
        cache.set(key, value, settings.PAGE_CACHE_SECONDS)
    return value


def replace_tokens(path_keys: list[str]) -> None:
    """Make every response stored under these tokens miss from now on."""
    cache.set_many({key: uuid.uuid4().hex for key in path_keys}, timeout=None)


class PageCacheMiddleware:
    """Serves anonymous visitors from the cache and stores what may be shared.

    Sits after the session, message, CSRF, CSP and authentication middleware:
    a response served from the cache still goes through them on its way out,
    so it gets this response's security headers, never a replayed nonce.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
            return self._pass_through(request)
        self._drop_tracking_parameters(request)
        query = self._cacheable_query(request)
        if query is None or not self._visitor_may_share(request):
            return self._pass_through(request)
        key = self._response_key(request, query)
        cached = read_cached(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if request.method == "GET" and self._response_may_be_shared(request, response):
            timeout = settings.PAGE_CACHE_QUERY_SECONDS if query else settings.PAGE_CACHE_SECONDS
            patch_cache_control(response, public=True, max_age=0, s_maxage=timeout)
            cache.set(key, response, timeout)
            response["X-Page-Cache"] = "miss"
        return response

    def _pass_through(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        # A signed-in visitor's pages stay out of proxies and CDNs too; what
        # says how long it may be kept (the colours stylesheet) keeps its word.
        if user is not None and user.is_authenticated and "Cache-Control" not in response:
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        return response

    def _drop_tracking_parameters(self, request) -> None:
        if any(_is_tracking(name) for name in request.GET):
            kept = request.GET.copy()
            for name in [name for name in kept if _is_tracking(name)]:
                del kept[name]
            request.GET = kept
            request.META["QUERY_STRING"] = kept.urlencode()

    def _cacheable_query(self, request) -> str | None:
        """The normalised query string ('' when none), or None when it must not be cached."""
        allowed = settings.PAGE_CACHE_QUERY_PARAMETERS
        if any(name not in allowed for name in request.GET):
            return None
        return urlencode(sorted(request.GET.lists()), doseq=True)

    def _visitor_may_share(self, request) -> bool:
        """No session (signed-in or mid-way through a form), no message waiting, and not
        Wagtail's preview (a dummy request for the page's own URL)."""
        if settings.SESSION_COOKIE_NAME in request.COOKIES or getattr(request, "is_dummy", False):
            return False
        return not len(messages.get_messages(request))

    def _response_key(self, request, query: str) -> str:
        return cache_key(request, "page", query)

    def _response_may_be_shared(self, request, response) -> bool:
        cache_control = {
            part.strip().split("=")[0].lower()
            for part in response.get("Cache-Control", "").split(",")
        }
        user = getattr(request, "user", None)
        session = getattr(request, "session", None)
        return (
            getattr(request, SERVED_FOR_CACHE, False)
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not (session is not None and session.modified)
            and not len(messages.get_messages(request))
            and not (user is not None and user.is_authenticated)
            and not cache_control & UNCACHEABLE_CACHE_CONTROL
        )
