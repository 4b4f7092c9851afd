"""The sitemap: every live page of every language, with hreflang alternates."""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PortalSitemap(Sitemap):
    """Wagtail's sitemap walks the site's root only; ours walks each translation of it."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for root in roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()
