"""The listings' bulk action: confirm, in one step, that the ticked listings are still available."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from housing.models import HousingListing
from housing.services.review import confirm_still_available


class ConfirmAvailableBulkAction(SnippetBulkAction):
    """Ticked on the list, confirmed on one page: the reminders stop for each listing."""

    display_name = _("Confirm still available")
    action_type = "confirm_available"
    aria_label = _("Confirm the selected listings are still available")
    template_name = "housing/admin/confirm_available_bulk.html"
    action_priority = 10
    models = [HousingListing]

    def check_perm(self, listing: HousingListing) -> bool:
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", listing
        )

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        return confirm_still_available(objects, user), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d listing confirmed as still available.",
            "%(count)d listings confirmed as still available.",
            num_parent_objects,
        ) % {"count": num_parent_objects}
