"""What staff wrote to an evening's registrants, and to whom: the record of each message."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class RegistrantMessage(models.Model):
    """One message sent from the admin to the confirmed registrants, the waiting list, or both."""

    class Audience(models.TextChoices):
        CONFIRMED = "confirmed", _("confirmed registrants")
        WAITING = "waiting", _("the waiting list")
        BOTH = "both", _("confirmed registrants and the waiting list")

    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrant_messages",
    )
    audience = models.CharField(_("sent to"), max_length=12, choices=Audience.choices)
    subject = models.CharField(_("subject"), max_length=150)
    body = models.TextField(_("message"), max_length=5000)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    recipients = models.ManyToManyField(
        "events.Registration",
        verbose_name=_("recipients"),
        related_name="messages_received",
        blank=True,
    )

    class Meta:
        verbose_name = _("message to registrants")
        verbose_name_plural = _("messages to registrants")
        ordering = ["-sent_at", "-pk"]

    def __str__(self) -> str:
        return self.subject
