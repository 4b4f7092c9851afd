"""Small helpers for the site's two languages."""

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import get_language
from wagtail.contrib.routable_page.models import RoutablePageMixin

from pagecache.store import cached_for_path


def active_language() -> str:
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def pick_label(french: str, english: str) -> str:
    """The English label on the English site when there is one, French otherwise."""
    if active_language() == "en" and english:
        return english
    return french


@dataclass(frozen=True)
class LocalText:
    """A text shown on a page, and the language it is written in when not the page's."""

    text: str
    lang: str = ""

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)

    @property
    def lang_attribute(self) -> str:
        """` lang="fr"` for an element holding French on the English site (WCAG 3.1.2)."""
        return format_html(' lang="{}"', self.lang) if self.lang else ""


def pick_text(french: str, english: str) -> LocalText:
    """The English text on the English site when there is one; the French otherwise,
    marked as French when the page is not."""
    if active_language() != "en":
        return LocalText(french)
    if english:
        return LocalText(english)
    return LocalText(french, "fr" if french else "")


NARROW_NO_BREAK_SPACE = "\u202f"
NO_BREAK_SPACE = "\u00a0"


def format_euros(amount: int | Decimal) -> str:
    """`amount` in euros as the active language writes it: "20 000 €" or "€20,000".

    Cents show only when there are some: "180,50 €", "€180.50".
    """
    cents = ".2f" if amount % 1 else ".0f"
    written = f"{amount:,{cents}}"
    if active_language() == "fr":
        grouped = written.replace(",", NARROW_NO_BREAK_SPACE).replace(".", ",")
        return f"{grouped}{NO_BREAK_SPACE}€"
    return f"€{written}"


def language_switch_links(request, page=None) -> list[dict]:
    """Where each language version of what the visitor is looking at lives.

    For a Wagtail page, its live translation (the translated slugs differ),
    keeping what follows the page's own path — a routable page's sub-route
    such as a listing, itself translated (/fr/aides/quelles-aides-pour-moi/ is
    /en/aids/which-aids-for-me/) — and the query string, so filters survive the switch;
    for any other view, the same URL pattern in the other language. A page not
    translated yet sends to the home page of that language.
    """
    current = active_language()
    is_saved_page = page is not None and page.pk is not None
    translations = {}
    if is_saved_page:
        rest = path_after_page(request, page)
        translations = {
            code: url + translate_sub_route(page, rest, code)
            for code, url in translation_urls(request, page).items()
        }
    links = []
    for code, name in settings.LANGUAGES:
        if is_saved_page:
            url = translations.get(code) or f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "is_current": code == current})
    return links


def path_after_page(request, page) -> str:
    """What the requested URL adds to the page's own: a sub-route and the query string."""
    page_path = page.get_url(request) or ""
    rest = request.path[len(page_path) :] if request.path.startswith(page_path) else ""
    query = request.META.get("QUERY_STRING", "")
    return rest + (f"?{query}" if query else "")


def translate_sub_route(page, rest: str, language_code: str) -> str:
    """`rest` (a sub-route of `page` in the active language, and its query) in another language.

    A routable page's routes have a path per language: the route is found in
    the active language and written again in the other; what the page does
    not route (a plain page's remainder) is kept as it is.
    """
    sub_path, separator, query = rest.partition("?")
    if not sub_path or not isinstance(page, RoutablePageMixin):
        return rest
    try:
        match = page.resolve_subpage(f"/{sub_path}")
    except Http404:
        return rest
    with translation.override(language_code):
        translated = page.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs)
    return translated + separator + query


def translation_urls(request, page) -> dict[str, str]:
    """The URL of each live translation of `page`, by language code.

    Cached with the requested path (pagecache.store) when the page is the one
    at that path or above it: publishing, unpublishing or moving any
    translation of a page invalidates the page's path and what is below it, in
    every language (pagecache.invalidation), so the links are never stale.
    """
    page_url = page.get_url(request) or ""
    if not page_url or not request.path.startswith(page_url):
        return _read_translation_urls(request, page)
    return cached_for_path(
        request, f"translations:{page.pk}", lambda: _read_translation_urls(request, page)
    )


def _read_translation_urls(request, page) -> dict[str, str]:
    # Only what a URL is made of: compiling the query for every column of a
    # page cost more than running it, on every page of the site.
    versions = (
        page.get_translations(inclusive=True)
        .live()
        .select_related("locale")
        .only("url_path", "locale__language_code")
        .order_by()
    )
    return {version.locale.language_code: version.get_url(request) for version in versions}


def redirect_to_route(request, page, name: str, **kwargs) -> HttpResponsePermanentRedirect:
    """To the route `name` of a routable `page`, at its path in the page's language, query kept.

    For the English paths routes had in French before they were translated:
    links in e-mails already sent and calendars subscribed to keep working.
    """
    query = request.META.get("QUERY_STRING", "")
    url = page.url + page.reverse_subpage(name, kwargs=kwargs or None)
    return HttpResponsePermanentRedirect(url + (f"?{query}" if query else ""))
