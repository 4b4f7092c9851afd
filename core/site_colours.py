"""The site's colours as a stylesheet, so that pages need no inline style.

The URL carries a hash of what the stylesheet says (the colours chosen in the
portal settings and the site's origin, which print.css prints before relative
links): browsers keep it for a year, and changing a colour changes the URL of
every page (the settings' save invalidates them, pagecache/invalidation.py). The strict
Content-Security-Policy then allows styles from 'self' only, without a nonce
that a cached page would replay.
"""

import hashlib

from django.http import HttpResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET

from core.models import PortalSettings

ONE_YEAR = 365 * 24 * 3600
STALE_VERSION_MAX_AGE = 60


def site_colours_css(portal: PortalSettings, request) -> str:
    origin = f"{request.scheme}://{request.get_host()}"
    return (
        f":root{{--primary:{portal.primary_colour};--accent:{portal.accent_colour};"
        f'--site-origin:"{origin}"}}\n'
    )


def site_colours_url(portal: PortalSettings, request) -> str:
    """The stylesheet's URL, versioned by its content."""
    version = hashlib.sha256(site_colours_css(portal, request).encode()).hexdigest()[:12]
    return reverse("site_colours", args=[version])


@require_GET
def site_colours(request, version: str):
    """The stylesheet; an outdated version (from a page cached elsewhere) gets today's
    colours, kept for a minute only."""
    portal = PortalSettings.for_request(request)
    response = HttpResponse(site_colours_css(portal, request), content_type="text/css")
    if site_colours_url(portal, request) == request.path:
        patch_cache_control(response, public=True, max_age=ONE_YEAR, immutable=True)
    else:
        patch_cache_control(response, public=True, max_age=STALE_VERSION_MAX_AGE)
    return response
