"""A person's place at a welcome evening, and the log of what happened to it."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.models.fields import optional_link
from core.validators import validate_person_name


class Registration(models.Model):
    """One person registered for one event, confirmed, waiting, pending or cancelled.

    Status changes go through `events.services`, which takes a lock on the
    event and writes a `RegistrationLogEntry` for each of them.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("awaiting e-mail confirmation")
        CONFIRMED = "confirmed", _("confirmed")
        WAITING = "waiting", _("on the waiting list")
        CANCELLED = "cancelled", _("cancelled")
        EXPIRED = "expired", _("expired")

    # The statuses that stand in the way of a second registration.
    ACTIVE_STATUSES = (Status.PENDING, Status.CONFIRMED, Status.WAITING)

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="event_registrations",
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    email = models.EmailField(_("e-mail address"), blank=True)
    first_name = models.CharField(
        _("first name"), max_length=150, blank=True, validators=[validate_person_name]
    )
    last_name = models.CharField(
        _("last name"), max_length=150, blank=True, validators=[validate_person_name]
    )
    language = models.CharField(_("language"), max_length=5, default="fr")
    specialty = optional_link("core.Specialty", _("specialty"))
    faculty = optional_link("core.Faculty", _("faculty"))
    semester = models.PositiveSmallIntegerField(_("semester"), null=True, blank=True)
    dietary_needs = models.CharField(_("dietary needs"), max_length=300, blank=True)
    access_needs = models.CharField(_("access needs"), max_length=300, blank=True)
    free_answer = models.CharField(_("answer to the free question"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    waiting_since = models.DateTimeField(_("on the waiting list since"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("arrived at"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"],
                # Walk-ins let in at the door may have no address.
                condition=Q(status__in=["pending", "confirmed", "waiting"])
                & Q(anonymised_at__isnull=True)
                & ~Q(email=""),
                name="one_active_registration_per_person_per_event",
                violation_error_message=_("This person is already registered for this event."),
            ),
        ]
        indexes = [models.Index(fields=["event", "status"])]

    def __str__(self) -> str:
        return self.full_name or self.email or str(_("anonymised registrant"))

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def address_is_confirmed(self) -> bool:
        """Whether the e-mail address is known to be the registrant's.

        An account's address is confirmed at sign-up; a guest's once they follow
        the link of the confirmation e-mail (they then got a seat or a place in
        line); staff who add someone vouch for the address they typed.
        """
        return bool(self.user_id or self.confirmed_at or self.waiting_since)

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE_STATUSES

    def waiting_position(self) -> int | None:
        """The place on the waiting list, 1 for the next one in; None if not waiting."""
        if self.status != self.Status.WAITING:
            return None
        ahead = Registration.objects.filter(
            event_id=self.event_id, status=self.Status.WAITING
        ).filter(
            Q(waiting_since__lt=self.waiting_since)
            | Q(waiting_since=self.waiting_since, pk__lt=self.pk)
        )
        return ahead.count() + 1


class RegistrationLogEntry(models.Model):
    """A change of a registration's status: who or what made it, and when (as pretix logs)."""

    class Action(models.TextChoices):
        REGISTERED = "registered", _("registered on the site")
        ADDED_BY_STAFF = "added_by_staff", _("added by staff")
        WALK_IN = "walk_in", _("let in at the door without registration")
        CONFIRMED_EMAIL = "confirmed_email", _("confirmed their e-mail address")
        EXPIRED = "expired", _("never confirmed their e-mail address")
        CANCELLED = "cancelled", _("cancelled")
        PROMOTED = "promoted", _("took a seat freed on the waiting list")
        MOVED_BY_STAFF = "moved_by_staff", _("confirmed from the waiting list by staff")
        CHECKED_IN = "checked_in", _("checked in")
        CHECK_IN_UNDONE = "check_in_undone", _("check-in taken back")

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="log_entries"
    )
    from_status = models.CharField(max_length=12, blank=True)
    to_status = models.CharField(max_length=12)
    action = models.CharField(max_length=40, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("registration log entry")
        verbose_name_plural = _("registration log entries")
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.action}: {self.from_status or '-'} → {self.to_status}"

    # What a registrant does themselves; the other entries without an actor are automatic.
    BY_THE_REGISTRANT = (Action.REGISTERED, Action.CONFIRMED_EMAIL, Action.CANCELLED)

    @property
    def by(self) -> str:
        """Who made the change, for the staff's history: a member of staff, the person, the site."""
        if self.actor_id:
            name = self.actor.get_full_name().strip() or self.actor.email
            return str(_("by %(name)s")) % {"name": name}
        if self.action in self.BY_THE_REGISTRANT:
            return str(_("by the registrant"))
        return str(_("automatically"))
