"""What every page shows around its content: the settings, the menu and the footer.

Reading them costs about ten queries (the settings, the logo's rendition, the home
page and its sections in the visitor's language, the footer's pages, partners,
social links), the same for every page of a site in one language. So they are
read once and kept in the cache, under the generation token that every cached
page includes (pagecache.store.cached_for_site): pagecache.invalidation replaces it when
a section, the home page, a footer page or the settings change, so what is
kept here is never older than the pages around it.
"""

from dataclasses import dataclass

from wagtail.images.shortcuts import get_rendition_or_not_found
from wagtail.models import Locale, Page, Site

from core.i18n import active_language
from core.models import PortalSettings, SectionIndexPage
from pagecache.store import cached_for_site


@dataclass(frozen=True)
class PageLink:
    """A page as a menu shows it; `path` lets the menu mark the section a page is in."""

    pk: int
    title: str
    url: str
    path: str
    icon_name: str = ""
    summary: str = ""


@dataclass(frozen=True)
class ExternalLink:
    name: str
    url: str


@dataclass(frozen=True)
class Picture:
    """An image rendition as a page shows it."""

    url: str
    width: int
    height: int
    # The same image larger, for high-density screens: `srcset="/….png 2x"`.
    srcset: str = ""


@dataclass(frozen=True)
class Chrome:
    """The logo, the menu's sections with their home-page summaries, the footer's links."""

    logo: Picture | None = None
    sections: tuple[PageLink, ...] = ()
    footer_pages: tuple[PageLink, ...] = ()
    partners: tuple[ExternalLink, ...] = ()
    social_links: tuple[ExternalLink, ...] = ()


def chrome_for_request(request) -> Chrome:
    """The menu and footer of the visitor's site and language, looked up once per request."""
    if not hasattr(request, "_portal_chrome"):
        site = Site.find_for_request(request)
        if site is None:
            request._portal_chrome = Chrome()
        else:
            request._portal_chrome = cached_for_site(
                request,
                f"chrome:{site.pk}:{active_language()}",
                lambda: _read_chrome(site, PortalSettings.for_request(request), request),
            )
    return request._portal_chrome


def _read_chrome(site: Site, portal: PortalSettings, request) -> Chrome:
    return Chrome(
        logo=_logo(portal),
        sections=tuple(_section_links(site.root_page.localized, request)),
        footer_pages=tuple(_footer_links(portal, request)),
        partners=tuple(ExternalLink(p.name, p.url) for p in portal.partners.all()),
        social_links=tuple(ExternalLink(s.network, s.url) for s in portal.social_links.all()),
    )


def _logo(portal: PortalSettings) -> Picture | None:
    """The header's logo, 56 px high, and twice that for high-density screens: its
    renditions are looked up once, not on every page."""
    if portal.logo is None:
        return None
    # As the {% image %} tag does: a missing file shows an empty image, not an error.
    rendition = get_rendition_or_not_found(portal.logo, "height-56")
    double = get_rendition_or_not_found(portal.logo, "height-112")
    # A logo smaller than 112 px is not enlarged: it gives the density it has.
    density = round(double.height / rendition.height, 2) if rendition.height else 1
    srcset = f"{double.url} {density:g}x" if density > 1 else ""
    return Picture(rendition.url, rendition.width, rendition.height, srcset)


def _section_links(home: Page, request) -> list[PageLink]:
    """The live sections under `home` that editors show in menus, in tree order."""
    return [
        PageLink(
            pk=section.pk,
            title=section.title,
            url=section.get_url(request),
            path=section.path,
            icon_name=section.icon_name,
            summary=section.card_summary,
        )
        for section in home.get_children().live().in_menu().specific()
        if isinstance(section, SectionIndexPage)
    ]


def _footer_links(portal: PortalSettings, request) -> list[PageLink]:
    """The contact, legal, accessibility and privacy pages, in the visitor's language."""
    page_ids = [
        portal.contact_page_id,
        portal.legal_notice_page_id,
        portal.accessibility_page_id,
        portal.privacy_page_id,
    ]
    chosen = {page.pk: page for page in Page.objects.filter(pk__in=[pk for pk in page_ids if pk])}
    localized = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            translation_key__in=[page.translation_key for page in chosen.values()],
            locale=Locale.get_active(),
        )
    }
    links = []
    for pk in page_ids:
        if source := chosen.get(pk):
            page = localized.get(source.translation_key, source)
            links.append(
                PageLink(pk=page.pk, title=page.title, url=page.get_url(request), path=page.path)
            )
    return links
