"""A staff page that lists every commune with its INSEE code and postcode.

The import errors about communes point here: CDOM staff, who may not edit
the communes, can still read which code belongs to which commune.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from territory.models import Commune

# Anyone who imports listings or supervisors may read the codes.
READERS_PERMISSIONS = (
    "housing.add_housinglisting",
    "supervisors.add_supervisor",
    "territory.change_commune",
)


class CommuneCodesView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Communes: INSEE codes and postcodes")
    header_icon = "site"
    template_name = "territory/admin/commune_codes.html"

    def dispatch(self, request, *args, **kwargs):
        if not any(request.user.has_perm(name) for name in READERS_PERMISSIONS):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        query = self.request.GET.get("q", "").strip()[:100]
        communes = Commune.objects.order_by("name").only("name", "insee_code", "postcode")
        if query:
            communes = communes.filter(
                Q(name__icontains=query) | Q(insee_code=query) | Q(postcode=query)
            )
        return super().get_context_data(communes=communes, query=query, **kwargs)
