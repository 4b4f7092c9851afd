"""Registers the portal's admin screens; the screens themselves are in viewsets.py."""

from wagtail.snippets.models import register_snippet

from core.viewsets import TermListsViewSetGroup

register_snippet(TermListsViewSetGroup)
