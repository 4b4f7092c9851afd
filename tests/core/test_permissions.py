"""The staff groups created by migration get what their job needs, and no more."""

import pytest
from django.contrib.auth.models import Group

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def cdom_staff(db):
    user = UserFactory(is_staff=False)
    user.groups.add(Group.objects.get(name="CDOM staff"))
    return user


@pytest.fixture
def editor(db):
    user = UserFactory()
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_migration_creates_the_three_portal_groups():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Editors", "CDOM staff", "Event managers"} <= names


def test_cdom_staff_member_cannot_edit_pages(portal, cdom_staff):
    for page in (portal["home"], portal["guide"], portal["en"]["housing"]):
        assert not page.permissions_for_user(cdom_staff).can_edit()


def test_cdom_staff_member_is_refused_the_page_editor(client, portal, cdom_staff):
    client.force_login(cdom_staff)
    response = client.get(f"/admin/pages/{portal['guide'].pk}/edit/")
    assert response.status_code in (302, 403)
    assert client.get("/admin/").status_code == 200


def test_editor_can_edit_and_publish_pages(portal, editor):
    permissions = portal["guide"].permissions_for_user(editor)
    assert permissions.can_edit()
    assert permissions.can_publish()


def test_editor_can_change_portal_settings_and_term_lists(editor):
    assert editor.has_perm("core.change_portalsettings")
    assert editor.has_perm("core.add_profession")
    assert editor.has_perm("wagtail_localize.submit_translation")
