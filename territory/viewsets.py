"""Admin screens for the communes, their zonage and the places to practise."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.admin_labels import NamedIndexView
from core.tabular.views import SpreadsheetViewSetMixin
from territory.importers import ZonageImporter
from territory.models import Commune, PlaceToPractise


class CommuneViewSet(SpreadsheetViewSetMixin, SnippetViewSet):
    """The communes; their ARS zonage is imported from a spreadsheet (territory.importers)."""

    model = Commune
    importer_class = ZonageImporter
    icon = "site"
    menu_label = _("Communes")
    list_display = ["name", "postcode", "insee_code"]
    search_fields = ["name", "postcode", "insee_code"]
    ordering = ["name"]
    copy_view_enabled = False


class PlaceToPractiseViewSet(SnippetViewSet):
    index_view_class = NamedIndexView
    model = PlaceToPractise
    icon = "home"
    menu_label = _("Places to practise")
    list_display = ["name", "kind", "commune", "is_active"]
    list_filter = ["kind", "is_active"]
    search_fields = ["name", "address"]
    ordering = ["name"]
    copy_view_enabled = False


class TerritoryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Territory")
    menu_icon = "site"
    menu_order = 250
    items = [CommuneViewSet, PlaceToPractiseViewSet]
