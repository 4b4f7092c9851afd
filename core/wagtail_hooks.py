"""Registers the portal's admin screens; the screens themselves are in viewsets.py."""

from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.widgets import ListingButton
from wagtail.models import Locale, Page
from wagtail.snippets.models import register_snippet

from core.admin_access import may_edit_pages
from core.localize_access import translation_buttons
from core.translation_panel import OutdatedTranslationsPanel, outdated_label, outdated_message
from core.translation_status import outdated_translations_of
from core.viewsets import TermListsViewSetGroup

register_snippet(TermListsViewSetGroup)


@hooks.register("register_page_header_buttons")
def translation_header_buttons(page, user, view_name=None, next_url=None):
    yield from translation_buttons(page, user, next_url)


@hooks.register("register_page_listing_more_buttons")
def translation_listing_buttons(page, user, next_url=None):
    yield from translation_buttons(page, user, next_url)


@hooks.register("register_page_listing_buttons")
def outdated_translation_buttons(page, user, next_url=None):
    """« Traduction à mettre à jour » on a page whose translation lacks its source's new text."""
    for item in outdated_translations_of(page):
        yield ListingButton(
            outdated_label(item),
            item.edit_url,
            priority=5,
            icon_name="warning",
            classname="portail-outdated",
            attrs={"aria-label": outdated_label(item)},
        )


@hooks.register("register_page_header_buttons")
def outdated_translation_header_buttons(page, user, view_name=None, next_url=None):
    yield from outdated_translation_buttons(page, user, next_url)


@hooks.register("before_edit_page", order=-1)
def warn_of_outdated_translation(request, page):
    """Said once at the top of the editor, of the source and of the translation alike
    (wagtail-localize's translation editor shows the admin's messages too)."""
    if request.method != "GET":
        return
    for item in outdated_translations_of(page):
        messages.warning(
            request,
            outdated_message(item),
            buttons=[messages.button(item.edit_url, _("Translate"))]
            if item.page.pk != page.pk
            else None,
        )


@hooks.register("construct_homepage_panels")
def outdated_translations_panel(request, panels):
    panels.append(OutdatedTranslationsPanel(request.user))


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
