"""Fixtures shared by the whole suite."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale, Page, Site

from core.models import PortalSettings
from tests.factories import (
    EmailAddressFactory,
    EventIndexPageFactory,
    GuideIndexPageFactory,
    HomePageFactory,
    HousingIndexPageFactory,
    SupervisorIndexPageFactory,
    UserFactory,
)

ENGLISH_SLUGS = {
    "aides": ("Installation aids", "aids"),
    "logements": ("Housing", "housing"),
    "maitres-de-stage": ("Supervisors", "supervisors"),
    "evenements": ("Events", "events"),
}


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's default language: a request to an English page
    leaves English active in the thread, which would leak into the next test."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate limits and cached fragments live in the cache: each test starts without any."""
    cache.clear()


@pytest.fixture
def locales(db):
    french = Locale.objects.get_or_create(language_code="fr")[0]
    english = Locale.objects.get_or_create(language_code="en")[0]
    return {"fr": french, "en": english}


def translate_page(page, locale, title, slug):
    """An English copy of a French page, published (what wagtail-localize would make)."""
    translation = page.copy_for_translation(locale, copy_parents=False)
    translation.title = title
    translation.slug = slug
    translation.save_revision().publish()
    return translation


@pytest.fixture
def portal(locales):
    """The French home with its four sections as the default site, and their English copies."""
    # A transactional test before this one may have flushed the root page that
    # the migrations create; put it back.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locales["fr"])
    )
    home = HomePageFactory(parent=root, slug="accueil", locale=locales["fr"])
    site, _created = Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Portail"},
    )
    # As on a running site, the settings exist: the first page served would
    # otherwise create them, which purges every cached page.
    PortalSettings.for_site(site)
    Page.objects.filter(depth=2).exclude(pk=home.pk).exclude(locale=locales["en"]).delete()
    sections = {
        "guide": GuideIndexPageFactory(parent=home),
        "housing": HousingIndexPageFactory(parent=home),
        "supervisors": SupervisorIndexPageFactory(parent=home),
        "events": EventIndexPageFactory(parent=home),
    }
    home_en = translate_page(home, locales["en"], "Home", "home")
    sections_en = {
        key: translate_page(page, locales["en"], *ENGLISH_SLUGS[page.slug])
        for key, page in sections.items()
    }
    return {"home": home, "home_en": home_en, **sections, "en": sections_en}


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def verified_user(db):
    """A user whose address is verified, as allauth records it."""
    return EmailAddressFactory().user
