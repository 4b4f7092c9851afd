"""The registry's e-mails, as django-tasks tasks."""

import datetime
from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from accounts.models import User
from core.email import compose_email
from core.public_url import public_url
from core.validators import one_line
from housing.links import unsubscribe_token
from housing.models import FreshnessNotice, HousingIndexPage, HousingListing, SavedSearch


@task()
def send_owner_reminder(owner_id: int, reminders: list[tuple[int, str, str]]) -> str:
    """Tell a CDOM staff member which of their listings end or need confirming soon."""
    owner = User.objects.filter(pk=owner_id, is_active=True).first()
    if owner is None:
        return "skipped"
    listings = HousingListing.objects.in_bulk([pk for pk, _kind, _due in reminders])
    language = owner.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language):
        kinds = dict(FreshnessNotice.Kind.choices)
        items: list[dict[str, Any]] = [
            {
                "listing": listings[pk],
                "what": kinds[kind],
                "due_on": datetime.date.fromisoformat(due),
                "edit_url": public_url(
                    reverse("wagtailsnippets_housing_housinglisting:edit", args=[pk])
                ),
            }
            for pk, kind, due in reminders
            if pk in listings
        ]
        compose_email(
            _("Housing listings to check before they expire"),
            "housing/emails/owner_reminder.txt",
            {"owner": owner, "items": items},
            [owner.email],
            language=language,
            links=[item["edit_url"] for item in items],
        ).send()
    return "sent"


@task()
def send_saved_search_alert(saved_search_id: int, listing_ids: list[int]) -> str:
    """Send a student the new listings that match their saved search, with a way out."""
    saved = SavedSearch.objects.select_related("user").filter(pk=saved_search_id).first()
    if saved is None or not saved.user.is_active:
        return "skipped"
    language = saved.user.preferred_language or saved.language
    with translation.override(language):
        index = HousingIndexPage.for_active_language()
        index_url = index.url if index is not None else "/"
        listings = (
            HousingListing.objects.published().filter(pk__in=listing_ids).select_related("commune")
        )
        unsubscribe_url = public_url(
            reverse("housing:unsubscribe", args=[unsubscribe_token(saved)])
        )
        context: dict[str, Any] = {
            "saved": saved,
            "listings": [
                (listing, public_url(listing.url_under(index_url))) for listing in listings
            ],
            "search_url": public_url(f"{index_url}?{saved.query}"),
            "unsubscribe_url": unsubscribe_url,
        }
        compose_email(
            _("New housing for your search: %(search)s") % {"search": one_line(saved.description)},
            "housing/emails/saved_search_alert.txt",
            context,
            [saved.user.email],
            language=language,
            links=[
                *(url for _listing, url in context["listings"]),
                context["search_url"],
                unsubscribe_url,
            ],
            # One-click unsubscribe from the mail client (RFC 8058).
            headers={
                "List-Unsubscribe": f"<{unsubscribe_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        ).send()
    return "sent"
