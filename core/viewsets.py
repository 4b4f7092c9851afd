"""Admin screens for the term lists that every section shares."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.admin_labels import NamedIndexView
from core.models import CareerStage, Faculty, Profession, Specialty


class TermViewSet(SnippetViewSet):
    index_view_class = NamedIndexView
    list_display = ["name_fr", "name_en", "slug", "sort_order", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["name_fr", "name_en"]
    ordering = ["sort_order", "name_fr"]
    copy_view_enabled = False


class ProfessionViewSet(TermViewSet):
    model = Profession
    icon = "user"


class CareerStageViewSet(TermViewSet):
    model = CareerStage
    icon = "order"


class FacultyViewSet(TermViewSet):
    model = Faculty
    icon = "site"


class SpecialtyViewSet(TermViewSet):
    model = Specialty
    icon = "tag"


class TermListsViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Lists")
    menu_icon = "list-ul"
    menu_order = 300
    items = [ProfessionViewSet, CareerStageViewSet, FacultyViewSet, SpecialtyViewSet]
