from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Welcome evenings")

    def ready(self):
        from wagtail.signals import page_published

        from core import personal_data
        from events.cached_pages import registration_pages
        from events.models import EventPage, Registration
        from events.personal_data import EVENT_REGISTRATIONS_SECTION, REGISTRATIONS_PROCESSING
        from events.signals import tell_registrants_about_changes
        from pagecache import invalidation

        personal_data.register(EVENT_REGISTRATIONS_SECTION)
        personal_data.register_processing(REGISTRATIONS_PROCESSING)
        invalidation.register(Registration, registration_pages)
        page_published.connect(
            tell_registrants_about_changes, sender=EventPage, dispatch_uid="events_published"
        )
