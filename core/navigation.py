"""The four sections, as the header menu and the home page's entry cards show them."""

from wagtail.models import Page, Site

from core.models import SectionIndexPage


def section_pages(home: Page) -> list[SectionIndexPage]:
    """The live section pages under `home` that editors show in menus, in tree order."""
    return [
        child
        for child in home.get_children().live().in_menu().specific()
        if isinstance(child, SectionIndexPage)
    ]


def sections_for_request(request) -> list[SectionIndexPage]:
    """The sections of the home page in the visitor's language, looked up once per request.

    The header needs them on every page and the home page needs them again for
    its cards: both read this one result.
    """
    if not hasattr(request, "_portal_sections"):
        site = Site.find_for_request(request)
        request._portal_sections = section_pages(site.root_page.localized) if site else []
    return request._portal_sections
