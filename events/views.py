"""Public views of the events: register, confirm or cancel from an e-mail, calendar files."""

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core import ratelimit
from core.i18n import active_language
from core.maps import MapMarker, map_data
from core.models import PortalSettings
from events import links, services
from events.calendar import build_calendar, google_calendar_url, outlook_calendar_url
from events.forms import RegistrationForm
from events.models import EventIndexPage, EventPage, Registration

CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8"
# Per connection, for guests (each one sends a confirmation e-mail): a family
# or a shared flat registers a few people, a script hundreds.
GUEST_REGISTRATION_RATES = "10/h,30/d"


def registration_message(registration: Registration) -> str:
    """What the person is told right after registering or confirming."""
    if registration.status == Registration.Status.CONFIRMED:
        return _("Your seat is confirmed. We have sent you an e-mail with the calendar file.")
    if registration.status == Registration.Status.WAITING:
        return _(
            "The event is full: you are number %(position)s on the waiting list. We will "
            "e-mail you as soon as a seat is yours."
        ) % {"position": registration.waiting_position()}
    return _(
        "Almost done: we have sent you an e-mail. Open the link in it within 24 hours to "
        "confirm your registration; until then no seat is kept for you."
    )


def event_page(request, page: EventPage):
    """The evening's page: seats left, calendar links, the venue's map and, for a signed-in
    visitor, their own registration and its cancellation link."""
    context = {
        "availability": page.availability,
        "google_calendar_url": google_calendar_url(page),
        "outlook_calendar_url": outlook_calendar_url(page),
    }
    if page.latitude is not None and page.longitude is not None:
        marker = MapMarker(page.latitude, page.longitude, page.venue_name)
        context["venue_map"] = map_data([marker], label=_("Map of the venue"))
    if request.user.is_authenticated:
        mine = Registration.objects.filter(
            event__translation_key=page.translation_key,
            user=request.user,
            status__in=Registration.ACTIVE_STATUSES,
        ).first()
        context["my_registration"] = mine
        context["my_cancel_url"] = (
            links.link_path(mine, links.CANCEL, page.locale.language_code) if mine else ""
        )
    return page.render(request, context_overrides=context)


@never_cache
@require_http_methods(["GET", "POST"])
def register(request, page: EventPage):
    """The registration form: one step when signed in, name and e-mail for a guest."""
    if not page.availability.is_open:
        return redirect(page.url)
    form = RegistrationForm(page, request.user, request.POST or None)
    if (
        request.method == "POST"
        and not request.user.is_authenticated
        and not ratelimit.consume(request, "event-guest-registration", GUEST_REGISTRATION_RATES)
    ):
        form.add_error(
            None, _("Too many registrations were sent from your connection. Try again later.")
        )
        return render(request, "events/register.html", register_context(page, form), status=429)
    if request.method == "POST" and form.is_valid():
        user = form.user
        registrant = services.Registrant(
            email=user.email if user else form.cleaned_data["email"],
            first_name=form.cleaned_data.get("first_name") or user.first_name,
            last_name=form.cleaned_data.get("last_name") or user.last_name,
            language=active_language(),
            user=user,
            answers=form.answers(),
        )
        try:
            registration = services.register(page, registrant)
        except services.RegistrationError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, registration_message(registration))
            return redirect(page.url)
    return render(request, "events/register.html", register_context(page, form))


def register_context(page: EventPage, form: RegistrationForm) -> dict:
    return {
        "page": page,
        "form": form,
        "retention_months": settings.EVENT_REGISTRATION_RETENTION_MONTHS,
    }


def invalid_link(request, error: links.InvalidLink):
    return render(request, "events/link_invalid.html", {"expired": error.expired}, status=400)


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token: str):
    """The guest's double opt-in: a button, so that a mail scanner's visit confirms nothing."""
    try:
        registration = links.read_token(token, links.CONFIRM)
    except links.InvalidLink as error:
        return invalid_link(request, error)
    page = registration.event.specific
    error_message = ""
    if request.method == "POST":
        try:
            registration = services.confirm_guest(registration)
        except services.RegistrationError as error:
            error_message = str(error)
        else:
            return render(
                request,
                "events/registration_result.html",
                {
                    "page": page,
                    "registration": registration,
                    "message": registration_message(registration),
                    "google_calendar_url": google_calendar_url(page),
                    "outlook_calendar_url": outlook_calendar_url(page),
                },
            )
    return render(
        request,
        "events/confirm.html",
        {"page": page, "registration": registration, "error_message": error_message},
    )


@never_cache
@require_http_methods(["GET", "POST"])
def cancel(request, token: str):
    """Cancel from the link in any e-mail or from the account page; no sign-in needed."""
    try:
        registration = links.read_token(token, links.CANCEL)
    except links.InvalidLink as error:
        return invalid_link(request, error)
    page = registration.event.specific
    if request.method == "POST" and registration.is_active:
        registration = services.cancel(registration)
        return render(request, "events/cancelled.html", {"page": page})
    return render(
        request,
        "events/cancel.html",
        {"page": page, "registration": registration, "is_past": page.end < timezone.now()},
    )


def calendar_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=CALENDAR_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def event_ics(request, page: EventPage) -> HttpResponse:
    """The event as an .ics file, in the language of the page."""
    content = build_calendar(
        [page], page.locale.language_code, portal=PortalSettings.for_request(request)
    )
    return calendar_response(content, f"{page.slug}.ics")


def event_feed(request, index: EventIndexPage) -> HttpResponse:
    """The events not ended yet as a calendar to subscribe to (webcal://)."""
    events = list(index.listed_events().not_ended())
    content = build_calendar(
        events,
        index.locale.language_code,
        name=index.title,
        portal=PortalSettings.for_request(request),
    )
    response = HttpResponse(content, content_type=CALENDAR_CONTENT_TYPE)
    response["Content-Disposition"] = 'inline; filename="events.ics"'
    return response
