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


def test_listing_page_offers_each_photo_in_two_sizes(client, portal):
    image = get_image_model().objects.create(
        title="Chambre",
        description="Une chambre meublée avec un bureau",
        file=get_test_image_file(filename="chambre.png", size=(1600, 1067)),
    )
    listing = HousingListingFactory()
    ListingPhoto.objects.create(listing=listing, image=image)
    html = client.get(f"/fr/logements/{listing.pk}-{listing.slug}/").content.decode()
    assert "fill-640x427.png 640w" in html
    assert "fill-1280x854.png 1280w" in html
