"""The registrants of an event as a spreadsheet, for the door list and the statistics."""

from django.db.models import QuerySet
from django.http import HttpResponse
from django.utils.translation import gettext as _

from core.tabular.writing import csv_response, xlsx_response
from events.models import EventPage, Registration


def columns() -> list[str]:
    return [
        _("Last name"),
        _("First name"),
        _("E-mail"),
        _("Status"),
        _("Position on the waiting list"),
        _("Specialty"),
        _("Faculty"),
        _("Semester"),
        _("Dietary needs"),
        _("Access needs"),
        _("Answer to the free question"),
        _("Registered at"),
        _("Arrived at"),
    ]


def rows(registrations: QuerySet[Registration]) -> list[list]:
    return [
        [
            r.last_name,
            r.first_name,
            r.email,
            r.get_status_display(),
            r.waiting_position() or "",
            r.specialty.name if r.specialty else "",
            r.faculty.name if r.faculty else "",
            r.semester or "",
            r.dietary_needs,
            r.access_needs,
            r.free_answer,
            r.created_at,
            r.checked_in_at,
        ]
        for r in registrations.order_by("status", "last_name", "first_name", "pk")
    ]


def registrations_response(
    event: EventPage, registrations: QuerySet[Registration], file_format: str
) -> HttpResponse:
    """The registrations as a CSV or XLSX download."""
    filename = f"{event.slug}-{_('registrations')}"
    if file_format == "xlsx":
        return xlsx_response(filename, columns(), rows(registrations), title=event.title)
    return csv_response(filename, columns(), rows(registrations))
