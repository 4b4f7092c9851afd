"""The messages sent through the contact relay."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MAX_BODY_LENGTH = 3000


class RelayedMessage(models.Model):
    """A message a signed-in person wrote to the contact of a listed object.

    The recipient's address is never stored here: it is read from the target
    when the e-mail is sent, so it lives in one place only. The target's name
    and URL are kept so the sender's history survives the target's deletion.
    """

    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="relayed_messages",
        verbose_name=_("sender"),
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    target_label = models.CharField(_("about"), max_length=255)
    target_url = models.CharField(_("address of the page"), max_length=255, blank=True)
    body = models.TextField(_("message"), max_length=MAX_BODY_LENGTH)
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)

    class Meta:
        ordering = ["-sent_at"]
        verbose_name = _("relayed message")
        verbose_name_plural = _("relayed messages")
        # The rate limit counts a sender's recent messages.
        indexes = [models.Index(fields=["sender", "sent_at"], name="relay_sender_recent")]

    def __str__(self) -> str:
        return f"{self.target_label} ({self.sent_at:%Y-%m-%d %H:%M})"
