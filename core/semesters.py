"""Interns change placements twice a year: semesters run November–April and May–October.

The housing registry offers rooms per semester and the supervisor directory
counts places free per semester; both use these.
"""

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.translation import gettext as _

SEMESTER_START_MONTHS = (5, 11)


@dataclass(frozen=True)
class Semester:
    """A six-month placement: 1 November to 30 April, or 1 May to 31 October."""

    start: datetime.date
    end: datetime.date

    @property
    def key(self) -> str:
        """How a URL names the semester: "2026-11"."""
        return f"{self.start:%Y-%m}"

    def label(self) -> str:
        """ "November 2026 – April 2027", in the active language."""
        return _("%(start)s – %(end)s") % {
            "start": date_format(self.start, "YEAR_MONTH_FORMAT"),
            "end": date_format(self.end, "YEAR_MONTH_FORMAT"),
        }


def semester_starting(year: int, month: int) -> Semester:
    """The semester that starts on the first of `month` (11 or 5) of `year`."""
    if month == 11:
        return Semester(datetime.date(year, 11, 1), datetime.date(year + 1, 4, 30))
    if month == 5:
        return Semester(datetime.date(year, 5, 1), datetime.date(year, 10, 31))
    raise ValueError("A semester starts in November or in May.")


def semester_containing(day: datetime.date) -> Semester:
    """The semester `day` falls in."""
    if 5 <= day.month <= 10:
        return semester_starting(day.year, 5)
    return semester_starting(day.year if day.month >= 11 else day.year - 1, 11)


def next_semester(day: datetime.date) -> Semester:
    """The first semester that starts after `day`."""
    return semester_containing(semester_containing(day).end + datetime.timedelta(days=1))


def upcoming_semesters(today: datetime.date, count: int = 3) -> list[Semester]:
    """The current semester and the next ones."""
    semesters = [semester_containing(today)]
    while len(semesters) < count:
        semesters.append(next_semester(semesters[-1].start))
    return semesters


def semester_from_key(key: str) -> Semester | None:
    """The semester a URL's "2026-11" names, or None for anything else."""
    try:
        year, month = (int(part) for part in key.split("-"))
        return semester_starting(year, month)
    except ValueError:
        return None


def is_semester_start(day: datetime.date) -> bool:
    return day.day == 1 and day.month in SEMESTER_START_MONTHS


def validate_semester_start(day: datetime.date) -> None:
    """A model field validator: the day must be 1 May or 1 November."""
    if not is_semester_start(day):
        raise ValidationError(
            _("A semester starts on 1 May or 1 November; type that day, such as 2026-11-01."),
            code="semester_start",
        )
