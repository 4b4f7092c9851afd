"""Registers the events' admin screens (events/viewsets.py) and links to them from each event."""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.models import Page

from events.models import EventPage
from events.services import evenings_keeping_registrations
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
            icon_name="check",
            priority=6,
            page=page,
        )


@hooks.register("register_page_header_buttons")
def event_header_buttons(page, user, view_name, next_url=None):
    yield from registration_buttons(page, user)


@hooks.register("register_page_listing_more_buttons")
def event_listing_buttons(page, user, next_url=None):
    yield from registration_buttons(page, user)


def refuse_to_delete_registrations(request, pages):
    """Back to the first evening with registrations, saying why it stays; None if there is none."""
    kept = evenings_keeping_registrations(pages)
    if not kept:
        return None
    messages.error(
        request,
        _(
            "“%(title)s” has registrations: deleting it would erase its registrants’ answers. "
            "Cancel the evening (tick “Cancelled”) or unpublish it instead."
        )
        % {"title": kept[0].title},
    )
    return redirect("wagtailadmin_pages:edit", kept[0].pk)


@hooks.register("before_delete_page")
def keep_evening_with_registrations(request, page):
    return refuse_to_delete_registrations(request, [page])


@hooks.register("before_bulk_action")
def keep_evenings_with_registrations(request, action_type, objects, action_class_instance):
    if action_type == "delete" and objects and isinstance(objects[0], Page):
        return refuse_to_delete_registrations(request, objects)
    return None
