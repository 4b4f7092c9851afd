"""Relayed messages go by e-mail in the recipient's language, replies going to the sender."""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import default_task_backend, task

from accounts.lookup import verified_address
from core.email import compose_email
from core.public_url import public_url
from core.validators import one_line
from relay.models import RelayedMessage

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 6


def build_email(message: RelayedMessage) -> EmailMultiAlternatives | None:
    """The e-mail carrying `message` to the target's contact, or None if nobody can get it."""
    target = message.target
    recipient = target.relay_recipient() if target is not None else None
    reply_to = verified_address(message.sender)
    if target is None or recipient is None or not recipient.email or reply_to is None:
        return None
    with translation.override(recipient.language or settings.LANGUAGE_CODE):
        context = {
            "message": message,
            "recipient": recipient,
            "sender_name": message.sender.get_full_name() or _("A student"),
            "target_url": public_url(target.get_absolute_url()),
        }
        return compose_email(
            _("A message about “%(target)s”") % {"target": one_line(message.target_label)},
            "relay/emails/message.txt",
            context,
            [recipient.email],
            links=[context["target_url"]],
            reply_to=[reply_to],
        )


def can_be_sent(message: RelayedMessage) -> bool:
    """Whether an e-mail can carry `message`: a recipient, a sender to reply to, valid headers.

    Checked before the message is stored, so that a sender is never told that a
    message went when no e-mail could carry it, nor charged for it in the limit.
    """
    email = build_email(message)
    if email is None:
        return False
    try:
        email.message()
    except ValueError:  # BadHeaderError, or an address Django cannot write in a header
        logger.exception("No e-mail can carry a message about %s", message.target_label)
        return False
    return True


@task()
def deliver_message(message_id: int, attempt: int = 1) -> str:
    """Send one relayed message; on an SMTP or network failure, try again later."""
    message = RelayedMessage.objects.select_related("sender").filter(pk=message_id).first()
    if message is None or message.delivered_at is not None:
        return "skipped"
    email = build_email(message)
    if email is None:
        return "skipped"
    try:
        email.send()
    except (smtplib.SMTPException, OSError):
        if attempt >= MAX_ATTEMPTS:
            logger.exception("Giving up relayed message %s", message_id)
            raise
        retry = deliver_message
        if default_task_backend.supports_defer:
            delay = datetime.timedelta(minutes=4 ** (attempt - 1))
            retry = retry.using(run_after=timezone.now() + delay)
        retry.enqueue(message_id, attempt + 1)
        return "retry scheduled"
    RelayedMessage.objects.filter(pk=message_id).update(delivered_at=timezone.now())
    return "sent"
