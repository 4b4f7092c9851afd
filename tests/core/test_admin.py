"""Editors keep the term lists and images in the Wagtail admin."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, Site

from accounts.models import User
from core.models import PortalSettings, Profession
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    return client


def test_editor_adds_a_profession_in_the_admin(editor_client):
    response = editor_client.post(
        "/admin/snippets/core/profession/add/",
        {
            "name_fr": "Orthoptiste",
            "name_en": "Orthoptist",
            "slug": "orthoptiste",
            "sort_order": 50,
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    assert Profession.objects.get(slug="orthoptiste").name_en == "Orthoptist"


def test_profession_label_follows_the_active_language():
    profession = Profession(name_fr="Sage-femme", name_en="Midwife", slug="sage-femme")
    with translation.override("en"):
        assert profession.name == "Midwife"
    with translation.override("fr"):
        assert profession.name == "Sage-femme"


def test_image_without_text_alternative_is_refused():
    ImageForm = get_image_form(get_image_model())
    upload = get_test_image_file()
    form = ImageForm(
        data={"title": "Maison de santé"},
        files={"file": SimpleUploadedFile("photo.png", upload.file.getvalue())},
    )
    assert not form.is_valid()
    assert "description" in form.errors


def test_portal_settings_refuse_a_primary_colour_with_poor_contrast(editor_client, portal):
    site = Site.objects.get(is_default_site=True)
    response = editor_client.post(
        f"/admin/settings/core/portalsettings/{site.pk}/",
        {
            "departement_name": "Val-de-Marne",
            "portal_name_fr": "Portail",
            "portal_name_en": "Portal",
            "primary_colour": "#ffd966",
            "accent_colour": "#fff8e1",
            "social_links-TOTAL_FORMS": "0",
            "social_links-INITIAL_FORMS": "0",
            "partners-TOTAL_FORMS": "0",
            "partners-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "4,5:1" in response.content.decode()
    assert PortalSettings.for_site(site).departement_name != "Val-de-Marne"


def test_administrator_creates_a_staff_account_by_e_mail_in_the_admin(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    password = "a-Strong-passw0rd-77"
    response = client.post(
        "/admin/users/new/",
        {
            "email": "sophie@example.org",
            "first_name": "Sophie",
            "last_name": "Durand",
            "password1": password,
            "password2": password,
            "groups": [Group.objects.get(name="Editors").pk],
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="sophie@example.org")
    assert user.groups.filter(name="Editors").exists()


def test_no_page_is_sent_to_wagtails_sample_moderation_workflow(portal):
    # Wagtail's sample workflow waits on a "Moderators" group nobody is in.
    assert all(page.get_workflow() is None for page in Page.objects.all())


def test_admin_calls_languages_languages_in_french(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))

    with translation.override("fr"):
        html = client.get("/admin/locales/").content.decode()

    assert "Régions" not in html
    assert "Langues" in html


def test_admin_pages_load_no_avatar_from_gravatar(editor_client):
    html = editor_client.get("/admin/").content.decode()
    assert "gravatar" not in html
