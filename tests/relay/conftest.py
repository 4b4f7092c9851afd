"""Fixtures for the contact relay's tests: a housing listing is the registered target."""

import pytest
from django.core.cache import cache

from tests.factories import EmailAddressFactory, UserFactory
from tests.housing.factories import HousingListingFactory


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def student(db):
    return EmailAddressFactory(user=UserFactory(first_name="Léa", last_name="Martin")).user


@pytest.fixture
def unverified(db):
    return EmailAddressFactory(verified=False).user


@pytest.fixture
def listing(portal):
    return HousingListingFactory(
        title="Studio à Provins",
        contact_name="Mme Bernard",
        contact_email="c.bernard@example.org",
        contact_language="fr",
    )


@pytest.fixture
def contact_path(listing):
    return f"/fr/contact/logement/{listing.pk}/"
