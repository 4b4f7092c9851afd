"""The site's public address: every absolute link the portal writes starts with it.

E-mails, calendar files, the sitemap and the PDF are read far from the request
that made them, so their links come neither from a Host header (which the
client chooses) nor from Wagtail's Site (which says localhost on a fresh
install), but from settings.PUBLIC_BASE_URL.
"""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.http import HttpRequest
from wagtail.models import Page


def public_url(path: str = "/") -> str:
    """`path` (a path from the site's root, query included) as an absolute URL."""
    return settings.PUBLIC_BASE_URL.rstrip("/") + path


def public_page_url(page: Page, request: HttpRequest | None = None) -> str | None:
    """The page's absolute URL, in its own language; None if no site holds it.

    Pass the request when there is one: Wagtail then reads the sites once per request.
    """
    parts = page.get_url_parts(request)
    if parts is None:
        return None
    return public_url(parts[2])


def on_public_site(url: str) -> str:
    """`url` moved onto the public site, whatever host it named (Wagtail's Site names its own)."""
    parts = urlsplit(url)
    return public_url(urlunsplit(("", "", parts.path, parts.query, parts.fragment)))


def public_host() -> str:
    """The public host name, e.g. for calendar UIDs and the sender's address."""
    return urlsplit(settings.PUBLIC_BASE_URL).hostname or "localhost"


def public_site_address() -> tuple[str, int]:
    """The hostname and port a Wagtail Site must have to serve the public address."""
    address = urlsplit(settings.PUBLIC_BASE_URL)
    return public_host(), address.port or (443 if address.scheme == "https" else 80)
