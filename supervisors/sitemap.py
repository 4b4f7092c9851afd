"""The supervisors the directory lists, for the sitemap (core.sitemaps)."""

from core.sitemaps import SubPage
from supervisors.models import Supervisor, SupervisorIndexPage


def supervisor_sub_pages() -> list[SubPage]:
    supervisors = Supervisor.objects.listed().only("pk", "first_name", "last_name").order_by("pk")
    return [
        SubPage(SupervisorIndexPage, "supervisor", {"pk": record.pk, "slug": record.slug})
        for record in supervisors
    ]
