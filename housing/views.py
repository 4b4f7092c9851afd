"""The public pages of the registry (served by HousingIndexPage's routes) and saved searches."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.filters import FilterChip, url_with
from core.i18n import active_language
from core.maps import MapMarker, approximate_marker, map_data
from core.pagination import WindowCountPaginator
from housing.forms import HousingSearchForm, SearchCriteria
from housing.models import HousingIndexPage, HousingListing, SavedSearch
from housing.services import (
    availability_calendar,
    nearby_places,
    save_search,
    saved_search_from_token,
    search_listings,
)
from relay.services import verified_address
from relay.urls import contact_url

PAGE_SIZE = 20


def query_without(request, *names: str) -> str:
    """The current query string without `names`, to build pagination and switch links."""
    query = request.GET.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()


def search(request, page: HousingIndexPage):
    """The search page: filters from the query string, a page of results, list and map."""
    today = timezone.localdate()
    form = HousingSearchForm(request.GET or None, today=today)
    refused = form.is_bound and not form.is_valid()
    criteria = form.criteria() if form.is_bound and not refused else SearchCriteria()
    # A refused search shows no listing: the whole registry under the form would
    # read as the answer to what was typed.
    listings_found = HousingListing.objects.none() if refused else search_listings(criteria, today)
    paginator = WindowCountPaginator(listings_found.for_cards(), PAGE_SIZE)
    results = paginator.get_page(request.GET.get("page"))
    listings = list(results.object_list)
    index_url = page.get_url(request)
    for listing in listings:
        listing.public_url = listing.url_under(index_url)
    markers = [
        approximate_marker(
            listing.public_latitude,
            listing.public_longitude,
            f"{listing.title} – {listing.commune.name}",
            url=listing.public_url,
        )
        for listing in listings
    ]
    chips = (
        [
            FilterChip(text, url_with(request.GET, **{name: [] for name in names}))
            for names, text in form.active_filters()
        ]
        if form.is_bound and form.is_valid()
        else []
    )
    context = page.get_context(request)
    context.update(
        form=form,
        refused=refused,
        near_suggestions=[
            (found.label, url_with(request.GET, near=[found.key]))
            for found in form.fields["near"].candidates
        ],
        chips=chips,
        index_url=index_url,
        criteria=criteria,
        results=results,
        listings=listings,
        total=paginator.count,
        view="map" if request.GET.get("view") == "map" else "list",
        # Asked for the map view: Leaflet loads at once instead of on a tap.
        map_autoload=request.GET.get("view") == "map",
        page_query=query_without(request, "page"),
        switch_query=query_without(request, "view", "page"),
        has_filters=bool(query_without(request, "view", "page", "sort")),
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


def listing(request, page: HousingIndexPage, pk: int, slug: str):
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
    _saved, created = save_search(
        request.user, QueryDict(request.POST.get("query", "")), active_language()
    )
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
