"""Registers the territory's admin screens; the screens themselves are in viewsets.py."""

from wagtail.snippets.models import register_snippet

from territory.viewsets import TerritoryViewSetGroup

register_snippet(TerritoryViewSetGroup)
