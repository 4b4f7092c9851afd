"""A listing's photos: JPEG, PNG or WebP, 5 MB at most."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from housing.models import ListingPhoto
from tests.housing.factories import HousingListingFactory

pytestmark = pytest.mark.django_db


def photo(filename: str, **image_fields) -> ListingPhoto:
    """A listing's photo; `image_fields` are set once the image is stored (its size is
    measured when it is)."""
    image = get_image_model().objects.create(
        title="Chambre",
        description="Une chambre meublée avec un bureau",
        file=get_test_image_file(filename=filename),
    )
    for name, value in image_fields.items():
        setattr(image, name, value)
    return ListingPhoto(listing=HousingListingFactory(), image=image)


def test_a_png_photo_is_accepted():
    photo("chambre.png").clean()


def test_a_gif_is_refused_with_a_reason():
    with pytest.raises(ValidationError) as error:
        photo("chambre.gif").clean()
    assert "JPEG, PNG" in str(error.value)


def test_a_photo_over_five_megabytes_is_refused():
    with pytest.raises(ValidationError) as error:
        photo("chambre.png", file_size=6 * 1024 * 1024).clean()
    assert "5" in str(error.value)
