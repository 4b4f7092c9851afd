"""What the directory page shows: the filtered supervisors, a page of them, and their map.

The queries do not grow with the number of records: one for the page of
supervisors (their terms joined, the total counted in the same query), one
per many-to-many list prefetched. The map shows the page of results, as the list does.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.paginator import Page
from django.db.models import Prefetch, QuerySet
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.lookup import verified_address
from core.filters import FilterChip
from core.maps import MapMarker, approximate_marker, map_data
from core.pagination import WindowCountPaginator
from core.query_params import query_without
from core.semesters import semester_containing
from pagecache.store import cached_for_path
from relay.urls import contact_url
from relay.views import contact_form_context
from supervisors.forms import DirectoryFilterForm, DirectoryTerms
from supervisors.models import Supervisor, SupervisorOpening
from territory.geo import Point, within_radius

PER_PAGE = 20


def filtered_supervisors(form: DirectoryFilterForm, day=None) -> QuerySet[Supervisor]:
    """The listed supervisors matching the valid filters of `form`; nearest first near a commune."""
    day = day or timezone.localdate()
    supervisors = Supervisor.objects.listed(day)
    if not form.is_valid():
        return supervisors.order_by("last_name", "first_name", "pk")
    data = form.cleaned_data
    if data["specialty"] is not None:
        supervisors = supervisors.filter(specialty=data["specialty"])
    if data["level"] is not None:
        supervisors = supervisors.filter(learner_levels=data["level"])
    if data["language"] is not None:
        supervisors = supervisors.filter(languages=data["language"])
    if data["free"]:
        supervisors = supervisors.filter(
            openings__semester_start=semester_containing(day).start, openings__places__gt=0
        )
    commune = data["commune"]
    if commune is not None and data["radius"]:
        centre = Point(commune.latitude, commune.longitude)
        # From the public position: a distance from the address would lead back to it.
        nearby = within_radius(supervisors, centre, data["radius"], prefix=Supervisor.PUBLIC)
        return nearby.order_by("distance_km", "last_name", "pk")
    if commune is not None:
        supervisors = supervisors.filter(commune=commune)
    return supervisors.order_by("last_name", "first_name", "pk")


def with_list_details(supervisors: QuerySet[Supervisor], day) -> QuerySet[Supervisor]:
    """The supervisors with everything a card shows, fetched in a fixed number of queries.

    The lists are prefetched into attributes (`to_attr`): prefetched into the
    related managers, Django would build a queryset per supervisor and list.
    """
    return supervisors.for_cards().prefetch_related(
        Prefetch("learner_levels", to_attr="card_levels"),
        Prefetch("languages", to_attr="card_languages"),
        Prefetch(
            "openings",
            queryset=SupervisorOpening.objects.filter(
                semester_start=semester_containing(day).start
            ),
            to_attr="current_openings",
        ),
    )


@dataclass
class SupervisorSearch:
    """What the directory shows: the filter form, the filters in use, the page of supervisors.

    The directory's search has the shape of the guide's (guide.facets.AidSearch).
    """

    form: DirectoryFilterForm
    chips: list[FilterChip]
    page: Page
    total: int
    params: QueryDict

    @property
    def page_query(self) -> str:
        """The search's query string without its page, for the pagination links."""
        return query_without(self.params, "page")


def search_supervisors(
    params: QueryDict, terms: DirectoryTerms, path: str, day: datetime.date
) -> SupervisorSearch:
    """Apply the filters in `params` to the listed supervisors, and take the page asked for."""
    form = DirectoryFilterForm(params or None, terms=terms)
    supervisors = filtered_supervisors(form, day)
    paginator = WindowCountPaginator(with_list_details(supervisors, day), PER_PAGE)
    return SupervisorSearch(
        form=form,
        chips=[
            FilterChip(text, remove_filter_url(params, path, name))
            for name, text in form.active_filters()
        ],
        page=paginator.get_page(params.get("page")),
        total=paginator.count,
        params=params,
    )


def directory_context(page, request) -> dict:
    """The search, the map of its page of results and the link to become a supervisor."""
    day = timezone.localdate()
    terms = cached_for_path(request, "directory-terms", DirectoryTerms.read)
    search = search_supervisors(request.GET, terms, request.path, day)
    index_url = page.url
    for supervisor in search.page:
        supervisor.url = page.supervisor_url(supervisor, index_url)
    return {
        "search": search,
        "semester": semester_containing(day).label(),
        "directory_map": map_data(
            directory_markers(search.page), _("Map of the supervisors on this page")
        ),
        # A child page of the directory: publishing, moving or unpublishing it
        # invalidates the directory, and this with it.
        "become_url": cached_for_path(request, "become-page", lambda: become_url(page)),
    }


def become_url(page) -> str:
    become_page = page.become_page
    return become_page.url if become_page is not None else ""


def remove_filter_url(params: QueryDict, path: str, name: str) -> str:
    """The directory's address without filter `name`, the page number, or an orphaned radius."""
    query = query_without(params, name, "page", *(("radius",) if name == "commune" else ()))
    return f"?{query}" if query else path


def directory_markers(supervisors: Iterable[Supervisor]) -> list[MapMarker]:
    """One marker per supervisor of the page of results, which the list beside the map shows.

    Only the page's: the map repeats the list (RGAA), and with the whole
    directory's two thousand markers the page weighed 400 KB. The map's JSON
    is public: it carries the name, the public position and the page of each
    supervisor, never their address, e-mail or phone.
    """
    return [
        approximate_marker(
            supervisor.public_latitude,
            supervisor.public_longitude,
            supervisor.display_name,
            url=supervisor.url,
        )
        for supervisor in supervisors
    ]


def supervisor_context(page, supervisor: Supervisor, request) -> dict:
    """What a supervisor's page shows; the address, the position and the relay's form
    only to a verified e-mail address (the page is cached for the others: pagecache.store).

    The practitioner's e-mail address and phone are never shown: students reach
    them through the relay, which limits how many messages anyone can send.
    """
    day = timezone.localdate()
    current = semester_containing(day).start
    openings = [o for o in supervisor.openings.all() if o.semester_start >= current]
    verified = verified_address(request.user) is not None
    name = supervisor.display_name
    if verified:
        marker = MapMarker(supervisor.latitude, supervisor.longitude, name)
    else:
        public = supervisor.public_position
        marker = approximate_marker(public.latitude, public.longitude, name)
    return {
        "supervisor": supervisor,
        "openings": openings,
        "shows_address": verified,
        "can_write": verified,
        "relay": contact_form_context(request, supervisor) if verified else None,
        "contact_url": contact_url(supervisor),
        "supervisor_map": map_data([marker], _("Map of where %(name)s practises") % {"name": name}),
        "directory_url": page.url,
    }
