"""A demo goes into an empty database or its own département's: never over another portal."""

import pytest
from django.core.management import CommandError, call_command

from demo.choice import DemoRefused, demo_departement
from demo.content import DEFAULT_DEPARTEMENT
from territory.models import Commune
from tests.territory.factories import CommuneFactory

pytestmark = pytest.mark.django_db


def test_an_empty_database_takes_the_demo_asked_for_or_the_default():
    assert demo_departement(None) == DEFAULT_DEPARTEMENT
    assert demo_departement("94") == "94"


def test_a_database_takes_its_own_departements_demo_when_none_is_named():
    CommuneFactory(insee_code="94041")
    assert demo_departement(None) == "94"
    assert demo_departement("94") == "94"


def test_another_departements_demo_is_refused_with_what_to_do():
    CommuneFactory(insee_code="77288")
    with pytest.raises(DemoRefused) as refusal:
        demo_departement("94")
    message = str(refusal.value)
    assert "77" in message
    assert "empty database" in message
    assert "--departement 94" in message


def test_a_departement_without_a_demo_is_named_with_the_ones_there_are():
    with pytest.raises(DemoRefused) as refusal:
        demo_departement("13")
    message = str(refusal.value)
    assert "77 and 94" in message
    assert "setup_departement 13" in message


def test_a_portal_of_a_departement_without_a_demo_takes_none():
    CommuneFactory(insee_code="13055")
    with pytest.raises(DemoRefused, match="13"):
        demo_departement(None)


def test_a_database_mixing_departements_takes_no_demo():
    CommuneFactory(insee_code="77288")
    CommuneFactory(insee_code="94041")
    with pytest.raises(DemoRefused, match="several"):
        demo_departement(None)


def test_the_command_refuses_before_writing_anything():
    CommuneFactory(insee_code="77288")
    with pytest.raises(CommandError, match="mix two territories"):
        call_command("load_demo", departement="94")
    assert list(Commune.objects.values_list("insee_code", flat=True)) == ["77288"]
