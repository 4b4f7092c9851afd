"""The addresses below the events' pages, and the views that answer them."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from core.subpages import redirect_to
from events import views

EVENT_INDEX_PAGE = [
    path(_("calendar/"), views.event_feed, name="feed"),
    path("calendar/", redirect_to("feed"), name="feed_english_path"),
]

EVENT_PAGE = [
    path("", views.event_page, name="index_route"),
    path(_("register/"), views.register, name="register"),
    path(_("calendar/"), views.event_ics, name="ics"),
    # The English paths, from before they were translated (links in e-mails already sent).
    path("register/", redirect_to("register"), name="register_english_path"),
    path("calendar/", redirect_to("ics"), name="ics_english_path"),
]
