"""Every model a cached page shows is registered with the page cache's invalidation.

A model left out shows stale on every cached page that lists it until the cache
expires (it found CommuneLife, the guide's “living here” text, left out). A new
model fails this test until it is registered (its app's cached_pages.py and
AppConfig.ready) or listed below with the reason no cached page shows it.
"""

from django.apps import apps
from modelcluster.fields import ParentalKey
from wagtail.models import Page

from pagecache import invalidation

PORTAL_APPS = {
    "core", "accounts", "territory", "home", "guide", "housing", "supervisors", "events",
    "relay",
}  # fmt: skip

NOT_ON_A_CACHED_PAGE = {
    # Pages show an image through a rendition, whose URL names its file: a
    # re-uploaded file gets new renditions, and a page keeps the old one until
    # it is published again or its cached copy expires (PAGE_CACHE_SECONDS).
    # Registering images would invalidate the whole site on each upload.
    "core.PortalImage": "renditions name their file",
    "core.PortalRendition": "renditions name their file",
    "core.PendingImport": "admin only",
    "accounts.User": "a signed-in visitor's pages are never cached",
    # Drawn from the cache under the whole site's token (territory.boundaries),
    # and changed only with the communes, which invalidate the whole site.
    "territory.CommuneBoundary": "cached under the whole site's token",
    "housing.SavedSearch": "a signed-in visitor's own",
    "housing.FreshnessNotice": "e-mail bookkeeping",
    "relay.RelayedMessage": "private messages",
    "supervisors.Lead": "private requests",
    "events.EventCalendarState": "admin bookkeeping",
    "events.RegistrantMessage": "private messages",
    "events.RegistrationLogEntry": "admin history",
}


def _saved_with_a_covered_parent(model) -> bool:
    """An inline (a listing's photos, a setting's links) is saved with its parent,
    whose save or publication invalidates the pages that show both."""
    for field in model._meta.get_fields():
        if isinstance(field, ParentalKey):
            parent = field.related_model
            if issubclass(parent, Page) or parent in invalidation._registry:
                return True
    return False


def test_every_model_a_cached_page_shows_is_registered():
    uncovered = [
        model._meta.label
        for model in apps.get_models()
        if model._meta.app_label in PORTAL_APPS
        and not issubclass(model, Page)
        and model not in invalidation._registry
        and model._meta.label not in NOT_ON_A_CACHED_PAGE
        and not _saved_with_a_covered_parent(model)
    ]

    assert uncovered == []


def test_the_exemptions_name_existing_models_that_are_not_registered():
    for label in NOT_ON_A_CACHED_PAGE:
        assert apps.get_model(label) not in invalidation._registry


def test_the_guide_s_living_here_text_is_registered():
    assert apps.get_model("guide.CommuneLife") in invalidation._registry
