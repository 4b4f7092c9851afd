"""Registers the events' admin screens (events/viewsets.py) and links to them from each event."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from events.models import EventPage
from events.viewsets import event_registrations_viewset


@hooks.register("register_admin_viewset")
def register_event_registrations():
    return event_registrations_viewset


def registration_buttons(page, user):
    if not isinstance(page.specific_deferred, EventPage) or not user.has_perm(
        "events.view_registration"
    ):
        return
    yield PageMenuItem(
        _("Registrations"),
        reverse("event_registrations:index", args=[page.pk]),
        icon_name="group",
        priority=5,
        page=page,
    )
    if user.has_perm("events.change_registration"):
        yield PageMenuItem(
            _("Check-in"),
            reverse("event_registrations:check_in", args=[page.pk]),
            icon_name="tick",
            priority=6,
            page=page,
        )


@hooks.register("register_page_header_buttons")
def event_header_buttons(page, user, view_name, next_url=None):
    yield from registration_buttons(page, user)


@hooks.register("register_page_listing_more_buttons")
def event_listing_buttons(page, user, next_url=None):
    yield from registration_buttons(page, user)
