"""Registers the registry's admin screens; the screens themselves are in viewsets.py."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from housing.bulk_actions import ConfirmAvailableBulkAction
from housing.dashboard import ListingsToConfirmPanel
from housing.services.review import CONFIRM_ACTION
from housing.viewsets import HousingListingViewSet

register_snippet(HousingListingViewSet)
hooks.register("register_bulk_action", ConfirmAvailableBulkAction)


@hooks.register("register_log_actions")
def register_confirmation_log_action(actions):
    actions.register_action(
        CONFIRM_ACTION, _("Confirm still available"), _("Confirmed still available")
    )


@hooks.register("construct_homepage_panels")
def add_listings_to_confirm_panel(request, panels):
    if request.user.has_perm("housing.change_housinglisting"):
        panels.append(ListingsToConfirmPanel())
