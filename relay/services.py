"""Sending a message through the relay: who may, how often, and the e-mail that follows."""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.lookup import verified_address
from accounts.models import User
from core.validators import one_line
from relay.models import MAX_BODY_LENGTH, RelayedMessage
from relay.registry import is_contactable
from relay.tasks import can_be_sent, deliver_message


class RelayRefused(Exception):
    """The message was not sent; `reason` tells the sender why, in their language."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def max_per_hour() -> int:
    return getattr(settings, "RELAY_MAX_PER_HOUR", 5)


def max_per_day() -> int:
    return getattr(settings, "RELAY_MAX_PER_DAY", 20)


def check_rate_limit(sender: User, now: datetime.datetime) -> None:
    """Raise RelayRefused when the sender has sent too much in the last hour or day.

    Counted in the database, so the limit holds across workers and restarts.
    """
    recent = RelayedMessage.objects.filter(
        sender=sender, sent_at__gt=now - datetime.timedelta(days=1)
    )
    counts = recent.aggregate(
        day=models.Count("pk"),
        hour=models.Count("pk", filter=models.Q(sent_at__gt=now - datetime.timedelta(hours=1))),
    )
    if counts["hour"] >= max_per_hour():
        raise RelayRefused(
            _(
                "You have sent %(count)s messages in the last hour. "
                "Please wait a little and try again."
            )
            % {"count": counts["hour"]}
        )
    if counts["day"] >= max_per_day():
        raise RelayRefused(
            _(
                "You have sent %(count)s messages today, the most we allow. "
                "Please try again tomorrow."
            )
            % {"count": counts["day"]}
        )


@transaction.atomic
def send_relayed_message(sender: User, target: models.Model, body: str) -> RelayedMessage:
    """Store the sender's message to the target's contact and send it by e-mail once committed.

    Raises RelayRefused when the sender has no verified address, the target
    takes no message, the message is empty or too long, the rate limit is
    reached, or no e-mail can carry the message (nothing is stored then).
    """
    body = body.strip()
    if not body:
        raise RelayRefused(_("Write your message before sending it."))
    if len(body) > MAX_BODY_LENGTH:
        raise RelayRefused(
            _("Your message is too long: %(max)s characters at most.") % {"max": MAX_BODY_LENGTH}
        )
    if verified_address(sender) is None:
        raise RelayRefused(
            _("Confirm your e-mail address first: the recipient will answer you there.")
        )
    if not is_contactable(target):
        raise RelayRefused(_("This contact no longer takes messages."))
    # Lock the sender's row so two messages sent at once cannot both pass the limit.
    User.objects.select_for_update().filter(pk=sender.pk).first()
    now = timezone.now()
    check_rate_limit(sender, now)
    message = RelayedMessage.objects.create(
        sender=sender,
        content_type=ContentType.objects.get_for_model(target),
        object_id=target.pk,
        target_label=one_line(str(target))[:255],
        # Registered targets follow the relay's protocol (relay/__init__.py).
        target_url=target.get_absolute_url()[:255],  # type: ignore[attr-defined]
        body=body,
        sent_at=now,
    )
    if not can_be_sent(message):
        # Raising rolls the message back: it does not count against the limit.
        raise RelayRefused(
            _(
                "Your message could not be sent to this contact. Please try again later, or "
                "tell us using the contact details at the bottom of the page."
            )
        )
    transaction.on_commit(lambda: deliver_message.enqueue(message.pk))
    return message


def retention_days() -> int:
    return getattr(settings, "RELAY_RETENTION_DAYS", 365)


@transaction.atomic
def purge_old_messages(now: datetime.datetime | None = None) -> int:
    """Delete the messages older than the retention period (RGPD); return how many went."""
    limit = (now or timezone.now()) - datetime.timedelta(days=retention_days())
    deleted, _by_model = RelayedMessage.objects.filter(sent_at__lt=limit).delete()
    return deleted
