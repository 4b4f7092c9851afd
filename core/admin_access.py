"""Who may reach the admin screens that Wagtail opens to every staff member.

Wagtail's choosers and some reports check only that the visitor may use the
admin: through them the event manager listed every housing listing and
supervisor, and CDOM staff, who edit no page, searched every page title and
read the translations report. Here each is kept to the staff of its subject.
"""

from collections.abc import Callable
from functools import wraps

from django.urls import path
from wagtail.admin.auth import permission_denied, require_admin_access
from wagtail.admin.views import chooser as page_chooser
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail_localize.views.report import TranslationsReportView

from core.localize_access import (
    PageScopedSubmitPageTranslationView,
    PageScopedUpdateTranslationsView,
)

PAGE_ACTIONS = ["add", "change", "publish"]
RECORD_ACTIONS = ["add", "change", "delete", "view"]


def may_edit_pages(user) -> bool:
    """Whether `user` may add, change or publish some page (editors, event managers)."""
    return PagePermissionPolicy().user_has_any_permission(user, PAGE_ACTIONS)


def allowed_only_if(test: Callable[[object], bool], view):
    """`view`, answered with the admin's "permission denied" to a user failing `test`."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if not test(request.user):
            return permission_denied(request)
        return view(request, *args, **kwargs)

    return require_admin_access(checked)


class RecordChooserViewSet(SnippetChooserViewSet):
    """A snippet's chooser that lists and picks records only for the staff who manage them."""

    def construct_view(self, view_class, **kwargs):
        policy = ModelPermissionPolicy(self.model)
        return allowed_only_if(
            lambda user: policy.user_has_any_permission(user, RECORD_ACTIONS),
            super().construct_view(view_class, **kwargs),
        )


def page_editors_only(view):
    return allowed_only_if(may_edit_pages, view)


def browse_from(request, start_page_id: int, parent_page_id: int | None = None):
    """Wagtail's page chooser, opened on `start_page_id` (core.page_choosers), then as usual."""
    view = page_chooser.BrowseView.as_view()
    return view(request, parent_page_id=parent_page_id or start_page_id)


# Placed before Wagtail's admin URLs (config/urls.py): the first match is served.
urlpatterns = [
    path(
        "choose-page/",
        page_editors_only(page_chooser.BrowseView.as_view()),
    ),
    path(
        "choose-page/<int:parent_page_id>/",
        page_editors_only(page_chooser.BrowseView.as_view()),
    ),
    path(
        "choose-page-from/<int:start_page_id>/",
        page_editors_only(browse_from),
        name="choose_page_from",
    ),
    path(
        "choose-page-from/<int:start_page_id>/<int:parent_page_id>/",
        page_editors_only(browse_from),
    ),
    path(
        "choose-page/search/",
        page_editors_only(page_chooser.SearchView.as_view()),
    ),
    path(
        "choose-page/chosen-multiple/",
        page_editors_only(page_chooser.ChosenMultipleView.as_view()),
    ),
    path(
        "localize/submit/page/<int:page_id>/",
        require_admin_access(PageScopedSubmitPageTranslationView.as_view()),
    ),
    path(
        "localize/update/<int:translation_source_id>/",
        require_admin_access(PageScopedUpdateTranslationsView.as_view()),
    ),
    path(
        "localize/reports/translations/",
        page_editors_only(TranslationsReportView.as_view()),
    ),
    path(
        "localize/reports/translations/results/",
        page_editors_only(TranslationsReportView.as_view(results_only=True)),
    ),
]
