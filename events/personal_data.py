"""The registrations in "my account": listed with a way to cancel, exported, erased."""

from typing import Any

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.models import User
from core.i18n import active_language
from core.personal_data import PUBLIC_TASK, PersonalDataItem, PersonalDataSection, Processing
from events import links
from events.calendar import localized
from events.services import (
    GUEST_CONFIRMATION_WINDOW,
    anonymise_past_registrations,
    erase_registrations_of,
    expire_unconfirmed,
    registrations_of,
)


def _registrations(user: User):
    return registrations_of(user).select_related("event").order_by("-event__start")


def registration_items(user: User) -> list[PersonalDataItem]:
    """One line per registration; an active one links to its cancellation page."""
    items = []
    for registration in _registrations(user):
        page = localized(registration.event, active_language())
        label = f"{page.title} ({page.start:%d/%m/%Y})"
        status = registration.get_status_display()
        if registration.is_active and not page.is_cancelled:
            url = links.link_path(registration, links.CANCEL, active_language())
            items.append(
                PersonalDataItem(label, _("%(status)s – cancel") % {"status": status}, url)
            )
        else:
            items.append(PersonalDataItem(label, status))
    return items


def registration_export(user: User) -> list[dict[str, Any]]:
    return [
        {
            "event": registration.event.title,
            "starts_at": registration.event.start.isoformat(),
            "status": registration.status,
            "email": registration.email,
            "first_name": registration.first_name,
            "last_name": registration.last_name,
            "specialty": registration.specialty.slug if registration.specialty else None,
            "faculty": registration.faculty.slug if registration.faculty else None,
            "semester": registration.semester,
            "dietary_needs": registration.dietary_needs,
            "access_needs": registration.access_needs,
            "free_answer": registration.free_answer,
            "registered_at": registration.created_at.isoformat(),
            "checked_in_at": (
                registration.checked_in_at.isoformat() if registration.checked_in_at else None
            ),
        }
        for registration in _registrations(user).select_related("specialty", "faculty")
    ]


EVENT_REGISTRATIONS_SECTION = PersonalDataSection(
    key="event_registrations",
    label=_("Welcome evening registrations"),
    items=registration_items,
    export=registration_export,
    erase=erase_registrations_of,
    order=40,
)


def registration_retention() -> str:
    months = settings.EVENT_REGISTRATION_RETENTION_MONTHS
    window = int(GUEST_CONFIRMATION_WINDOW.total_seconds() // 3600)
    return ngettext(
        "Names and answers are erased %(months)d month after the evening (the counts stay "
        "for statistics); a guest's registration not confirmed within %(hours)d hours lapses.",
        "Names and answers are erased %(months)d months after the evening (the counts stay "
        "for statistics); a guest's registration not confirmed within %(hours)d hours lapses.",
        months,
    ) % {"months": months, "hours": window}


REGISTRATIONS_PROCESSING = Processing(
    key="event_registrations",
    name=_("Welcome evening registrations"),
    data=_(
        "Name, e-mail address, specialty, faculty, semester, dietary and access needs, "
        "the answer to the evening's question, arrival at the evening."
    ),
    purpose=_("To manage the seats and the waiting list, and to welcome you on the evening."),
    legal_basis=PUBLIC_TASK,
    retention=registration_retention,
    models=("events.Registration", "events.RegistrationLogEntry", "events.RegistrantMessage"),
    purges=(expire_unconfirmed, anonymise_past_registrations),
    section=EVENT_REGISTRATIONS_SECTION.key,
    order=30,
)
