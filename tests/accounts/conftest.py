"""Fixtures for the account tests."""

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from tests.factories import EmailAddressFactory


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """allauth counts attempts in the cache; each test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def verified_user(db):
    return EmailAddressFactory().user


@pytest.fixture
def signed_in(client, verified_user):
    client.force_login(verified_user)
    return verified_user


@pytest.fixture
def url_for():
    """The address of a named view in one of the site's languages (French by default)."""

    def url_for(name: str, language: str = "fr", **kwargs) -> str:
        with translation.override(language):
            return reverse(name, kwargs=kwargs or None)

    return url_for
