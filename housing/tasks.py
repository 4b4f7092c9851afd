"""The registry's e-mails and its daily job, as django-tasks tasks."""

import datetime

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from accounts.models import User
from core.email_html import text_to_html
from core.public_url import public_url
from core.validators import one_line
from housing.models import FreshnessNotice, HousingIndexPage, HousingListing, SavedSearch


def send(
    subject: str,
    template: str,
    context: dict,
    to: str,
    links: list[str],
    headers: dict | None = None,
) -> None:
    """Render the plain-text template and its HTML twin, where only `links` are links; send."""
    text = render_to_string(f"housing/emails/{template}.txt", context)
    html = render_to_string(
        "emails/email.html",
        {**context, "html_text": text_to_html(text, links), "subject": subject},
    )
    email = EmailMultiAlternatives(
        subject=subject, body=text, from_email=settings.DEFAULT_FROM_EMAIL, to=[to], headers=headers
    )
    email.attach_alternative(html, "text/html")
    email.send()


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
        items = [
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
        send(
            _("Housing listings to check before they expire"),
            "owner_reminder",
            {"owner": owner, "items": items},
            owner.email,
            links=[item["edit_url"] for item in items],
        )
    return "sent"


@task()
def send_saved_search_alert(saved_search_id: int, listing_ids: list[int]) -> str:
    """Send a student the new listings that match their saved search, with a way out."""
    from housing.services import unsubscribe_token

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
        context = {
            "saved": saved,
            "listings": [
                (listing, public_url(listing.url_under(index_url))) for listing in listings
            ],
            "search_url": public_url(f"{index_url}?{saved.query}"),
            "unsubscribe_url": unsubscribe_url,
        }
        send(
            _("New housing for your search: %(search)s") % {"search": one_line(saved.description)},
            "saved_search_alert",
            context,
            saved.user.email,
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
        )
    return "sent"


@task()
def run_daily_housing_jobs() -> str:
    """The registry's daily work, for deployments that schedule tasks rather than cron."""
    from housing.services import run_freshness, send_saved_search_alerts

    report = run_freshness()
    alerts = send_saved_search_alerts()
    return (
        f"{len(report.unpublished)} unpublished, "
        f"{report.owners_reminded} owners reminded, {alerts} alerts"
    )
