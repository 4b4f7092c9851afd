"""Template tags for the layout: navigation, the language switch, the title."""

import datetime
from functools import cache

from django import template
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.forms import BaseForm
from django.template.defaultfilters import date as date_filter
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.timezone import template_localtime
from django.utils.translation import gettext

from core.chrome import Chrome, chrome_for_request
from core.i18n import active_language, format_euros, language_switch_links
from core.models import PortalSettings
from core.public_url import public_page_url
from core.site_colours import site_colours_url

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    request = context.get("request")
    if request is None:
        return []
    return language_switch_links(request, context.get("page"))


@register.filter
def euros(amount) -> str:
    """{{ listing.rent|euros }}: "180 €" on the French site, "€180" on the English."""
    return format_euros(amount)


@register.filter(expects_localtime=True)
def long_date(value, format_string: str = "j F Y") -> str:
    """{{ day|long_date }}: "1er janvier 2026" on the French site (the ordinal the French
    write for the first of the month), "1 January 2026" on the English; as |date otherwise."""
    if not value:
        return ""
    local = template_localtime(value) if isinstance(value, datetime.datetime) else value
    if local.day == 1 and active_language() == "fr":
        format_string = format_string.replace("j", r"j\e\r", 1)
    return date_filter(local, format_string)


@register.simple_tag(takes_context=True)
def site_colours_stylesheet(context) -> str:
    """The URL of the site's colours (core/site_colours.py)."""
    request = context["request"]
    return site_colours_url(PortalSettings.for_request(request), request)


@register.simple_tag(takes_context=True)
def error_title_prefix(context) -> str:
    """ "Error: " before the title of a page whose form was refused, whatever the form's
    name in the context: the title is the first thing a screen reader reads out."""
    # type(), not isinstance(): isinstance would evaluate the lazy CSRF token in the
    # context, which sets a cookie and keeps every page out of the page cache.
    refused = any(
        issubclass(type(value), BaseForm) and value.is_bound and value.errors
        for value in context.flatten().values()
    )
    return gettext("Error:") + " " if refused else ""


@register.simple_tag(takes_context=True)
def page_chrome(context) -> Chrome:
    """The menu's sections and the footer's links (core.chrome)."""
    request = context.get("request")
    return chrome_for_request(request) if request is not None else Chrome()


@register.filter
def approximate_distance(km: float) -> str:
    """A distance to a private position's public stand-in, in whole kilometres.

    The public position is already rounded (territory.models.PrivatelyLocated);
    tenths of a kilometre would only claim a precision the figure does not have.
    """
    if km < 1:
        return gettext("less than 1 km away")
    return gettext("about %(km)s km away") % {"km": round(km)}


@register.filter
def is_within(page, section) -> bool:
    """Whether `page` is `section` or lies below it in the page tree."""
    return page is not None and page.path.startswith(section.path)


@register.filter(name="public_url")
def public_url_of(page) -> str | None:
    """The page's absolute URL on the public site, for e-mails (core/public_url.py)."""
    return public_page_url(page)


@cache
def sprite_url() -> str:
    """The icons' hashed URL, looked up once: a results page shows dozens of icons."""
    return static("img/icons.svg")


@receiver(setting_changed)
def forget_sprite_url(*, setting, **kwargs) -> None:
    if setting in {"STATIC_URL", "STORAGES"}:
        sprite_url.cache_clear()


@register.simple_tag
def icon(name: str, label: str = "", css_class: str = "") -> SafeString:
    """An icon from our SVG sprite; decorative unless it is given a label.

    Written here rather than through a template: a results page shows
    dozens, and an inclusion tag costs a template render each.
    """
    classes = f"icon {css_class}" if css_class else "icon"
    role = (
        format_html('role="img" aria-label="{}"', label)
        if label
        else mark_safe('aria-hidden="true" focusable="false"')
    )
    return format_html(
        '<svg class="{}" {}><use href="{}#{}"></use></svg>',
        classes,
        role,
        sprite_url(),
        name,
    )
