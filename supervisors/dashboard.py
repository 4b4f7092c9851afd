"""The admin home's panel for CDOM staff: approvals ending and new prospective supervisors."""

from wagtail.admin.ui.components import Component

from supervisors.models import Lead, LeadState
from supervisors.services import approvals_ending_soon

SHOWN = 10


class SupervisorsToFollowPanel(Component):
    """What waits for CDOM staff in the directory: renewals to ask for, leads to answer."""

    name = "supervisors_to_follow"
    order = 60
    template_name = "supervisors/admin/to_follow_panel.html"

    def get_context_data(self, parent_context=None):
        ending = approvals_ending_soon()
        leads = Lead.objects.filter(state=LeadState.NEW).order_by("created_at")
        return {
            "ending": ending[:SHOWN],
            "ending_count": ending.count(),
            "leads": leads[:SHOWN],
            "leads_count": leads.count(),
        }
