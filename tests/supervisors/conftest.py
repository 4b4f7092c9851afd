"""Fixtures for the supervisor directory's tests."""

import pytest
from django.contrib.auth.models import Group

from supervisors.models import BecomeSupervisorPage
from tests.factories import EmailAddressFactory, UserFactory


@pytest.fixture
def directory(portal):
    return portal["supervisors"]


@pytest.fixture
def become_page(directory):
    page = BecomeSupervisorPage(
        title="Devenir maître de stage",
        slug="devenir-maitre-de-stage",
        intro="Accueillir un étudiant, c’est transmettre votre métier.",
    )
    directory.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def cdom_staff(db):
    user = UserFactory(email="marc@example.org", preferred_language="fr")
    user.groups.add(Group.objects.get(name="CDOM staff"))
    return user


@pytest.fixture
def verified_student(db):
    return EmailAddressFactory().user
