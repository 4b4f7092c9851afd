"""Event managers illustrate their evenings from a collection of images of their own."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from core.models import PortalImage

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager_client(client, event_manager):
    client.force_login(event_manager)
    return client


def test_event_manager_uploads_a_photo_into_the_evenings_collection(manager_client):
    evenings = Collection.objects.get(name="Soirées")

    response = manager_client.post(
        "/admin/images/add/",
        {
            "title": "Soirée de juin",
            "description": "Des internes et des praticiens autour du buffet",
            "file": SimpleUploadedFile("soiree.png", get_test_image_file().file.getvalue()),
            "collection": evenings.pk,
        },
    )

    assert response.status_code == 302
    assert PortalImage.objects.get(title="Soirée de juin").collection == evenings


def test_event_manager_sees_no_image_outside_the_evenings_collection(manager_client):
    PortalImage.objects.create(
        title="Logo du Département", description="Logo", file=get_test_image_file()
    )

    html = manager_client.get("/admin/images/chooser/").content.decode()

    assert "Logo du Département" not in html
