"""Interns change placements twice a year, in early May and early November."""

import datetime

from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.translation import gettext as _

SEMESTER_START_MONTHS = (5, 11)


def semester_containing(day: datetime.date) -> datetime.date:
    """The first day of the semester `day` falls in: 1 May or 1 November."""
    if day.month >= 11:
        return datetime.date(day.year, 11, 1)
    if day.month >= 5:
        return datetime.date(day.year, 5, 1)
    return datetime.date(day.year - 1, 11, 1)


def next_semester(start: datetime.date) -> datetime.date:
    """The first day of the semester after the one starting on `start`."""
    if start.month == 11:
        return datetime.date(start.year + 1, 5, 1)
    return datetime.date(start.year, 11, 1)


def is_semester_start(day: datetime.date) -> bool:
    return day.day == 1 and day.month in SEMESTER_START_MONTHS


def semester_label(start: datetime.date) -> str:
    """ "November 2026 – April 2027", in the active language."""
    end = next_semester(start) - datetime.timedelta(days=1)
    return _("%(start)s – %(end)s") % {
        "start": date_format(start, "F Y"),
        "end": date_format(end, "F Y"),
    }


def validate_semester_start(day: datetime.date) -> None:
    if not is_semester_start(day):
        raise ValidationError(
            _("A semester starts on 1 May or 1 November; type that day, such as 2026-11-01."),
            code="semester_start",
        )
