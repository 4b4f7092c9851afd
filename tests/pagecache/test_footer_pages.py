"""Core tells the page cache which pages every page links to (core.cached_pages)."""

import pytest

from core.models import PortalSettings
from pagecache.invalidation import stale_for_page, whole_site
from tests.guide.factories import AidPageFactory

pytestmark = pytest.mark.django_db


def test_a_footer_page_below_the_sections_makes_the_whole_site_stale(portal):
    privacy, other = AidPageFactory(parent=portal["guide"]), AidPageFactory(parent=portal["guide"])
    settings = PortalSettings.for_site(portal["home"].get_site())
    settings.privacy_page = privacy
    settings.save()

    assert stale_for_page(privacy) == whole_site()
    assert stale_for_page(other) != whole_site()
