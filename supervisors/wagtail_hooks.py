"""Registers the directory's admin screens; the screens themselves are in viewsets.py."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from supervisors.dashboard import SupervisorsToFollowPanel
from supervisors.viewsets import ApprovalsEndingReportView, SupervisorsViewSetGroup

register_snippet(SupervisorsViewSetGroup)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/supervisor-approvals/",
            ApprovalsEndingReportView.as_view(),
            name="supervisors_approvals_ending",
        ),
        path(
            "reports/supervisor-approvals/results/",
            ApprovalsEndingReportView.as_view(results_only=True),
            name="supervisors_approvals_ending_results",
        ),
    ]


class ApprovalsEndingMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("supervisors.change_supervisor")


@hooks.register("register_reports_menu_item")
def register_approvals_ending_menu_item():
    return ApprovalsEndingMenuItem(
        _("Supervisor approvals ending"),
        reverse("supervisors_approvals_ending"),
        name="supervisor-approvals-ending",
        icon_name="time",
        order=950,
    )


@hooks.register("construct_homepage_panels")
def add_supervisors_to_follow_panel(request, panels):
    if request.user.has_perm("supervisors.change_supervisor") and request.user.has_perm(
        "supervisors.change_lead"
    ):
        panels.append(SupervisorsToFollowPanel())
