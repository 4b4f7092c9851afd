"""The registry's daily job: unpublish ended listings and remind their owners (services),
and e-mail each saved search's new listings, read through the search form.

An entry point, like the views: `manage.py housing_daily` runs it from cron or a
systemd timer, and run_daily_housing_jobs from a deployment's task scheduler.
"""

import datetime
from functools import partial

from django.db import transaction
from django.http import QueryDict
from django.utils import timezone
from django_tasks import task

from housing.forms import HousingSearchForm
from housing.models import SavedSearch
from housing.search import search_listings
from housing.services.freshness import run_freshness
from housing.tasks import send_saved_search_alert


def new_matches(saved: SavedSearch, since: datetime.datetime, today: datetime.date) -> list:
    """The listings first published after `since` that match the saved search."""
    form = HousingSearchForm(QueryDict(saved.query), today=today)
    if not form.is_valid():
        return []
    listings = search_listings(form.criteria(), today).filter(first_published_at__gt=since)
    return list(listings[:20])


def send_saved_search_alerts(now: datetime.datetime | None = None) -> int:
    """E-mail each saved search's new matches, at most once a day per search; return how many."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    sent = 0
    due = SavedSearch.objects.filter(user__is_active=True).exclude(last_sent_on=today)
    for saved in due.select_related("user"):
        with transaction.atomic():
            locked = SavedSearch.objects.select_for_update().filter(pk=saved.pk).first()
            if locked is None or locked.last_sent_on == today:
                continue
            matches = new_matches(locked, locked.checked_until, today)
            locked.checked_until = now
            if matches:
                locked.last_sent_on = today
                ids = [listing.pk for listing in matches]
                transaction.on_commit(partial(send_saved_search_alert.enqueue, locked.pk, ids))
                sent += 1
            locked.save(update_fields=["checked_until", "last_sent_on"])
    return sent


@task()
def run_daily_housing_jobs() -> str:
    """The registry's daily work, for deployments that schedule tasks rather than cron."""
    report = run_freshness()
    alerts = send_saved_search_alerts()
    return (
        f"{len(report.unpublished)} unpublished, "
        f"{report.owners_reminded} owners reminded, {alerts} alerts"
    )
