"""Images are stored without their metadata: no GPS position in an original or a rendition."""

from io import BytesIO

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image
from wagtail.images import get_image_model
from wagtail.models import Collection

from core.image_metadata import clean_stored_images
from core.models import PortalRendition
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# Where the landlord's phone was when it took the photo of the room.
GPS = {
    ExifTags.GPS.GPSLatitudeRef: "N",
    ExifTags.GPS.GPSLatitude: (48.0, 32.0, 40.5),
    ExifTags.GPS.GPSLongitudeRef: "E",
    ExifTags.GPS.GPSLongitude: (2.0, 39.0, 17.25),
}
# The phone held upright: the pixels are stored lying down, and the tag says to turn them.
ROTATE_90_CLOCKWISE = 6


def phone_photo(image_format: str = "JPEG") -> bytes:
    """A 60 × 40 photo with the GPS position of the shot and an orientation tag."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = ROTATE_90_CLOCKWISE
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif.get_ifd(ExifTags.IFD.GPSInfo).update(GPS)
    output = BytesIO()
    Image.new("RGB", (60, 40), "#c0392b").save(output, image_format, exif=exif)
    return output.getvalue()


def metadata(stored) -> dict:
    """The EXIF tags (GPS ones included) and the `info` keys of a stored image file."""
    with stored.open("rb"), Image.open(stored) as image:
        exif = image.getexif()
        return {
            "tags": dict(exif),
            "gps": dict(exif.get_ifd(ExifTags.IFD.GPSInfo)),
            "info": set(image.info),
            "size": image.size,
        }


def upload(content: bytes, name: str = "chambre.jpg"):
    return get_image_model().objects.create(
        title="Chambre",
        description="Une chambre meublée avec un bureau",
        file=ContentFile(content, name=name),
    )


def test_the_test_photo_carries_a_gps_position():
    found = metadata(ContentFile(phone_photo(), name="raw.jpg"))
    assert found["gps"][ExifTags.GPS.GPSLatitudeRef] == "N"


def test_a_stored_original_has_no_exif_left():
    image = upload(phone_photo())
    found = metadata(image.file)
    assert found["gps"] == {}
    assert found["tags"] == {}
    assert "exif" not in found["info"]


def test_a_stored_original_is_turned_upright_as_its_orientation_said():
    image = upload(phone_photo())
    assert metadata(image.file)["size"] == (40, 60)
    assert (image.width, image.height) == (40, 60)


def test_the_recorded_size_and_hash_are_those_of_the_stored_file():
    image = upload(phone_photo())
    image.refresh_from_db()
    assert image.file_size == image.file.size
    before = image.file_hash
    image._set_file_hash()
    assert image.file_hash == before


@pytest.mark.parametrize("spec", ["fill-20x20|format-jpeg", "width-30|format-webp"])
def test_renditions_have_no_exif(spec):
    rendition = upload(phone_photo()).get_rendition(spec)
    found = metadata(rendition.file)
    assert found["gps"] == {}
    assert "exif" not in found["info"]


def test_a_webp_original_loses_its_exif_too():
    image = upload(phone_photo("WEBP"), name="chambre.webp")
    assert metadata(image.file)["gps"] == {}


def test_an_image_uploaded_in_the_admin_is_stored_without_gps(client, portal):
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Chambre",
            "description": "Une chambre meublée avec un bureau",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("chambre.jpg", phone_photo(), "image/jpeg"),
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    assert metadata(get_image_model().objects.get(title="Chambre").file)["gps"] == {}


def test_images_stored_before_are_cleaned_and_their_renditions_deleted():
    image = upload(phone_photo())
    raw_name = image.file.storage.save("original_images/ancienne.jpg", ContentFile(phone_photo()))
    get_image_model().objects.filter(pk=image.pk).update(file=raw_name)
    image.refresh_from_db()
    image.get_rendition("width-30|format-webp")

    assert clean_stored_images(get_image_model(), PortalRendition) == 1

    image.refresh_from_db()
    assert metadata(image.file)["gps"] == {}
    assert (image.width, image.height) == (40, 60)
    assert image.file_size == image.file.size
    assert not PortalRendition.objects.exists()
