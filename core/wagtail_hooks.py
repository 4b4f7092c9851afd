"""Registers the portal's admin screens; the screens themselves are in viewsets.py."""

from django.urls import reverse
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from core.admin_access import may_edit_pages
from core.page_cache import mark_page_for_cache
from core.viewsets import TermListsViewSetGroup

register_snippet(TermListsViewSetGroup)
hooks.register("before_serve_page", mark_page_for_cache)


@hooks.register("construct_reports_menu")
def hide_translations_report_from_non_editors(request, menu_items):
    """wagtail-localize shows its report to all staff; its URL is kept to editors (admin_access)."""
    if not may_edit_pages(request.user):
        report_url = reverse("wagtail_localize:translations_report")
        menu_items[:] = [item for item in menu_items if item.url != report_url]
