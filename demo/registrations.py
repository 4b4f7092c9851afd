"""Demo registrations for the next welcome evening, so staff screens have people in them."""

from django.db import transaction
from django.utils import timezone

from demo.events import REGISTRANTS
from events.models import EventPage, Registration


@transaction.atomic
def ensure_demo_registrations(page: EventPage) -> int:
    """Add the demo registrants to an evening that has none yet; return how many were added.

    Written directly rather than through the registration service: the demo
    sends no e-mail.
    """
    event = page.registration_event
    if Registration.objects.filter(event=event).exists():
        return 0
    now = timezone.now()
    registrations = [
        Registration(
            event=event,
            email=f"{first.lower()}.{last.lower()}@example.org".replace("é", "e").replace("è", "e"),
            first_name=first,
            last_name=last,
            language="fr",
            status=status,
            confirmed_at=now if status == Registration.Status.CONFIRMED else None,
            cancelled_at=now if status == Registration.Status.CANCELLED else None,
        )
        for first, last, status in REGISTRANTS
    ]
    Registration.objects.bulk_create(registrations)
    return len(registrations)
