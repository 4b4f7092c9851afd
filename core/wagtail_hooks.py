"""Registers the portal's admin screens; the screens themselves are in viewsets.py."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from core.page_cache import mark_page_for_cache
from core.viewsets import TermListsViewSetGroup

register_snippet(TermListsViewSetGroup)
hooks.register("before_serve_page", mark_page_for_cache)
