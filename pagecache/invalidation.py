"""Which cached pages a change makes stale, and their invalidation.

One registry maps each model to a function that names the URLs showing one
of its objects; each app registers its models in its AppConfig.ready
(`invalidation.register(HousingListing, housing.cached_pages.listing_pages)`).
Pages need no registration: publishing, unpublishing, moving or deleting one
invalidates the page in every language, the index pages above it (with their
sub-routes when they are routable) and the home page; a section, the home
or a footer page shows on every page, so it invalidates the whole site.

The invalidation runs once the transaction commits, on the page cache
(pagecache.store) and on the frontend cache (Varnish, a CDN) that
WAGTAILFRONTENDCACHE configures: https://docs.wagtail.org/en/stable/reference/contrib/frontendcache.html
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from pagecache.store import path_token_key, replace_tokens, tree_token_key


@dataclass(frozen=True)
class Stale:
    """An absolute URL whose cached copies must go: with its query strings, and
    with everything below it when `below` is set (a routable page's sub-routes)."""

    url: str
    below: bool = False


StaleUrls = Callable[[models.Model], Iterable[Stale]]
_registry: dict[type[models.Model], StaleUrls] = {}


def _forget(stale: list[Stale]) -> None:
    keys = []
    for item in stale:
        path = urlsplit(item.url).path or "/"
        keys.append(tree_token_key(path) if item.below else path_token_key(path))
    replace_tokens(keys)


def invalidate(stale: Iterable[Stale]) -> None:
    """Drop these URLs from the page cache and from the frontend cache."""
    stale = list(set(stale))
    _forget(stale)
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        purge_urls_from_cache(sorted({item.url for item in stale}))


# On the database connection (one per thread): the URLs that the changes of the
# transaction under way have made stale.
PENDING_ATTRIBUTE = "_page_cache_pending_invalidation"
# On the connection too: the section URLs computed in the transaction under way.
MEMO_ATTRIBUTE = "_page_cache_url_memo"


def once_per_transaction(function: Callable[..., list]) -> Callable[..., list]:
    """`function`'s URLs computed once per transaction, however many objects it saves.

    An import of a hundred supervisors names the directory and the guide's
    commune pages a hundred times (three saves a row): their URLs are looked up
    once. Outside a transaction nothing is remembered; the memo goes with the
    transaction's pending invalidation, and whenever a page is published, moved or
    deleted (its URL may change).
    """

    def memoised(*args):
        connection = transaction.get_connection()
        if not connection.in_atomic_block:
            return function(*args)
        memo = getattr(connection, MEMO_ATTRIBUTE, None)
        if memo is None:
            memo = {}
            setattr(connection, MEMO_ATTRIBUTE, memo)
        key = (function, args)
        if key not in memo:
            memo[key] = function(*args)
        return list(memo[key])

    return memoised


def _forget_memo() -> None:
    setattr(transaction.get_connection(), MEMO_ATTRIBUTE, None)


def invalidate_on_commit(stale: Iterable[Stale]) -> None:
    """Purge the page cache at once, and everything again once the change is committed.

    At once, so that the rest of this transaction sees its own change; after
    the commit, because a request that read the old rows in between may have
    stored them under the fresh token. Outside a transaction, on_commit runs
    at once. What a transaction makes stale is invalidated once after it commits:
    an import of a thousand rows sends the frontend cache each URL once, not
    a thousand times.
    """
    stale = set(stale)
    if stale:
        _forget(list(stale))
        connection = transaction.get_connection()
        pending = getattr(connection, PENDING_ATTRIBUTE, None)
        if pending is None:
            pending = set()
            setattr(connection, PENDING_ATTRIBUTE, pending)
        pending |= stale
        # Registered each time: the callbacks of a rolled-back savepoint are
        # dropped, and the first that runs invalidates all that is pending.
        transaction.on_commit(_invalidate_pending)


def _invalidate_pending() -> None:
    connection = transaction.get_connection()
    stale = getattr(connection, PENDING_ATTRIBUTE, None)
    setattr(connection, PENDING_ATTRIBUTE, None)
    setattr(connection, MEMO_ATTRIBUTE, None)
    if stale:
        invalidate(stale)


def register(model: type[models.Model], stale_urls: StaleUrls) -> None:
    """Invalidate `stale_urls(obj)` whenever an object of `model` is saved or deleted.

    One registration per model: a second would silently replace the first, and
    the pages the first named would go stale."""
    if model in _registry:
        raise ImproperlyConfigured(
            f"{model._meta.label} is already registered with the page cache's invalidation."
        )
    _registry[model] = stale_urls
    uid = f"page_cache_{model._meta.label_lower}"
    post_save.connect(_object_changed, sender=model, dispatch_uid=uid)
    post_delete.connect(_object_changed, sender=model, dispatch_uid=uid)


def objects_saved_in_bulk(sender, objects, **kwargs) -> None:
    """What a bulk save makes stale (core.signals.records_saved_in_bulk): it sends no post_save."""
    stale_urls = _registry.get(sender)
    if stale_urls is not None:
        invalidate_on_commit(stale for obj in objects for stale in stale_urls(obj))


def register_site_wide(*models: type[models.Model]) -> None:
    """Each change to one of these models invalidates every page: for what shows across
    the site (settings, the lists that label and filter every section)."""
    for model in models:
        register(model, lambda _changed: whole_site())


def _object_changed(sender, instance, **kwargs) -> None:
    invalidate_on_commit(_registry[sender](instance))


@once_per_transaction
def whole_site() -> list[Stale]:
    """Every page of every site: for what each page shows (colours, menu, footer)."""
    return [Stale(f"{site.root_url}/", below=True) for site in Site.objects.all()]


@once_per_transaction
def page_trees(page_model: type[Page]) -> list[Stale]:
    """Every live page of `page_model`, in each language, with everything below it."""
    return [Stale(page.get_full_url(), below=True) for page in page_model.objects.live()]


@once_per_transaction
def live_pages_with_urls(page_model: type[Page]) -> list[tuple[Page, str]]:
    """Each live page of `page_model` (a section's index, in each language) with its URL."""
    return [(page, page.get_full_url()) for page in page_model.objects.live()]


# Questions "does every page link to this one?" asked of a changed page, registered by
# the apps that draw such links (core's footer).
_shown_on_every_page: list[Callable[[Page], bool]] = []


def register_shown_on_every_page(predicate: Callable[[Page], bool]) -> None:
    """Ask `predicate` of each changed page: when it says yes, the whole site is stale."""
    _shown_on_every_page.append(predicate)


def _shows_on_every_page(page: Page) -> bool:
    """The home and the sections (the menu), and what an app registered, in any language."""
    return page.depth <= 3 or any(predicate(page) for predicate in _shown_on_every_page)


def page_and_ancestors(page: Page) -> list[Stale]:
    """A page in each language with its sub-routes, and the index pages and home above it."""
    stale = []
    for translation in page.get_translations(inclusive=True):
        if url := translation.get_full_url():
            stale.append(Stale(url, below=True))
        for ancestor in translation.get_ancestors().filter(depth__gte=2):
            if url := ancestor.get_full_url():
                routable = issubclass(ancestor.specific_class, RoutablePageMixin)
                stale.append(Stale(url, below=routable and ancestor.depth > 2))
    return stale


def restricted_pages(restriction: PageViewRestriction) -> list[Stale]:
    """The page a restriction protects and what is below it (it protects them too)."""
    page = Page.objects.filter(pk=restriction.page_id).first()
    return page_and_ancestors(page) if page is not None else []


def stale_for_page(page: Page) -> list[Stale]:
    if _shows_on_every_page(page):
        return whole_site()
    return page_and_ancestors(page)


def _page_changed(sender, instance, **kwargs) -> None:
    _forget_memo()
    invalidate_on_commit(stale_for_page(instance))


def _page_moved(sender, instance, **kwargs) -> None:
    _forget_memo()
    invalidate_on_commit(stale_for_page(Page.objects.get(pk=instance.pk)))


def _page_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        _forget_memo()
        invalidate_on_commit(stale_for_page(instance))


def connect_page_signals() -> None:
    """Purge on publish, unpublish, move (old and new place) and delete of any page."""
    page_published.connect(_page_changed, dispatch_uid="page_cache_published")
    page_unpublished.connect(_page_changed, dispatch_uid="page_cache_unpublished")
    pre_page_move.connect(_page_changed, dispatch_uid="page_cache_before_move")
    post_page_move.connect(_page_moved, dispatch_uid="page_cache_after_move")
    pre_delete.connect(_page_deleted, dispatch_uid="page_cache_deleted")
