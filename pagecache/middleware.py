"""The page cache's middleware: anonymous visitors get Wagtail pages from the Django cache.

How pages are stored, keyed and invalidated: pagecache.store and
pagecache.invalidation; what may be stored is decided here.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.utils.cache import add_never_cache_headers, patch_cache_control

from pagecache.store import cache_key, cache_reachable, read_cached, replay_lost_writes

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


class PageCacheMiddleware:
    """Serves anonymous visitors from the cache and stores what may be shared.

    Sits after the session, message, CSRF, CSP and authentication middleware:
    a response served from the cache still goes through them on its way out,
    so it gets this response's security headers, never a replayed nonce.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        replay_lost_writes()
        if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
            return self._pass_through(request)
        self._drop_tracking_parameters(request)
        query = self._cacheable_query(request)
        if query is None or not self._visitor_may_share(request):
            return self._pass_through(request)
        key = self._response_key(request, query)
        if not cache_reachable():
            # Fail closed: a page kept in this process's memory may predate an
            # invalidation (a page made private) that Redis never received.
            return self._pass_through(request)
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
