"""Fixtures for the housing registry's tests."""

import pytest
from django.contrib.auth.models import Group

from tests.factories import UserFactory


@pytest.fixture
def cdom_staff(db):
    user = UserFactory(email="marc@cdom77.example.org")
    user.groups.add(Group.objects.get(name="CDOM staff"))
    return user


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed(): …` runs what the code deferred to the transaction's commit (e-mails)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
