"""The cached pages that show an event's seats; registered with core.purge in EventsConfig.ready."""

from core.purge import Stale, page_and_ancestors
from events.models import Registration


def registration_pages(registration: Registration) -> list[Stale]:
    """The event in each language (with its .ics), the events index and its feed, and
    the home page: all show the seats left."""
    return page_and_ancestors(registration.event)
