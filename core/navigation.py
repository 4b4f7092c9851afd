"""The four sections, as the header menu and the home page's entry cards show them."""

from wagtail.models import Page, Site

from core.models import SectionIndexPage


def section_pages(home: Page) -> list[Page]:
    """The live section pages under `home` that editors show in menus, in tree order.

    Plain pages in one query, each with its section's `icon_name`: the header
    on every page needs no more. The home page's cards, which show a
    section's summary, ask for the specific pages themselves.
    """
    sections = []
    for child in home.get_children().live().in_menu():
        page_class = child.specific_class
        if page_class is not None and issubclass(page_class, SectionIndexPage):
            child.icon_name = page_class.icon_name
            sections.append(child)
    return sections


def sections_for_request(request) -> list[Page]:
    """The sections of the home page in the visitor's language, looked up once per request.

    The header needs them on every page and the home page needs them again for
    its cards: both read this one result.
    """
    if not hasattr(request, "_portal_sections"):
        site = Site.find_for_request(request)
        request._portal_sections = section_pages(site.root_page.localized) if site else []
    return request._portal_sections
