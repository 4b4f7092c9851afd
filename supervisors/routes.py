"""The addresses below the directory's pages, and the view that answers each.

Read by core.subpages.RoutedPageMixin (`subpage_routes` on each page model);
every view is called as `view(request, page, *args, **kwargs)`.
"""

from django.urls import path, re_path
from django.utils.translation import gettext_lazy as _

from supervisors import views

SUPERVISOR_INDEX_PAGE = [
    path("", views.directory, name="directory"),
    re_path(r"^(?P<pk>\d+)-(?P<slug>[-\w]*)/$", views.supervisor, name="supervisor"),
]

BECOME_SUPERVISOR_PAGE = [
    path("", views.declare_interest, name="declare_interest"),
    path(_("sent/"), views.sent, name="thanks"),
]
