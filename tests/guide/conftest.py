"""Fixtures of the guide's tests: the guide index in French and English."""

import pytest
from django.core.cache import cache

from guide.models import GuideIndexPage
from tests.factories import CareerStageFactory, ProfessionFactory


@pytest.fixture
def guide(portal):
    return portal["guide"]


@pytest.fixture
def guide_en(portal):
    """The English guide as published (the portal fixture holds the draft copy)."""
    return GuideIndexPage.objects.get(pk=portal["en"]["guide"].pk)


@pytest.fixture
def midwife(db):
    return ProfessionFactory(slug="sage-femme", name_fr="Sage-femme", name_en="Midwife")


@pytest.fixture
def gp(db):
    return ProfessionFactory(
        slug="medecin-generaliste", name_fr="Médecin généraliste", name_en="General practitioner"
    )


@pytest.fixture
def student(db):
    return CareerStageFactory(slug="etudiant", name_fr="Étudiant", name_en="Student")


@pytest.fixture
def settled(db):
    return CareerStageFactory(slug="installe", name_fr="Installé", name_en="Settled")


@pytest.fixture(autouse=True)
def _empty_cache():
    """The rate limits and the PDF live in the cache: each test starts without them."""
    cache.clear()
