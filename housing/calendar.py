"""A listing's availability month by month, for its page's calendar."""

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class CalendarMonth:
    """One month of a listing's availability calendar."""

    month: datetime.date
    status: str  # "available", "partly" or "unavailable"


def availability_calendar(periods, today: datetime.date, months: int = 12) -> list[CalendarMonth]:
    """Month by month from the current one: available all month, part of it, or not at all."""
    calendar = []
    first = today.replace(day=1)
    for offset in range(months):
        year, month = divmod(first.month - 1 + offset, 12)
        start = datetime.date(first.year + year, month + 1, 1)
        next_year, next_month = divmod(month + 1, 12)
        end = datetime.date(first.year + year + next_year, next_month + 1, 1) - datetime.timedelta(
            days=1
        )
        covered: set[int] = set()
        for period in periods:
            low, high = max(start, period.start), min(end, period.end)
            if low <= high:
                covered.update(range(low.toordinal(), high.toordinal() + 1))
        days = end.toordinal() - start.toordinal() + 1
        status = "available" if len(covered) == days else "partly" if covered else "unavailable"
        calendar.append(CalendarMonth(start, status))
    return calendar
