"""Fixtures for the housing registry's tests."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache

from tests.factories import EmailAddressFactory, UserFactory


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def verified_user(db):
    return EmailAddressFactory().user


@pytest.fixture
def cdom_staff(db):
    user = UserFactory(email="marc@cdom77.example.org")
    user.groups.add(Group.objects.get(name="CDOM staff"))
    return user


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed(): …` runs what the code deferred to the transaction's commit (e-mails)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
