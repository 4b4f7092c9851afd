"""The guide index's search: full-text search and facets with their counts.

The counts are computed in Python from the matching aids' ids and the links
of every aid to each list (a FacetCatalogue, cached until the guide is
invalidated), so the number of queries does not grow with the number of aids. A
facet's count for an option is the number of aids the visitor would see by
ticking it, all other filters kept.
"""

import datetime
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.paginator import Paginator
from django.db import connection, models
from django.db.models import F, FloatField, Value
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.filters import FilterChip, url_with
from core.i18n import active_language
from core.models import CareerStage, Profession
from core.query_params import page_number, query_without, text_parameter
from core.search_text import matching_every_word, search_words
from guide.models.aids import AidPage, AidPageQuerySet, Applicant, Status, status_of
from guide.models.lists import AidKind, Funder
from guide.search_index import config_for

MAX_QUERY_LENGTH = 200
AIDS_PER_PAGE = 24
OPEN_NOW_PARAM = "open"
QUERY_PARAM = "q"
OPEN_STATUSES = {Status.OPEN, Status.CLOSING_SOON}


@dataclass(frozen=True)
class FacetSpec:
    """A facet: its URL parameter, its heading, its list, and how aids point to it."""

    param: str
    label: str
    model: type  # a list's model, or the TextChoices of a choice field
    link: str  # the aid's field: a foreign key, a many-to-many field or a choice field
    empty_means_all: bool = False

    @property
    def is_choice(self) -> bool:
        return issubclass(self.model, models.Choices)


@dataclass(frozen=True)
class ChoiceTerm:
    """A value of a choice field, shaped like a list's term for the facets."""

    pk: str
    slug: str
    name: str


def facet_terms(spec: FacetSpec) -> list:
    if spec.is_choice:
        return [ChoiceTerm(choice.value, choice.value, choice.label) for choice in spec.model]
    return list(spec.model.objects.all())


FACETS = [
    FacetSpec("profession", _("Profession"), Profession, "professions", empty_means_all=True),
    FacetSpec("stage", _("Career stage"), CareerStage, "career_stages", empty_means_all=True),
    FacetSpec("applicant", _("Who applies"), Applicant, "applicant"),
    FacetSpec("kind", _("Kind of aid"), AidKind, "kind"),
    FacetSpec("funder", _("Funder"), Funder, "funders"),
]


@dataclass(frozen=True)
class FacetOption:
    slug: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    param: str
    label: str
    options: list[FacetOption]


@dataclass
class AidSearch:
    """What the guide index shows: the page of aids, the facets, the filters in use."""

    query: str
    open_now: bool
    open_now_count: int
    total: int
    facets: list[Facet]
    chips: list[FilterChip]
    page: object
    params: QueryDict
    aids: list[AidPage] = field(default_factory=list)

    @property
    def is_filtered(self) -> bool:
        return bool(self.chips)

    @property
    def page_query(self) -> str:
        """The search's query string without its page, for the pagination links."""
        return query_without(self.params, "page")


# Where the words of a search are looked for without PostgreSQL's full-text index.
SEARCHED_FIELDS = ["title", "summary", "conditions", "how_to_apply", "commitment_place"]


def full_text(aids: AidPageQuerySet, query: str) -> AidPageQuerySet:
    """Aids matching every word of `query`, accents, case and hyphens aside.

    On PostgreSQL, full-text search with stemming and each word taken as a
    prefix: "médecins" finds "médecin", "kine" finds "kinésithérapeute" (French
    stemming on the French site). SQLite, used for development, falls back to
    every word appearing somewhere.
    """
    words = search_words(query)
    if connection.vendor != "postgresql":
        return matching_every_word(aids, SEARCHED_FIELDS, words) if words else aids.none()
    if not words:
        return aids.none().annotate(rank=Value(0.0, output_field=FloatField()))
    # The words are letters and digits only, so they cannot reach tsquery's syntax.
    prefixes = " & ".join(f"{word}:*" for word in words)
    search_query = SearchQuery(prefixes, config=config_for(active_language()), search_type="raw")
    return aids.filter(search_vector=search_query).annotate(
        rank=SearchRank(F("search_vector"), search_query)
    )


def links_of(spec: FacetSpec, ids: Collection[int]) -> dict[int, set[int]]:
    """The ids of the terms each of these aids points to through `spec`, in one query.

    By the aids' ids rather than by the search's query: repeated as a subquery,
    the full-text match would be computed again for each facet.
    """
    links: dict[int, set] = {pk: set() for pk in ids}
    if not AidPage._meta.get_field(spec.link).many_to_many:
        rows = AidPage.objects.filter(pk__in=ids).values_list("pk", spec.link)
    else:
        through = getattr(AidPage, spec.link).through
        term_field = f"{spec.model._meta.model_name}_id"
        rows = through.objects.filter(aidpage_id__in=ids).values_list("aidpage_id", term_field)
    for aid_id, term_id in rows:
        if aid_id in links:
            links[aid_id].add(term_id)
    return links


@dataclass(frozen=True)
class FacetCatalogue:
    """What every search of one guide shares: each facet's terms, and the terms
    each aid points to. It changes only when an aid or a list is published or
    changed, which invalidates the guide (pagecache.invalidation), so the view caches it with
    the guide's path (pagecache.store.cached_for_path)."""

    terms: dict[str, list]
    links: dict[str, dict[int, set[int]]]

    def with_card_lists(self, aid: AidPage) -> AidPage:
        """`aid` with the lists its card shows, as AidPageQuerySet.for_cards() gives
        them, read from the catalogue instead of the database."""
        aid.card_funders = self.terms_of("funder", aid.pk)
        aid.card_professions = self.terms_of("profession", aid.pk)
        return aid

    def terms_of(self, param: str, aid_id: int) -> list:
        linked = self.links[param].get(aid_id, set())
        return [term for term in self.terms[param] if term.pk in linked]

    def members(self, param: str, aid_ids: Collection[int]) -> tuple[dict, set[int]]:
        """Among `aid_ids`: the aids of each term of the facet, and those in none."""
        by_term: dict[int, set[int]] = defaultdict(set)
        unlinked = set()
        for aid_id in aid_ids:
            # An aid published since the catalogue was read is in no list yet.
            term_ids = self.links[param].get(aid_id)
            if not term_ids:
                unlinked.add(aid_id)
            for term_id in term_ids or ():
                by_term[term_id].add(aid_id)
        return by_term, unlinked


def facet_catalogue(aids: AidPageQuerySet) -> FacetCatalogue:
    ids = list(aids.values_list("pk", flat=True))
    return FacetCatalogue(
        terms={spec.param: facet_terms(spec) for spec in FACETS},
        links={spec.param: links_of(spec, ids) for spec in FACETS},
    )


def search_aids(
    aids: AidPageQuerySet,
    params: QueryDict,
    today: datetime.date | None = None,
    catalogue: FacetCatalogue | None = None,
) -> AidSearch:
    """Apply the search words, the ticked facets and "open now" in `params` to `aids`."""
    today = today or timezone.localdate()
    catalogue = catalogue or facet_catalogue(aids)
    query = text_parameter(params, QUERY_PARAM, MAX_QUERY_LENGTH)
    open_now = params.get(OPEN_NOW_PARAM) == "1"
    matching = full_text(aids, query) if query else aids
    ranked = query and connection.vendor == "postgresql"
    rows = list(
        matching.values_list(
            "pk",
            "title",
            "validity",
            "all_year",
            "opens_on",
            "closes_on",
            *(["rank"] if ranked else []),
        )
    )
    ids = [row[0] for row in rows]
    is_open = {row[0]: status_of(*row[2:6], today=today) in OPEN_STATUSES for row in rows}

    terms = catalogue.terms
    chosen = {
        spec.param: {
            term.pk for term in terms[spec.param] if term.slug in params.getlist(spec.param)
        }
        for spec in FACETS
    }
    everything = set(ids)
    members = {spec.param: catalogue.members(spec.param, ids) for spec in FACETS}

    def passing(spec: FacetSpec) -> set[int]:
        """The aids that the facet's ticked terms let through (all when none is ticked)."""
        if not chosen[spec.param]:
            return everything
        by_term, unlinked = members[spec.param]
        kept = set().union(*(by_term.get(pk, set()) for pk in chosen[spec.param]))
        return kept | unlinked if spec.empty_means_all else kept

    passes = {spec.param: passing(spec) for spec in FACETS}
    open_ids = {pk for pk in ids if is_open[pk]}

    # Every filter but `except_param` (and "open now" unless told otherwise).
    def pool(except_param: str = "", check_open: bool = True) -> set[int]:
        kept = set(open_ids) if check_open and open_now else set(everything)
        for spec in FACETS:
            if spec.param != except_param:
                kept &= passes[spec.param]
        return kept

    facets = []
    for spec in FACETS:
        candidates = pool(except_param=spec.param)
        by_term, unlinked = members[spec.param]
        # An aid in no term of a facet where that means "all" counts for every term.
        for_all = len(candidates & unlinked) if spec.empty_means_all else 0
        options = []
        for term in terms[spec.param]:
            count = len(candidates & by_term.get(term.pk, set())) + for_all
            is_selected = term.pk in chosen[spec.param]
            if count or is_selected:
                options.append(FacetOption(term.slug, term.name, count, is_selected))
        facets.append(Facet(spec.param, spec.label, options))

    open_now_count = len(pool(check_open=False) & open_ids)
    shown = pool()
    result_ids = [pk for pk in ids if pk in shown]
    order = {row[0]: (-(row[6] or 0) if ranked else 0, row[1].casefold()) for row in rows}
    result_ids.sort(key=order.__getitem__)

    paginator = Paginator(result_ids, AIDS_PER_PAGE)
    page = paginator.get_page(page_number(params.get("page")))
    by_id = {
        aid.pk: catalogue.with_card_lists(aid)
        for aid in AidPage.objects.filter(pk__in=list(page.object_list)).select_related("kind")
    }
    return AidSearch(
        query=query,
        open_now=open_now,
        open_now_count=open_now_count,
        total=len(result_ids),
        facets=facets,
        chips=chips_for(params, query, open_now, facets),
        page=page,
        params=params,
        aids=[by_id[pk] for pk in page.object_list if pk in by_id],
    )


def chips_for(
    params: QueryDict, query: str, open_now: bool, facets: list[Facet]
) -> list[FilterChip]:
    """One chip per filter in use, each linking to the list without that filter."""
    chips = []
    if query:
        chips.append(
            FilterChip(
                _("Search: “%(query)s”") % {"query": query}, url_with(params, **{QUERY_PARAM: []})
            )
        )
    for facet in facets:
        chosen = params.getlist(facet.param)
        for option in facet.options:
            if option.selected:
                rest = [slug for slug in chosen if slug != option.slug]
                chips.append(FilterChip(option.label, url_with(params, **{facet.param: rest})))
    if open_now:
        chips.append(FilterChip(_("Open now"), url_with(params, **{OPEN_NOW_PARAM: []})))
    return chips
