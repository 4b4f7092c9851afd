"""Registers the portal's admin screens; the screens themselves are in viewsets.py."""

from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.models import Locale, Page
from wagtail.snippets.models import register_snippet

from core.admin_access import may_edit_pages
from core.localize_access import translation_buttons
from core.viewsets import TermListsViewSetGroup

register_snippet(TermListsViewSetGroup)


@hooks.register("register_page_header_buttons")
def translation_header_buttons(page, user, view_name=None, next_url=None):
    yield from translation_buttons(page, user, next_url)


@hooks.register("register_page_listing_more_buttons")
def translation_listing_buttons(page, user, next_url=None):
    yield from translation_buttons(page, user, next_url)


@hooks.register("insert_global_admin_css")
def portal_admin_css():
    """The components of the project's own admin screens (static/css/admin.css)."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("construct_translated_pages_to_cascade_actions")
def translations_follow_their_source(pages: list[Page], action: str) -> dict:
    """Deleting or unpublishing a page in the default language does the same to its translations.

    Left live, a translation would go on announcing what the source no longer
    does (an evening deleted in French, still open in English). A translation
    deleted or unpublished alone leaves its source as it is.
    """
    if action not in ("delete", "unpublish"):
        return {}
    default = Locale.get_default()
    cascade = {}
    for page in pages:
        if page.locale_id == default.pk:
            translations = Page.objects.translation_of(page, inclusive=False)
            cascade[page] = translations.filter(alias_of__isnull=True)
    return cascade


@hooks.register("construct_reports_menu")
def hide_translations_report_from_non_editors(request, menu_items):
    """wagtail-localize shows its report to all staff; its URL is kept to editors (admin_access)."""
    if not may_edit_pages(request.user):
        report_url = reverse("wagtail_localize:translations_report")
        menu_items[:] = [item for item in menu_items if item.url != report_url]
