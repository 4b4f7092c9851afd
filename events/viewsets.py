"""The staff screens of each event in the admin, as one viewset: /admin/event-registrations/…"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.base import ViewSet

from events import admin_views


class EventRegistrationsViewSet(ViewSet):
    """Registrants of an event: list, exports, hand changes, messages and the door check-in."""

    name = "event_registrations"
    url_prefix = "event-registrations"
    icon = "group"
    menu_label = _("Registrations")

    def get_urlpatterns(self):
        return [
            path("<int:event_id>/", admin_views.index, name="index"),
            path("<int:event_id>/add/", admin_views.add, name="add"),
            path("<int:event_id>/message/", admin_views.message, name="message"),
            path("<int:event_id>/messages/", admin_views.messages_sent, name="messages"),
            path("<int:event_id>/check-in/", admin_views.check_in_list, name="check_in"),
            path("<int:event_id>/check-in/walk-in/", admin_views.walk_in, name="walk_in"),
            path(
                "<int:event_id>/export.<str:file_format>",
                admin_views.export,
                name="export",
            ),
            path("registration/<int:registration_id>/move/", admin_views.move, name="move"),
            path("registration/<int:registration_id>/cancel/", admin_views.cancel, name="cancel"),
            path(
                "check-in/<uuid:registration_uuid>/",
                admin_views.check_in_person,
                name="check_in_person",
            ),
        ]


event_registrations_viewset = EventRegistrationsViewSet()
