from .calendar_state import EventCalendarState
from .pages import EventIndexPage, EventPage
from .registrations import Registration, RegistrationLogEntry

__all__ = [
    "EventCalendarState",
    "EventIndexPage",
    "EventPage",
    "Registration",
    "RegistrationLogEntry",
]
