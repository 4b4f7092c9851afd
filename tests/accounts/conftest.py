"""Fixtures for the account tests."""

import pytest
from django.urls import reverse
from django.utils import translation


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
