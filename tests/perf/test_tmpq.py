import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from tests.perf.test_query_counts import Dataset, SMALL
from core.models import PortalSettings
import sys
pytestmark = pytest.mark.django_db
@pytest.mark.parametrize("name", ["guide index", "supervisor directory"])
def test_q(client, portal, name):
    PortalSettings.for_site(portal["home"].get_site())
    d = Dataset(portal); d.grow(SMALL)
    url = d.url(name)
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as qs:
        client.get(url)
    for q in qs: sys.stdout.write("Q " + q["sql"][:200] + "\n")
    assert 0
