"""The cached pages that show an event's seats (pagecache.invalidation, see EventsConfig.ready)."""

from events.models import Registration
from pagecache.invalidation import Stale, page_and_ancestors


def registration_pages(registration: Registration) -> list[Stale]:
    """The event in each language (with its .ics), the events index and its feed, and
    the home page: all show the seats left."""
    return page_and_ancestors(registration.event)
