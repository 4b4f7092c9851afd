"""Wagtail's routing, remembered between publications.

To find the page behind a URL, Wagtail reads the site, the locale and each
page down the tree: five to seven queries, a fifth of a search page's time
when the page cache cannot help (new filters, a signed-in visitor). Which
page serves a path only changes when a page is published, unpublished, moved
or deleted, or a site changes, and each of those invalidates the path from the
page cache (pagecache.invalidation). So the route is cached like a page, under the path's
generation tokens (pagecache.store.cache_key): whatever makes the path's
cached copies miss makes its route miss too.

What is remembered is the site and the page found, never what the visitor
may see: view restrictions and the page's own checks run on every request.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import Http404
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from pagecache.store import cache_key, cache_reachable, read_cached


class RouteCacheMiddleware:
    """Hands Wagtail's `serve` view the route from the cache, or stores the one it finds."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or settings.PAGE_CACHE_SECONDS <= 0:
            return
        # Wagtail's URL pattern gives the path below the language prefix.
        path = view_args[0] if view_args else view_kwargs["path"]
        key = cache_key(request, "route")
        if not cache_reachable():
            # Fail closed: a route remembered in this process's memory may predate a move.
            return
        if not _restore_route(request, path, key):
            _remember_route(request, path, key)


def _components(path: str) -> list[str]:
    return [component for component in path.split("/") if component]


def _restore_route(request, path: str, key: str) -> bool:
    remembered = read_cached(key)
    if remembered is None:
        return False
    site, page, depth = remembered
    # Wagtail reads both attributes before doing its own lookups.
    request._wagtail_site = site
    try:
        # What is below the page (a routable page's sub-route) resolves in memory.
        request._wagtail_route_for_request = page.route(request, _components(path)[depth:])
    except Http404:
        request._wagtail_route_for_request = None
    return True


def _remember_route(request, path: str, key: str) -> None:
    route = Page.route_for_request(request, path)
    if route is None:
        return
    site = Site.find_for_request(request)
    page = route[0]
    # The path's components the page itself consumes, below the site's root
    # (every language's root is at the depth of the site's).
    depth = page.depth - site.root_page.depth
    cache.set(key, (site, page, depth), settings.PAGE_CACHE_SECONDS)
