"""Routable pages whose sub-page routes live in their app's `routes.py`.

A Wagtail routable page declares its routes as decorated methods, so the
model has to import the views that answer them, and the views import the
models: a circle. Here a page names its routes module instead, as a Django
project names its ROOT_URLCONF, and the routes are read from it the first
time the page resolves or reverses a route (after the app registry is ready).
The model then depends on nothing above it, and `<app>/routes.py` is the one
place that says which view answers which address below which page.

A routes module holds, per page class, a list of Django `path()` or
`re_path()` entries. Their views are Django views, so Django's decorators
(`never_cache`, `require_http_methods`…) work on them: each is called as
`view(request, page, *args, **kwargs)`.

This leans on two internals of Wagtail's RoutablePageMixin: `get_subpage_urls()`
gives the routes, and `resolve_subpage()` binds the matched view to the page with
`__get__`. tests/core/test_subpages.py fails if an upgrade changes either.
"""

import functools

from django.urls import URLPattern
from django.utils.module_loading import import_string
from wagtail.contrib.routable_page.models import RoutablePageMixin

from core.i18n import redirect_to_route


class RoutedPageMixin(RoutablePageMixin):
    """A routable page whose routes are the list named by `subpage_routes`.

    `subpage_routes` is a dotted path, such as "events.routes.EVENT_PAGE". Its
    routes come before the page's own decorated methods, so a route for ""
    replaces Wagtail's `index_route` (and is what a preview shows).
    """

    subpage_routes: str = ""

    @classmethod
    def get_subpage_urls(cls):
        routes = import_string(cls.subpage_routes) if cls.subpage_routes else []
        named = tuple(
            URLPattern(
                route.pattern, _as_page_method(route.callback), route.default_args, route.name
            )
            for route in routes
        )
        return named + super().get_subpage_urls()


def _as_page_method(view):
    """Wagtail calls a route as a method of the page (`page` first); a view takes the request
    first."""

    @functools.wraps(view)
    def method(page, request, *args, **kwargs):
        return view(request, page, *args, **kwargs)

    return method


def redirect_to(name: str):
    """A view that sends a former path of a route to the route `name`, query kept."""

    def redirect_view(request, page, **kwargs):
        return redirect_to_route(request, page, name, **kwargs)

    redirect_view.__name__ = f"redirect_to_{name}"
    return redirect_view
