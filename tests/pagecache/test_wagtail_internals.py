"""The page cache relies on Wagtail internals (pagecache/README.md): pinned to the
versions they were checked on, so that an upgrade fails here until they are checked again."""

from packaging.version import Version
from wagtail import VERSION, __version__
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

CHECKED_ON = (Version("8.0.1"), Version("8.1"))


def test_wagtail_is_a_version_the_internals_were_checked_on():
    low, high = CHECKED_ON
    assert low <= Version(__version__) < high, VERSION


def test_the_internals_the_route_cache_sets_are_still_read_by_wagtail():
    import inspect

    assert "_wagtail_site" in inspect.getsource(Site.find_for_request)
    assert "_wagtail_route_for_request" in inspect.getsource(Page.route_for_request)
    assert "path" in inspect.signature(wagtail_views.serve).parameters
