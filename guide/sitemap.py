"""What the guide serves below its page, for the sitemap (core.sitemaps)."""

from core.sitemaps import SubPage
from guide.models import GuideIndexPage
from territory.models import Commune

# The PDF is listed too: it is the printable guide as a document.
TOOLS = ["finder", "communes", "places", "print", "pdf"]


def guide_sub_pages() -> list[SubPage]:
    """The guide's tools and every commune's page."""
    communes = Commune.objects.order_by("slug").values_list("slug", flat=True)
    return [
        *(SubPage(GuideIndexPage, route) for route in TOOLS),
        *(SubPage(GuideIndexPage, "commune", {"slug": slug}) for slug in communes),
    ]
