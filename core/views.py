"""Site-wide views: search, robots.txt and the error pages."""

import logging
import sys

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from core.public_url import public_url
from core.query_params import page_number, text_parameter
from core.search_text import search_words
from core.site_search import search_groups
from core.view_restrictions import public_only

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
DATABASE_RETRY_AFTER_SECONDS = 10

logger = logging.getLogger("portal.availability")


@require_GET
def search(request):
    """Full-text search over the live pages of the visitor's language, then the records of
    the sections that are not pages (listings, supervisors, communes), grouped by kind."""
    query = text_parameter(request.GET, "q", MAX_QUERY_LENGTH)
    results = None
    groups = []
    if query:
        pages = public_only(Page.objects.live()).filter(locale=Locale.get_active()).specific()
        # Words only, accents folded: quotes and operators typed by a visitor would
        # reach the search backend's own query syntax (SQLite FTS5 fails on them).
        words = search_words(query)
        paginator = Paginator(
            pages.search(" ".join(words)) if words else pages.none(), RESULTS_PER_PAGE
        )
        try:
            results = paginator.page(page_number(request.GET.get("page")))
        except EmptyPage:
            results = paginator.page(1)
        if words and results.number == 1:
            groups = search_groups(words)
    total = (results.paginator.count if results else 0) + sum(group.total for group in groups)
    return render(
        request,
        "core/search.html",
        {
            "query": query,
            "page_query": urlencode({"q": query}),
            "results": results,
            "groups": groups,
            "total": total,
        },
    )


@require_GET
@never_cache
def admin_login(request):
    """The admin's sign-in, sent to the portal's: one account, a second factor, rate limits."""
    next_url = request.GET.get("next") or reverse("wagtailadmin_home")
    return redirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")


@require_GET
def health(request):
    """For load balancers and the benchmark's ceiling: answers without the database or cache."""
    response = HttpResponse("ok\n", content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "no-store"
    return response


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    """Robots may read every page but the accounts and the search results, in each language."""
    lines = ["User-agent: *", "Disallow: /admin/"]
    for language_code, _name in settings.LANGUAGES:
        with translation.override(language_code):
            lines.append(f"Disallow: {reverse('accounts:dashboard')}")
            lines.append(f"Disallow: {reverse('search')}")
    lines += [f"Sitemap: {public_url(reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def caused_by_lost_database(error: BaseException | None) -> bool:
    """Whether the database going away is behind `error`, directly or further down the chain.

    A failed session load, say, surfaces later as an AttributeError raised
    while Django handled the OperationalError.
    """
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, OperationalError | InterfaceError):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


def server_error(request):
    """The 500 page, kept free of queries: the database may be what failed.

    While the database restarts, visitors get a 503 that asks them to retry
    in a few seconds instead; Django reconnects by itself on a later request
    (CONN_HEALTH_CHECKS), so the site recovers as soon as it is back.
    """
    error = sys.exc_info()[1]
    if caused_by_lost_database(error):
        logger.error("Database unavailable on %s: %s", request.path, error)
        response = HttpResponse(
            loader.get_template("503.html").render({"request": request}), status=503
        )
        response["Retry-After"] = str(DATABASE_RETRY_AFTER_SECONDS)
        return response
    template = loader.get_template("500.html")
    return HttpResponse(template.render({"request": request}), status=500)
