"""The e-mails a registrant receives, written in their language, with the calendar file.

Each kind of e-mail has a plain-text template in templates/events/emails/; the
HTML part wraps the same text, and the e-mails that confirm a seat carry a QR
code that opens the person's check-in for the staff at the door.
"""

from email.mime.image import MIMEImage
from io import BytesIO

import segno
from django.core.mail import EmailMultiAlternatives
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from core.email import compose_email
from core.models import PortalSettings
from core.public_url import public_page_url, public_url
from events import links
from events.calendar import build_calendar, localized
from events.models import Registration

# The e-mails that carry the event as a calendar entry, and the method to use.
CALENDAR_METHODS = {
    "confirmed": "PUBLISH",
    "promoted": "PUBLISH",
    "reminder": "PUBLISH",
    "updated": "PUBLISH",
    "cancelled": "CANCEL",
    "withdrawn": "CANCEL",
}
# The e-mails that confirm a seat: they carry the check-in QR code.
WITH_CHECK_IN_CODE = {"confirmed", "promoted", "reminder"}
QR_CONTENT_ID = "check-in-code"


def subject_for(kind: str, title: str, extra: dict[str, str]) -> str:
    subjects = {
        "confirm_address": _("Confirm your registration: %(title)s"),
        "confirmed": _("Your seat is confirmed: %(title)s"),
        "waiting": _("You are on the waiting list: %(title)s"),
        "promoted": _("A seat is free for you: %(title)s"),
        "reminder": _("See you in two days: %(title)s"),
        "updated": _("Change of time or place: %(title)s"),
        "cancelled": _("Event cancelled: %(title)s"),
        "withdrawn": _("Your registration is cancelled: %(title)s"),
    }
    if kind == "message":
        return extra["subject"]
    return subjects[kind] % {"title": title}


def reply_to(page) -> list[str]:
    """Where the registrant's reply goes: the address the département chose in its settings."""
    site = page.get_site() or Site.objects.filter(is_default_site=True).first()
    return PortalSettings.for_site(site).reply_to if site else []


def check_in_url(registration: Registration) -> str:
    return public_url(reverse("event_registrations:check_in_person", args=[registration.uuid]))


def qr_png(url: str) -> bytes:
    buffer = BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=6, border=2)
    return buffer.getvalue()


def personal_sequence_offset(registration: Registration, kind: str) -> int:
    """How far the SEQUENCE of this person's calendar files stands above the event's.

    Each earlier registration of the address for the evening may have sent two
    files (the entry, then its cancellation); this one's own cancellation comes one
    above its entry, so a calendar application takes every file as news and a
    METHOD:CANCEL removes the entry it follows. (Cancelling the evening raises the
    event's own SEQUENCE: events.services.publish_event_changes.)
    """
    earlier = Registration.objects.filter(
        event_id=registration.event_id, email=registration.email, pk__lt=registration.pk
    ).count()
    return 2 * earlier + (1 if kind == "withdrawn" else 0)


def build_email(registration: Registration, kind: str, **extra: str) -> EmailMultiAlternatives:
    """The e-mail of `kind` for the registration, in the registrant's language."""
    with translation.override(registration.language):
        page = localized(registration.event, registration.language)
        context = {
            "registration": registration,
            "page": page,
            "page_url": public_page_url(page),
            "cancel_url": public_url(links.link_path(registration, links.CANCEL)),
            "confirm_url": public_url(links.link_path(registration, links.CONFIRM))
            if kind == "confirm_address"
            else "",
            "position": registration.waiting_position(),
            "message": extra.get("message", ""),
            "with_check_in_code": kind in WITH_CHECK_IN_CODE,
            "qr_content_id": QR_CONTENT_ID,
        }
        email = compose_email(
            subject_for(kind, page.title, extra),
            f"events/emails/{kind}.txt",
            context,
            [registration.email],
            links=[context["page_url"], context["cancel_url"], context["confirm_url"]],
            html_template="events/emails/email.html",
            reply_to=reply_to(page),
        )
        if kind in WITH_CHECK_IN_CODE:
            image = MIMEImage(qr_png(check_in_url(registration)), "png")
            image.add_header("Content-ID", f"<{QR_CONTENT_ID}>")
            image.add_header("Content-Disposition", "inline", filename="check-in.png")
            email.attach(image)
        if kind in CALENDAR_METHODS:
            method = CALENDAR_METHODS[kind]
            email.attach(
                f"{page.slug}.ics",
                build_calendar(
                    [registration.event],
                    registration.language,
                    method=method,
                    sequence_offset=personal_sequence_offset(registration, kind),
                ),
                f"text/calendar; charset=utf-8; method={method}",
            )
    return email
