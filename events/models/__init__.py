from .calendar_state import EventCalendarState
from .messages import RegistrantMessage
from .pages import EventIndexPage, EventPage
from .registrations import Registration, RegistrationLogEntry

__all__ = [
    "EventCalendarState",
    "EventIndexPage",
    "EventPage",
    "RegistrantMessage",
    "Registration",
    "RegistrationLogEntry",
]
