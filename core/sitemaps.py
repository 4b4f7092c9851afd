"""The sitemap: every live page of every language, with hreflang alternates, on the public URL."""

from collections import defaultdict

from django.utils.functional import cached_property
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.public_url import on_public_site, public_page_url
from core.view_restrictions import public_only


class PortalSitemap(Sitemap):
    """Wagtail's sitemap walks the site's root only; ours walks each translation of it
    and links each page to its translations."""

    def live_pages(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for root in roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        return public_only(pages.live()).order_by("path")

    def items(self):
        return self.live_pages().defer_streamfields().specific()

    @cached_property
    def alternates_by_location(self) -> dict[str, list[dict[str, str]]]:
        """Each page's address → the addresses of all its language versions, in one query."""
        versions = defaultdict(list)
        for page in self.live_pages().defer_streamfields().select_related("locale"):
            location = public_page_url(page, self.request)
            versions[page.translation_key].append(
                {"lang_code": page.locale.language_code, "location": location}
            )
        return {
            alternate["location"]: alternates
            for alternates in versions.values()
            if len(alternates) > 1
            for alternate in alternates
        }

    def _urls(self, page, protocol, domain):
        # Wagtail's _urls builds each entry from Page.get_sitemap_urls(); asking
        # every page for its translations there would cost a query per page.
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            url["location"] = on_public_site(url["location"])
            alternates = self.alternates_by_location.get(url["location"])
            if alternates:
                url["alternates"] = alternates
        return urls
