"""Registers the territory's admin screens; the screens themselves are in viewsets.py."""

from django.urls import path
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from territory.admin_views import CommuneCodesView
from territory.viewsets import TerritoryViewSetGroup

register_snippet(TerritoryViewSetGroup)


@hooks.register("register_admin_urls")
def register_commune_codes_url():
    return [path("communes/codes/", CommuneCodesView.as_view(), name="territory_commune_codes")]
