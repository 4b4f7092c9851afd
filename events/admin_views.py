"""Staff screens of an event in the Wagtail admin: registrants, exports, messages, check-in.

The check-in screens are made for a phone at the door: search by name, one
tap (a plain form POST, no JavaScript needed) to mark someone present.
"""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from events import services
from events.emails import build_email
from events.exports import registrations_response
from events.forms import MessageForm, StaffRegistrationForm, WalkInForm
from events.models import EventPage, RegistrantMessage, Registration, RegistrationLogEntry

Status = Registration.Status
VIEW = "events.view_registration"
CHANGE = "events.change_registration"
ADD = "events.add_registration"


def get_event(event_id: int) -> EventPage:
    page = get_object_or_404(EventPage, pk=event_id)
    return page.registration_event


def counts(event: EventPage) -> dict[str, int]:
    """Confirmed, waiting, cancelled and arrived, in one query."""
    return Registration.objects.filter(event=event).aggregate(
        confirmed=Count("pk", filter=Q(status=Status.CONFIRMED)),
        waiting=Count("pk", filter=Q(status=Status.WAITING)),
        pending=Count("pk", filter=Q(status=Status.PENDING)),
        cancelled=Count("pk", filter=Q(status=Status.CANCELLED)),
        attended=Count("pk", filter=Q(checked_in_at__isnull=False)),
    )


def search(registrations: QuerySet, query: str) -> QuerySet:
    """Registrations whose first name, last name or e-mail contains each word of `query`."""
    for word in query.split():
        registrations = registrations.filter(
            Q(first_name__icontains=word) | Q(last_name__icontains=word) | Q(email__icontains=word)
        )
    return registrations


def event_registrations(event: EventPage) -> QuerySet:
    return Registration.objects.filter(event=event).select_related("specialty", "faculty")


def with_history(registrations: QuerySet) -> QuerySet:
    """The registrations with who confirmed, cancelled, moved or checked each in, and when."""
    return registrations.prefetch_related(
        Prefetch(
            "log_entries",
            queryset=RegistrationLogEntry.objects.select_related("actor").order_by("at", "pk"),
        )
    )


def back_to(request, default: str) -> str:
    """Where a one-tap form sends staff back: the page they were on, on this site only."""
    target = request.POST.get("next", "")
    return target if target.startswith("/admin/") else default


@permission_required(VIEW, raise_exception=True)
def index(request, event_id: int):
    event = get_event(event_id)
    query = request.GET.get("q", "").strip()[:100]
    status = request.GET.get("status", "")
    registrations = with_history(search(event_registrations(event), query))
    if status in Status.values:
        registrations = registrations.filter(status=status)
    registrations = registrations.order_by("status", "waiting_since", "last_name", "pk")
    return TemplateResponse(
        request,
        "events/admin/registrations.html",
        {
            "event": event,
            "counts": counts(event),
            "registrations": registrations,
            "query": query,
            "status": status,
            "statuses": Status.choices,
            "can_change": request.user.has_perm(CHANGE),
            "can_add": request.user.has_perm(ADD),
            "header_title": _("Registrations: %(title)s") % {"title": event.title},
        },
    )


@permission_required(ADD, raise_exception=True)
@require_http_methods(["GET", "POST"])
def add(request, event_id: int):
    """Add someone by hand: confirmed at once if a seat is free, waiting otherwise."""
    event = get_event(event_id)
    form = StaffRegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        registrant = services.Registrant(**form.cleaned_data)
        try:
            registration = services.register(event, registrant, by=request.user)
        except services.RegistrationError as error:
            form.add_error("email", str(error))
        else:
            messages.success(
                request,
                _("%(name)s is registered (%(status)s).")
                % {"name": registration.full_name, "status": registration.get_status_display()},
            )
            return redirect("event_registrations:index", event.pk)
    return TemplateResponse(
        request,
        "events/admin/form.html",
        {
            "event": event,
            "form": form,
            "header_title": _("Add a registrant"),
            "submit_label": _("Add"),
        },
    )


@permission_required(CHANGE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def message(request, event_id: int):
    """Write to the confirmed registrants, the waiting list or both: a preview, then send.

    Each person gets the e-mail of their language, greeted by name; what was
    sent, by whom and to whom is recorded (see `messages_sent`).
    """
    event = get_event(event_id)
    form = MessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and "edit" not in request.POST:
        data = form.cleaned_data
        if request.POST.get("send"):
            record = services.message_registrants(
                event, data["subject"], data["message"], data["audience"], by=request.user
            )
            messages.success(
                request,
                ngettext(
                    "The message is on its way to %(count)s person.",
                    "The message is on its way to %(count)s people.",
                    record.recipients.count(),
                )
                % {"count": record.recipients.count()},
            )
            return redirect("event_registrations:messages", event.pk)
        recipients = list(services.message_recipients(event, data["audience"]))
        sample = (
            build_email(recipients[0], "message", subject=data["subject"], message=data["message"])
            if recipients
            else None
        )
        return TemplateResponse(
            request,
            "events/admin/message_preview.html",
            {
                "event": event,
                "form": form,
                "recipients": recipients,
                "sample": sample,
                "header_title": _("Check the message before sending it"),
            },
        )
    return TemplateResponse(
        request,
        "events/admin/form.html",
        {
            "event": event,
            "form": form,
            "header_title": _("Write to the registrants"),
            "submit_label": _("Preview"),
        },
    )


@permission_required(VIEW, raise_exception=True)
def messages_sent(request, event_id: int):
    """What staff wrote to the evening's registrants: when, by whom, to whom."""
    event = get_event(event_id)
    records = (
        RegistrantMessage.objects.filter(event=event)
        .select_related("sent_by")
        .prefetch_related("recipients")
    )
    return TemplateResponse(
        request,
        "events/admin/messages.html",
        {
            "event": event,
            "records": records,
            "can_change": request.user.has_perm(CHANGE),
            "header_title": _("Messages sent: %(title)s") % {"title": event.title},
        },
    )


def confirm_action(request, registration: Registration, **context) -> TemplateResponse:
    """The page that says what a change to a registration will do, and asks once."""
    event = registration.event
    return TemplateResponse(
        request,
        "events/admin/confirm_action.html",
        {"event": event, "registration": registration, **context},
    )


@permission_required(CHANGE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def move(request, registration_id: int):
    """Confirm someone from the waiting list: asked first, overbooking only if ticked."""
    registration = get_object_or_404(Registration, pk=registration_id)
    full = services.is_full(registration.event)
    if request.method == "POST":
        try:
            services.move_from_waiting_list(
                registration, by=request.user, beyond_capacity=bool(request.POST.get("beyond"))
            )
        except services.OverbookingNotChosen as error:
            messages.error(request, str(error))
            return redirect("event_registrations:move", registration.pk)
        except services.RegistrationError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, _("%(name)s is confirmed.") % {"name": registration.full_name}
            )
        return redirect("event_registrations:index", registration.event_id)
    return confirm_action(
        request,
        registration,
        header_title=_("Confirm from the waiting list"),
        consequence=_("%(name)s takes a seat and receives an e-mail saying that it is confirmed.")
        % {"name": registration.full_name},
        full=full,
        submit_label=_("Confirm the seat"),
    )


@permission_required(CHANGE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def cancel(request, registration_id: int):
    """Cancel a registration for someone: asked first, since they are e-mailed at once."""
    registration = get_object_or_404(Registration, pk=registration_id)
    if request.method == "POST":
        services.cancel(registration, by=request.user)
        messages.success(
            request,
            _("The registration of %(name)s is cancelled.") % {"name": registration.full_name},
        )
        return redirect("event_registrations:index", registration.event_id)
    return confirm_action(
        request,
        registration,
        header_title=_("Cancel a registration"),
        consequence=_(
            "%(name)s receives an e-mail saying that their registration is cancelled; their "
            "seat goes to the first person on the waiting list. This cannot be undone: they "
            "would have to register again."
        )
        % {"name": registration.full_name},
        submit_label=_("Cancel the registration"),
        danger=True,
    )


def door_list(request, event: EventPage, walk_in_form: WalkInForm) -> TemplateResponse:
    query = request.GET.get("q", "").strip()[:100]
    registrations = search(
        Registration.objects.filter(event=event, status__in=(Status.CONFIRMED, Status.WAITING)),
        query,
    ).order_by("last_name", "first_name", "pk")
    return TemplateResponse(
        request,
        "events/admin/check_in.html",
        {
            "event": event,
            "counts": counts(event),
            "full": services.is_full(event),
            "registrations": registrations,
            "query": query,
            "walk_in_form": walk_in_form,
            "header_title": _("Check-in: %(title)s") % {"title": event.title},
        },
    )


@permission_required(CHANGE, raise_exception=True)
def check_in_list(request, event_id: int):
    """The door list: confirmed registrants and the waiting list, searched by name."""
    return door_list(request, get_event(event_id), WalkInForm())


@permission_required(CHANGE, raise_exception=True)
@require_http_methods(["POST"])
def walk_in(request, event_id: int):
    """Let in someone who did not register: on the list, confirmed and checked in at once."""
    event = get_event(event_id)
    form = WalkInForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            registration = services.admit_walk_in(
                event,
                data["first_name"],
                data["last_name"],
                by=request.user,
                email=data["email"],
                beyond_capacity=data["beyond"],
            )
        except services.OverbookingNotChosen as error:
            form.add_error("beyond", str(error))
        except services.RegistrationError as error:
            form.add_error("email" if data["email"] else None, str(error))
        else:
            messages.success(
                request, _("%(name)s is checked in.") % {"name": registration.full_name}
            )
            return redirect("event_registrations:check_in", event.pk)
    return door_list(request, event, form)


@permission_required(CHANGE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def check_in_person(request, registration_uuid):
    """One person's check-in, opened from the QR code of their confirmation e-mail."""
    registration = (
        Registration.objects.select_related("event").filter(uuid=registration_uuid).first()
    )
    if registration is None or registration.anonymised_at is not None:
        raise Http404
    if request.method == "POST":
        try:
            if request.POST.get("undo"):
                services.undo_check_in(registration, by=request.user)
            else:
                services.check_in(registration, by=request.user)
        except services.RegistrationError as error:
            messages.error(request, str(error))
        else:
            registration.refresh_from_db()
            if registration.checked_in_at:
                messages.success(
                    request, _("%(name)s is checked in.") % {"name": registration.full_name}
                )
        default = reverse("event_registrations:check_in_person", args=[registration.uuid])
        return redirect(back_to(request, default))
    return TemplateResponse(
        request,
        "events/admin/check_in_person.html",
        {
            "event": registration.event,
            "registration": registration,
            "header_title": _("Check-in: %(name)s") % {"name": registration.full_name},
        },
    )


@permission_required(VIEW, raise_exception=True)
def export(request, event_id: int, file_format: str):
    if file_format not in ("csv", "xlsx"):
        raise PermissionDenied
    event = get_event(event_id)
    return registrations_response(event, event_registrations(event), file_format)
