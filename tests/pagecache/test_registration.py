"""A model registers once with the page cache's invalidation: a second would hide the first."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from housing.models import HousingListing
from pagecache import invalidation


def test_a_second_registration_for_one_model_is_refused():
    before = invalidation._registry[HousingListing]

    with pytest.raises(ImproperlyConfigured, match=r"housing\.HousingListing"):
        invalidation.register(HousingListing, lambda _listing: [])

    assert invalidation._registry[HousingListing] is before
