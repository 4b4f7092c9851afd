"""Registering for welcome evenings: seats, waiting list, cancellation, check-in, purge.

Every change of a registration's status happens here, inside a transaction
that first locks the event's row (SELECT … FOR UPDATE on PostgreSQL), so two
people can never take the last seat together. E-mails are enqueued only once
the transaction has committed: a mail server that is down never rolls back a
registration (see `events.tasks`).
"""

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from accounts.lookup import verified_emails
from accounts.models import User
from core.personal_data import matching_any_email
from events.models import (
    EventCalendarState,
    EventPage,
    RegistrantMessage,
    Registration,
    RegistrationLogEntry,
)
from events.tasks import send_registration_email

Status = Registration.Status

# Double opt-in: a guest's registration holds no seat and lapses unless the
# address is confirmed within this time.
GUEST_CONFIRMATION_WINDOW = datetime.timedelta(hours=24)
REMINDER_LEAD_TIME = datetime.timedelta(days=2)


class RegistrationError(Exception):
    """A registration that cannot be made or changed; the message is for the visitor."""


@dataclass
class Registrant:
    """Who registers, and their answers to the event's questions."""

    email: str
    first_name: str = ""
    last_name: str = ""
    language: str = "fr"
    user: User | None = None
    answers: dict[str, Any] = field(default_factory=dict)


ANSWER_FIELDS = ("specialty", "faculty", "semester", "dietary_needs", "access_needs", "free_answer")


def _lock_event(event: EventPage) -> EventPage:
    """The event that holds the registrations, its row locked until the transaction ends."""
    return (
        EventPage.objects.select_for_update(of=("self",))
        .only("pk", "capacity", "start", "end", "is_cancelled", "translation_key")
        .get(pk=event.registration_event.pk)
    )


def _log(
    registration: Registration, from_status: str, action: str, actor: User | None = None
) -> None:
    RegistrationLogEntry.objects.create(
        registration=registration,
        from_status=from_status,
        to_status=registration.status,
        action=action,
        actor=actor,
    )


def _send_on_commit(registration: Registration, kind: str, **extra: str) -> None:
    transaction.on_commit(
        lambda: send_registration_email.enqueue(registration.pk, kind, attempt=1, **extra)
    )


def _confirmed_count(event: EventPage) -> int:
    return Registration.objects.filter(event=event, status=Status.CONFIRMED).count()


def _take_seat_or_wait(registration: Registration, event: EventPage) -> None:
    """Confirm the registration if a seat is free, else put it at the end of the list."""
    now = timezone.now()
    if _confirmed_count(event) < event.capacity:
        registration.status = Status.CONFIRMED
        registration.confirmed_at = now
    else:
        registration.status = Status.WAITING
        registration.waiting_since = now


def _check_open(event: EventPage, page: EventPage) -> None:
    availability = page.availability_for(confirmed=0)
    if event.is_cancelled:
        raise RegistrationError(_("This event has been cancelled."))
    if not availability.is_open:
        raise RegistrationError(_("Registration for this event is closed."))


@transaction.atomic
def register(page: EventPage, registrant: Registrant, by: User | None = None) -> Registration:
    """Register someone for the event shown on `page`.

    A signed-in person (or someone added by staff, `by`) takes a seat at once,
    or a place on the waiting list when the event is full. A guest gets a
    pending registration and an e-mail to confirm their address; it holds no
    seat until then. Raises `RegistrationError` when registration is closed or
    the person is already registered.
    """
    event = _lock_event(page)
    if by is None:
        _check_open(event, page)
    elif event.is_cancelled:
        # Staff may add people past the closing time or the capacity, but a
        # cancelled evening would e-mail them a seat at an evening that will not happen.
        raise RegistrationError(_("This evening is cancelled: nobody can be added to it."))
    email = registrant.email.strip().lower()
    registration = Registration(
        event=event,
        user=registrant.user,
        email=email,
        first_name=registrant.first_name.strip(),
        last_name=registrant.last_name.strip(),
        language=registrant.language,
        **{
            name: registrant.answers.get(name)
            for name in ANSWER_FIELDS
            if name in registrant.answers
        },
    )
    if Registration.objects.filter(
        event=event, email=email, status__in=Registration.ACTIVE_STATUSES
    ).exists():
        raise RegistrationError(_("You are already registered for this event."))
    if registrant.user is None and by is None:
        registration.status = Status.PENDING
    else:
        _take_seat_or_wait(registration, event)
    try:
        with transaction.atomic():
            registration.save()
    except IntegrityError as error:
        # The constraint is the last word if two requests for one address cross.
        raise RegistrationError(_("You are already registered for this event.")) from error
    _log(registration, "", "added_by_staff" if by else "registered", actor=by)
    if registrant.user is not None:
        _complete_profile_name(registrant.user, registration)
    _send_on_commit(registration, _kind_for(registration))
    return registration


def _complete_profile_name(user: User, registration: Registration) -> None:
    """The name a signed-in person gave when registering fills the blanks of their profile,
    so that the next registration does not ask for it again."""
    blanks = [
        name
        for name in ("first_name", "last_name")
        if not getattr(user, name).strip() and getattr(registration, name)
    ]
    for name in blanks:
        setattr(user, name, getattr(registration, name))
    if blanks:
        user.save(update_fields=blanks)


def _kind_for(registration: Registration) -> str:
    return {
        Status.PENDING: "confirm_address",
        Status.CONFIRMED: "confirmed",
        Status.WAITING: "waiting",
    }[Status(registration.status)]


def confirm_guest(registration: Registration) -> Registration:
    """The guest followed the link in their e-mail: give them a seat or a place in line.

    Raises `RegistrationError` when the 24 hours have passed (the registration
    is then marked expired) or registration has closed meanwhile; a registration
    already confirmed is returned as is.
    """
    with transaction.atomic():
        event = _lock_event(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != Status.PENDING:
            if registration.is_active:
                return registration
            raise RegistrationError(
                _("This registration is no longer valid. Please register again.")
            )
        if timezone.now() - registration.created_at <= GUEST_CONFIRMATION_WINDOW:
            _check_open(event, registration.event)
            _take_seat_or_wait(registration, event)
            registration.save()
            _log(registration, Status.PENDING, "confirmed_email")
            _send_on_commit(registration, _kind_for(registration))
            return registration
        registration.status = Status.EXPIRED
        registration.save(update_fields=["status"])
        _log(registration, Status.PENDING, "expired")
    raise RegistrationError(
        _("This confirmation link is more than 24 hours old. Please register again.")
    )


@transaction.atomic
def cancel(registration: Registration, by: User | None = None) -> Registration:
    """Cancel a registration; a seat freed goes to the first person on the waiting list."""
    event = _lock_event(registration.event)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if not registration.is_active:
        return registration
    previous = registration.status
    registration.status = Status.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.save(update_fields=["status", "cancelled_at"])
    _log(registration, previous, "cancelled", actor=by)
    if previous in (Status.CONFIRMED, Status.WAITING):
        # The calendar file attached takes the evening out of their calendar.
        _send_on_commit(registration, "withdrawn")
    if previous == Status.CONFIRMED:
        fill_free_seats(event)
    return registration


def fill_free_seats(event: EventPage) -> list[Registration]:
    """Confirm people from the waiting list, in order, while seats are free.

    Call it inside a transaction that holds the event's lock.
    """
    free = event.capacity - _confirmed_count(event)
    promoted: list[Registration] = []
    if free <= 0 or event.is_cancelled or timezone.now() >= event.start:
        return promoted
    waiting = Registration.objects.filter(event=event, status=Status.WAITING).order_by(
        "waiting_since", "pk"
    )
    for registration in waiting.select_for_update()[:free]:
        registration.status = Status.CONFIRMED
        registration.confirmed_at = timezone.now()
        registration.save(update_fields=["status", "confirmed_at"])
        _log(registration, Status.WAITING, "promoted")
        _send_on_commit(registration, "promoted")
        promoted.append(registration)
    return promoted


class OverbookingNotChosen(RegistrationError):
    """Confirming would seat more people than the evening has seats, and staff did not choose to."""


def is_full(event: EventPage) -> bool:
    """Whether every seat of the evening is taken."""
    return _confirmed_count(event.registration_event) >= event.registration_event.capacity


@transaction.atomic
def move_from_waiting_list(
    registration: Registration, by: User, beyond_capacity: bool = False
) -> Registration:
    """Staff confirm someone from the waiting list by hand.

    On a full evening that takes a seat more than there are: staff must say so
    (`beyond_capacity`), or `OverbookingNotChosen` is raised.
    """
    event = _lock_event(registration.event)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status != Status.WAITING:
        raise RegistrationError(_("This person is not on the waiting list."))
    if not beyond_capacity and _confirmed_count(event) >= event.capacity:
        raise OverbookingNotChosen(
            _(
                "Every seat is taken: confirming this person seats more people than the "
                "evening has seats. Tick “Confirm beyond the capacity” to do it anyway."
            )
        )
    registration.status = Status.CONFIRMED
    registration.confirmed_at = timezone.now()
    registration.save(update_fields=["status", "confirmed_at"])
    _log(registration, Status.WAITING, "moved_by_staff", actor=by)
    _send_on_commit(registration, "promoted")
    return registration


@transaction.atomic
def check_in(registration: Registration, by: User) -> Registration:
    """Mark a registrant as arrived (a second tap changes nothing).

    Someone from the waiting list who comes anyway is let in: they take a seat
    at the door, confirmed and checked in at once (under the event's lock, as
    every change of seats).
    """
    _lock_event(registration.event)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status not in (Status.CONFIRMED, Status.WAITING):
        raise RegistrationError(_("Only confirmed or waiting registrants can be checked in."))
    if registration.checked_in_at is None:
        from_status = registration.status
        now = timezone.now()
        registration.status = Status.CONFIRMED
        registration.confirmed_at = registration.confirmed_at or now
        registration.checked_in_at = now
        registration.save(update_fields=["status", "confirmed_at", "checked_in_at"])
        _log(registration, from_status, "checked_in", actor=by)
    return registration


@transaction.atomic
def admit_walk_in(
    page: EventPage,
    first_name: str,
    last_name: str,
    by: User,
    email: str = "",
    language: str = "fr",
    beyond_capacity: bool = False,
) -> Registration:
    """Someone who did not register comes to the door: let in, confirmed and checked in at once.

    The address is optional and nothing is e-mailed (they are there). On a full
    evening staff must choose to seat one more (`beyond_capacity`), or
    `OverbookingNotChosen` is raised; someone already registered under that
    address is to be found in the list instead (`RegistrationError`).
    """
    event = _lock_event(page)
    if event.is_cancelled:
        raise RegistrationError(_("This evening is cancelled: nobody can be added to it."))
    email = email.strip().lower()
    if (
        email
        and Registration.objects.filter(
            event=event, email=email, status__in=Registration.ACTIVE_STATUSES
        ).exists()
    ):
        raise RegistrationError(
            _("This address is already registered: find the person in the list.")
        )
    if not beyond_capacity and _confirmed_count(event) >= event.capacity:
        raise OverbookingNotChosen(
            _(
                "Every seat is taken: letting this person in seats more people than the "
                "evening has seats. Tick “Let in beyond the capacity” to do it anyway."
            )
        )
    now = timezone.now()
    registration = Registration.objects.create(
        event=event,
        email=email,
        first_name=first_name.strip(),
        last_name=last_name.strip(),
        language=language,
        status=Status.CONFIRMED,
        confirmed_at=now,
        checked_in_at=now,
    )
    _log(registration, "", RegistrationLogEntry.Action.WALK_IN, actor=by)
    return registration


@transaction.atomic
def undo_check_in(registration: Registration, by: User) -> Registration:
    """Take back a check-in made by mistake."""
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.checked_in_at is not None:
        registration.checked_in_at = None
        registration.save(update_fields=["checked_in_at"])
        _log(registration, registration.status, "check_in_undone", actor=by)
    return registration


def expire_unconfirmed(now: datetime.datetime | None = None) -> int:
    """Mark guests' registrations never confirmed within 24 hours as expired; return how many."""
    cutoff = (now or timezone.now()) - GUEST_CONFIRMATION_WINDOW
    count = 0
    for registration in Registration.objects.filter(status=Status.PENDING, created_at__lt=cutoff):
        with transaction.atomic():
            locked = Registration.objects.select_for_update().get(pk=registration.pk)
            if locked.status == Status.PENDING:
                locked.status = Status.EXPIRED
                locked.save(update_fields=["status"])
                _log(locked, Status.PENDING, "expired")
                count += 1
    return count


def anonymise_past_registrations(now: datetime.datetime | None = None) -> int:
    """Erase the personal data of registrants of events that ended long enough ago.

    The rows stay, with their status and arrival, so the counts survive for the
    département's statistics. Returns how many registrations were anonymised.
    """
    months = settings.EVENT_REGISTRATION_RETENTION_MONTHS
    cutoff = (now or timezone.now()) - datetime.timedelta(days=round(months * 365.25 / 12))
    return Registration.objects.filter(event__end__lt=cutoff, anonymised_at__isnull=True).update(
        anonymised_at=now or timezone.now(),
        user=None,
        email="",
        first_name="",
        last_name="",
        specialty=None,
        faculty=None,
        semester=None,
        dietary_needs="",
        access_needs="",
        free_answer="",
    )


def registrations_of(user: User) -> QuerySet[Registration]:
    """The account's registrations: made signed in, or as a guest with an address it confirmed."""
    as_guest = Q(user__isnull=True) & matching_any_email("email", verified_emails(user))
    return Registration.objects.filter(Q(user=user) | as_guest)


@transaction.atomic
def erase_registrations_of(user: User) -> None:
    """For account deletion: free the person's seats (promoting others), then delete their rows."""
    registrations = registrations_of(user)
    for registration in registrations.filter(status__in=Registration.ACTIVE_STATUSES):
        cancel(registration, by=user)
    Registration.objects.filter(pk__in=list(registrations.values_list("pk", flat=True))).delete()


def send_reminders(now: datetime.datetime | None = None) -> int:
    """Remind confirmed registrants of events starting within two days, once each."""
    now = now or timezone.now()
    due = Registration.objects.filter(
        status=Status.CONFIRMED,
        reminder_sent_at__isnull=True,
        event__start__gt=now,
        event__start__lte=now + REMINDER_LEAD_TIME,
        event__is_cancelled=False,
    )
    count = 0
    for registration in due:
        with transaction.atomic():
            updated = Registration.objects.filter(
                pk=registration.pk, reminder_sent_at__isnull=True
            ).update(reminder_sent_at=now)
            if updated:
                _send_on_commit(registration, "reminder")
                count += 1
    return count


AUDIENCE_STATUSES = {
    RegistrantMessage.Audience.CONFIRMED: (Status.CONFIRMED,),
    RegistrantMessage.Audience.WAITING: (Status.WAITING,),
    RegistrantMessage.Audience.BOTH: (Status.CONFIRMED, Status.WAITING),
}


def message_recipients(page: EventPage, audience: str) -> QuerySet[Registration]:
    """Who a message to `audience` reaches: those with an address (walk-ins may have none)."""
    return (
        Registration.objects.filter(
            event=page.registration_event,
            status__in=AUDIENCE_STATUSES[RegistrantMessage.Audience(audience)],
        )
        .exclude(email="")
        .order_by("last_name", "first_name", "pk")
    )


@transaction.atomic
def message_registrants(
    page: EventPage, subject: str, message: str, audience: str, by: User
) -> RegistrantMessage:
    """Send staff's message to the confirmed registrants, the waiting list or both, each in
    the e-mail of their language; the message and its recipients are recorded."""
    recipients = list(message_recipients(page, audience))
    record = RegistrantMessage.objects.create(
        event=page.registration_event, audience=audience, subject=subject, body=message, sent_by=by
    )
    record.recipients.set(recipients)
    for registration in recipients:
        _send_on_commit(registration, "message", subject=subject, message=message)
    return record


def message_confirmed(page: EventPage, subject: str, message: str, by: User) -> int:
    """Send staff's message to every confirmed registrant; return how many will get it."""
    record = message_registrants(page, subject, message, RegistrantMessage.Audience.CONFIRMED, by)
    return record.recipients.count()


@transaction.atomic
def publish_event_changes(page: EventPage) -> str:
    """After a publish: tell registrants about a new time or place, or the cancellation.

    Compares the page with what registrants were last sent; a change of time
    or place raises the iCalendar SEQUENCE and sends an update, a cancellation
    sends METHOD:CANCEL. A larger capacity lets people in from the waiting
    list. Returns what was sent: "", "updated" or "cancelled".
    """
    event = _lock_event(page)
    state, created = EventCalendarState.objects.select_for_update().get_or_create(
        event=event, defaults=_calendar_values(page)
    )
    if created:
        return ""
    sent = ""
    changed = (state.start, state.end, state.venue_name, state.venue_address) != (
        page.start,
        page.end,
        page.venue_name,
        page.venue_address,
    )
    if page.is_cancelled and not state.is_cancelled:
        sent = "cancelled"
    elif changed and not page.is_cancelled:
        sent = "updated"
    if sent:
        state.sequence += 1
    for name, value in _calendar_values(page).items():
        setattr(state, name, value)
    state.save()
    if sent:
        for registration in Registration.objects.filter(
            event=event, status__in=(Status.CONFIRMED, Status.WAITING)
        ):
            _send_on_commit(registration, sent)
    event.capacity = page.capacity
    event.start = page.start
    event.is_cancelled = page.is_cancelled
    fill_free_seats(event)
    return sent


def _calendar_values(page: EventPage) -> dict[str, Any]:
    return {
        "start": page.start,
        "end": page.end,
        "venue_name": page.venue_name,
        "venue_address": page.venue_address,
        "is_cancelled": page.is_cancelled,
        "capacity": page.capacity,
    }


def evenings_keeping_registrations(pages: list[Page]) -> list[EventPage]:
    """The evenings among `pages` and below them that hold registrations.

    Deleting such an evening would destroy its registrants' answers with it:
    it is cancelled or unpublished instead.
    """
    evenings = EventPage.objects.none()
    for page in pages:
        evenings |= EventPage.objects.descendant_of(page, inclusive=True)
    keys = Registration.objects.filter(
        event__translation_key__in=evenings.values("translation_key")
    ).values("event__translation_key")
    return list(evenings.filter(translation_key__in=keys).order_by("path"))
