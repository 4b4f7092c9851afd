"""Whether any page of the site is private, so that public sites skip Wagtail's checks.

Wagtail looks for view restrictions (a password, a login, groups) on every
page it serves: two queries, on the page and on its ancestors. `.public()`
querysets run one more. A portal usually has no private page at all, so one
cached answer to "is there any restriction?" spares those queries on every
page and every search until an editor makes a page private.

The answer may say "yes" when there is none any more, which only costs
Wagtail's usual queries; it must never say "no" while a restriction exists.
So a change stores "yes" at once and again after its commit, and a request
that worked the answer out from the database only adds it when the key is
missing: an answer read before a restriction was committed can never replace
the "yes" that its commit stored.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction

from pagecache.store import cache_reachable, remember_lost_write

KEY = "view_restrictions:any"
# How long an answer lasts without a change: "yes" after a change is read
# again from the database then; "no" is bounded in case the cache missed a
# change (Redis down, each process on its own memory for a while).
ANSWER_SECONDS = 300


def any_restricted_page() -> bool:
    """Whether some page is behind a password, a login or a group: "yes" while the
    cache is unreachable, since a "no" from this process's memory may be stale."""
    answer = cache.get(KEY)
    if not cache_reachable():
        return True
    if answer is None:
        answer = PageViewRestriction.objects.exists()
        cache.add(KEY, answer, timeout=ANSWER_SECONDS)
    return answer


def public_only(pages: QuerySet) -> QuerySet:
    """`pages.public()`, without its query on a site where no page is private."""
    return pages.public() if any_restricted_page() else pages


def _store_yes() -> None:
    cache.set(KEY, True, timeout=ANSWER_SECONDS)
    if not cache_reachable():
        # Redis may still say "no": said again once it answers.
        remember_lost_write(KEY, True, ANSWER_SECONDS)


def _restrictions_changed(sender, **kwargs) -> None:
    _store_yes()
    transaction.on_commit(_store_yes)


def connect_signals() -> None:
    post_save.connect(_restrictions_changed, sender=PageViewRestriction)
    post_delete.connect(_restrictions_changed, sender=PageViewRestriction)
