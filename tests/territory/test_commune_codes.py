"""The staff page that import errors about communes point to: every commune and its codes."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.factories import UserFactory
from tests.territory.factories import CommuneFactory

pytestmark = pytest.mark.django_db


def test_cdom_staff_read_each_commune_with_its_insee_code_and_postcode(client):
    CommuneFactory(name="Meaux", insee_code="77284", postcode="77100")
    marc = UserFactory()
    marc.groups.add(Group.objects.get(name="CDOM staff"))
    client.force_login(marc)
    content = client.get(reverse("territory_commune_codes"), {"q": "77100"}).content.decode()
    assert '<th scope="row">Meaux</th><td>77284</td><td>77100</td>' in content


def test_staff_who_import_nothing_cannot_open_the_commune_codes(client):
    manager = UserFactory()
    manager.groups.add(Group.objects.get(name="Event managers"))
    client.force_login(manager)
    assert client.get(reverse("territory_commune_codes")).status_code in (302, 403)
