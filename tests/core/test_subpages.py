"""Routable pages read their routes from their app's routes module (core.subpages).

What Wagtail does with them is an internal of RoutablePageMixin: it collects the
routes with `get_subpage_urls()` and calls the one that matches as a method of the
page (`resolve_subpage` binds it). These tests fail if an upgrade changes either.
"""

import pytest
from django.apps import apps
from django.utils import translation
from django.utils.module_loading import import_string

from core.subpages import RoutedPageMixin

pytestmark = pytest.mark.django_db


def routed_page_models() -> list[type]:
    return [model for model in apps.get_models() if issubclass(model, RoutedPageMixin)]


def test_every_routed_page_names_a_routes_module_whose_routes_come_first():
    models = routed_page_models()
    assert len(models) >= 6
    for model in models:
        routes = import_string(model.subpage_routes)
        names = [route.name for route in model.get_subpage_urls()]
        assert names[: len(routes)] == [route.name for route in routes], model


def test_a_route_is_called_with_the_request_then_the_page(portal, rf):
    index = portal["events"]
    request = rf.get("/")
    with translation.override("fr"):
        match = index.resolve_subpage("/" + index.reverse_subpage("feed").lstrip("/"))
    # Wagtail binds the route to the page, as it would one of its methods.
    assert match.func.__self__ == index
    response = match.func(request)
    assert response["Content-Type"].startswith("text/calendar")


def test_a_former_path_redirects_to_its_route_with_the_query_kept(client, portal):
    response = client.get(portal["guide"].url + "zonage-map/?profession=medecin")

    assert response.status_code == 301
    assert response["Location"].endswith("?profession=medecin")
    assert "zonage-map" not in response["Location"]
