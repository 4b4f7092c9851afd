"""Registers the registry's admin screens; the screens themselves are in viewsets.py."""

from wagtail.snippets.models import register_snippet

from housing.viewsets import HousingListingViewSet

register_snippet(HousingListingViewSet)
