"""What the events section does when Wagtail publishes one of its pages."""

from events.services import publish_event_changes


def tell_registrants_about_changes(sender, instance, **kwargs):
    """On publish, hand the event to the service that tells registrants what changed."""
    # Registrations belong to the first page of a translation group; publishing
    # a translation changes nothing registrants were told.
    if instance.pk == instance.registration_event.pk:
        publish_event_changes(instance)
