"""The admin home's panel for CDOM staff: the listings to confirm this week."""

import datetime

from django.utils import timezone
from wagtail.admin.ui.components import Component

from housing.services.freshness import listings_to_confirm_by

WEEK_DAYS = 7
SHOWN = 10


class ListingsToConfirmPanel(Component):
    """Published listings flagged within a week if nobody confirms them, oldest first."""

    name = "listings_to_confirm"
    order = 50
    template_name = "housing/admin/listings_to_confirm_panel.html"

    def get_context_data(self, parent_context=None):
        day = timezone.localdate() + datetime.timedelta(days=WEEK_DAYS)
        listings = listings_to_confirm_by(day).select_related("commune")
        return {"listings": listings[:SHOWN], "count": listings.count()}
