"""Fixtures for the supervisor directory's tests."""

import pytest
from django.contrib.auth.models import Group

from tests.factories import EmailAddressFactory, UserFactory
from tests.supervisors.factories import become_supervisor_page


@pytest.fixture
def directory(portal):
    return portal["supervisors"]


@pytest.fixture
def become_page(directory):
    return become_supervisor_page(directory)


@pytest.fixture
def cdom_staff(db):
    user = UserFactory(email="marc@example.org", preferred_language="fr")
    user.groups.add(Group.objects.get(name="CDOM staff"))
    return user


@pytest.fixture
def verified_student(db):
    return EmailAddressFactory().user
