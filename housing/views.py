"""The public pages of the registry (served by HousingIndexPage's routes) and saved searches."""

import datetime
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Page
from django.http import Http404, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.lookup import verified_address
from core.filters import FilterChip, url_with
from core.i18n import active_language
from core.maps import MapMarker, approximate_marker, map_data
from core.pagination import WindowCountPaginator
from core.query_params import query_without
from housing.calendar import availability_calendar
from housing.forms import HousingSearchForm, normalised_search
from housing.links import saved_search_from_token
from housing.models import HousingIndexPage, HousingListing, SavedSearch
from housing.nearby import nearby_places
from housing.search import SearchCriteria, search_listings
from housing.services.saved_searches import save_search
from relay.urls import contact_url

PAGE_SIZE = 20


@dataclass
class HousingSearch:
    """What the search page shows: the form, the filters in use, the page of listings.

    The registry's search has the shape of the guide's (guide.facets.AidSearch).
    A refused search (a form in error) shows no listing: the whole registry under
    the form would read as the answer to what was typed.
    """

    form: HousingSearchForm
    refused: bool
    criteria: SearchCriteria
    chips: list[FilterChip]
    page: Page
    listings: list[HousingListing]
    total: int
    params: QueryDict

    @property
    def page_query(self) -> str:
        """The search's query string without its page, for the pagination links."""
        return query_without(self.params, "page")


def search_housing(params: QueryDict, index_url: str, today: datetime.date) -> HousingSearch:
    """Apply the filters in `params` to the published listings, and take the page asked for."""
    form = HousingSearchForm(params or None, today=today)
    refused = form.is_bound and not form.is_valid()
    criteria = form.criteria() if form.is_bound and not refused else SearchCriteria()
    found = HousingListing.objects.none() if refused else search_listings(criteria, today)
    paginator = WindowCountPaginator(found.for_cards(), PAGE_SIZE)
    page = paginator.get_page(params.get("page"))
    listings = list(page.object_list)
    for listing in listings:
        listing.public_url = listing.url_under(index_url)
    chips = (
        [
            FilterChip(text, url_with(params, **{name: [] for name in names}))
            for names, text in form.active_filters()
        ]
        if form.is_bound and not refused
        else []
    )
    return HousingSearch(form, refused, criteria, chips, page, listings, paginator.count, params)


def search(request, page: HousingIndexPage):
    """The search page: filters from the query string, a page of results, list and map."""
    index_url = page.get_url(request)
    results = search_housing(request.GET, index_url, timezone.localdate())
    markers = [
        approximate_marker(
            listing.public_latitude,
            listing.public_longitude,
            f"{listing.title} – {listing.commune.name}",
            url=listing.public_url,
        )
        for listing in results.listings
    ]
    context = page.get_context(request)
    context.update(
        search=results,
        near_suggestions=[
            (found.label, url_with(request.GET, near=[found.key]))
            for found in results.form.fields["near"].candidates
        ],
        index_url=index_url,
        view="map" if request.GET.get("view") == "map" else "list",
        # Asked for the map view: Leaflet loads at once instead of on a tap.
        map_autoload=request.GET.get("view") == "map",
        switch_query=query_without(request.GET, "view", "page"),
        has_filters=bool(query_without(request.GET, "view", "page", "sort")),
        map=map_data(markers, _("Map of the listings on this page")),
    )
    return TemplateResponse(request, page.get_template(request), context)


def listing_context(request, listing: HousingListing, preview: bool = False) -> dict:
    """What the listing page shows; the address and exact position only to verified students."""
    today = timezone.localdate()
    index = HousingIndexPage.for_active_language()
    context = index.get_context(request) if index is not None else {}
    periods = sorted(listing.periods.all(), key=lambda period: period.start)
    shows_address = verified_address(request.user) is not None
    public = listing.public_position
    if shows_address:
        marker = MapMarker(listing.latitude, listing.longitude, listing.title)
    else:
        marker = approximate_marker(public.latitude, public.longitude, listing.title)
    context.update(
        page=index,
        listing=listing,
        preview=preview,
        photos=[photo.image for photo in listing.photos.select_related("image")],
        periods=[period for period in periods if period.end >= today],
        calendar=availability_calendar(periods, today),
        places=nearby_places(public),
        shows_address=shows_address,
        contact_url=contact_url(listing) if listing.pk else "",
        map=map_data([marker], _("Where the listing is")),
    )
    return context


def listing(request, page: HousingIndexPage, pk: int, slug: str = ""):
    """A published listing's page; its canonical URL carries the title's slug."""
    found = get_object_or_404(HousingListing.objects.published().select_related("commune"), pk=pk)
    if slug != found.slug:
        return HttpResponseRedirect(found.url_under(page.get_url(request)))
    context = listing_context(request, found)
    context["page"] = page
    return TemplateResponse(request, "housing/listing_page.html", context)


def save_search_view(request, page: HousingIndexPage):
    """Save the search of the query string for the signed-in student, then go back to it."""
    if request.method != "POST":
        raise Http404
    search_url = f"{page.get_url(request)}?{request.POST.get('query', '')}"
    if not request.user.is_authenticated:
        messages.info(request, _("Sign in to save this search and get new listings by e-mail."))
        return redirect_to_login(search_url)
    query, form = normalised_search(QueryDict(request.POST.get("query", "")))
    _saved, created = save_search(request.user, query, form.summary(), active_language())
    if created:
        messages.success(
            request,
            _("Search saved. We will e-mail you new listings that match it, at most once a day."),
        )
    else:
        messages.info(request, _("You had already saved this search."))
    return redirect(search_url)


@login_required
@require_GET
def saved_searches(request):
    """The user's saved searches, each with a link to run it and a button to delete it."""
    index = HousingIndexPage.for_active_language()
    searches = [
        (saved, f"{index.url}?{saved.query}" if index else "")
        for saved in SavedSearch.objects.filter(user=request.user)
    ]
    return render(request, "housing/saved_searches.html", {"searches": searches})


@login_required
@require_POST
def delete_saved_search(request, pk: int):
    saved = get_object_or_404(SavedSearch, pk=pk, user=request.user)
    saved.delete()
    messages.success(request, _("The saved search has been deleted."))
    return redirect("housing:saved_searches")


# A mail client's one-click unsubscribe (RFC 8058) posts without a CSRF token;
# the signed token in the URL is the authorisation.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    """Stop a saved search's e-mails from the link in them, without signing in."""
    saved = saved_search_from_token(token)
    if request.method == "POST":
        if saved is not None:
            saved.delete()
        return render(request, "housing/unsubscribed.html")
    if saved is None:
        return render(request, "housing/unsubscribed.html", {"already": True})
    return render(request, "housing/unsubscribe.html", {"saved": saved})
