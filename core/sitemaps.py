"""The sitemap: every live page of every language, with hreflang alternates, and what
the site serves besides its pages (listings, supervisors, communes, the finder…), on the
public URL."""

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import get_language
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.public_url import on_public_site, public_page_url
from core.view_restrictions import public_only

# The views outside Wagtail's tree that a visitor reaches from the menus and footers.
PUBLIC_VIEWS = ["guide:open_data", "processing_register"]


@dataclass(frozen=True)
class SubPage:
    """A page a routable section page serves below itself (`route` of `section`)."""

    section: type[Page]
    route: str
    kwargs: dict = field(default_factory=dict)


_sub_pages: list[Callable[[], Iterable[SubPage]]] = []


def register(sub_pages: Callable[[], Iterable[SubPage]]) -> None:
    """List in the sitemap what `sub_pages()` returns (called from an app's `ready()`)."""
    _sub_pages.append(sub_pages)


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


class RoutesSitemap(DjangoSitemap):
    """The registered sub-pages and the public views, in each language, with alternates.

    Each address is written in the language it is listed for: the section's
    page in that language and the route's path translated.
    """

    i18n = True
    alternates = True
    languages = [code for code, _name in settings.LANGUAGES]

    def items(self) -> list[SubPage | str]:
        sub_pages = [item for sub_pages in _sub_pages for item in sub_pages()]
        # A section unpublished or restricted takes what is below it out of the map.
        public_sections = {
            section
            for section in {item.section for item in sub_pages}
            if public_only(section.objects.live()).exists()
        }
        return [*PUBLIC_VIEWS, *(item for item in sub_pages if item.section in public_sections)]

    def location(self, item: SubPage | str) -> str:
        if isinstance(item, str):
            return reverse(item)
        section = self._section(item.section, get_language())
        return section.url + section.reverse_subpage(item.route, kwargs=item.kwargs or None)

    def _section(self, section_class: type[Page], language: str) -> Page:
        # One query per section and language, not per address.
        key = (section_class, language)
        if key not in self._sections:
            self._sections[key] = section_class.for_active_language()
        return self._sections[key]

    @cached_property
    def _sections(self) -> dict:
        return {}
