"""The registrations in "my account": listed with a way to cancel, exported, erased."""

from typing import Any

from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.personal_data import PersonalDataItem, PersonalDataSection
from events import links
from events.calendar import localized
from events.models import Registration
from events.services import erase_registrations_of


def _registrations(user: User):
    return Registration.objects.filter(user=user).select_related("event").order_by("-event__start")


def registration_items(user: User) -> list[PersonalDataItem]:
    """One line per registration; an active one links to its cancellation page."""
    from core.i18n import active_language

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
