"""Template tags for the layout: navigation and the language switch."""

from django import template
from wagtail.models import Locale, Page

from core.i18n import language_switch_links
from core.models import PortalSettings
from core.navigation import sections_for_request
from core.site_colours import site_colours_url

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    request = context.get("request")
    if request is None:
        return []
    return language_switch_links(request, context.get("page"))


@register.simple_tag(takes_context=True)
def site_colours_stylesheet(context) -> str:
    """The URL of the site's colours (core/site_colours.py)."""
    request = context["request"]
    return site_colours_url(PortalSettings.for_request(request), request)


@register.simple_tag(takes_context=True)
def main_navigation(context):
    request = context.get("request")
    return sections_for_request(request) if request is not None else []


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The contact, legal, accessibility and privacy pages, in the visitor's language."""
    request = context.get("request")
    if request is None:
        return []
    portal = PortalSettings.for_request(request)
    page_ids = [
        portal.contact_page_id,
        portal.legal_notice_page_id,
        portal.accessibility_page_id,
        portal.privacy_page_id,
    ]
    chosen = Page.objects.filter(pk__in=[pk for pk in page_ids if pk])
    localized = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            translation_key__in=chosen.values("translation_key"), locale=Locale.get_active()
        )
    }
    by_id = {page.pk: page for page in chosen}
    pages = []
    for pk in page_ids:
        source = by_id.get(pk)
        if source is not None:
            pages.append(localized.get(source.translation_key, source))
    return pages


@register.filter
def is_within(page, section) -> bool:
    """Whether `page` is `section` or lies below it in the page tree."""
    return page is not None and page.path.startswith(section.path)


@register.inclusion_tag("components/icon.html")
def icon(name: str, label: str = "", css_class: str = ""):
    """An icon from our SVG sprite; decorative unless it is given a label."""
    return {"name": name, "label": label, "css_class": css_class}
