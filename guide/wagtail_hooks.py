"""Registers the guide's admin screens; the screens themselves are in viewsets.py."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from guide.viewsets import AidsToReviewView, GuideListsViewSetGroup

register_snippet(GuideListsViewSetGroup)


class EditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return AidsToReviewView.permission_policy.user_has_any_permission(
            request.user, AidsToReviewView.any_permission_required
        )


@hooks.register("register_reports_menu_item")
def register_aids_to_review_menu_item():
    return EditorsMenuItem(
        _("Aids to review"),
        reverse("guide_aids_to_review"),
        name="aids-to-review",
        icon_name="warning",
        order=100,
    )


@hooks.register("register_admin_urls")
def register_aids_to_review_urls():
    return [
        path("reports/aids-to-review/", AidsToReviewView.as_view(), name="guide_aids_to_review"),
        path(
            "reports/aids-to-review/results/",
            AidsToReviewView.as_view(results_only=True),
            name="guide_aids_to_review_results",
        ),
    ]
