"""What registrants' calendars were last told about an event."""

from django.db import models


class EventCalendarState(models.Model):
    """The time and place last sent to registrants, and the iCalendar SEQUENCE.

    Kept apart from the page because publishing a revision rewrites every page
    field: a counter stored on the page would go back to the revision's value.
    """

    event = models.OneToOneField(
        "events.EventPage", on_delete=models.CASCADE, related_name="calendar_state"
    )
    sequence = models.PositiveIntegerField(default=0)
    start = models.DateTimeField()
    end = models.DateTimeField()
    venue_name = models.CharField(max_length=200)
    venue_address = models.CharField(max_length=300)
    is_cancelled = models.BooleanField(default=False)
    capacity = models.PositiveIntegerField()

    def __str__(self) -> str:
        return f"{self.event_id} #{self.sequence}"
