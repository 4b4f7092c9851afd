"""The relayed messages in "my account": listed, exported; erased with the account (cascade)."""

from typing import Any

from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.models import User
from core.personal_data import PUBLIC_TASK, PersonalDataItem, PersonalDataSection, Processing
from relay.models import RelayedMessage
from relay.services import purge_old_messages, retention_days


def message_items(user: User) -> list[PersonalDataItem]:
    return [
        PersonalDataItem(message.target_label, date_format(message.sent_at, "DATETIME_FORMAT"))
        for message in RelayedMessage.objects.filter(sender=user)[:20]
    ]


def message_export(user: User) -> list[dict[str, Any]]:
    return [
        {
            "about": message.target_label,
            "page": message.target_url,
            "message": message.body,
            "sent_at": message.sent_at.isoformat(),
            "delivered_at": message.delivered_at.isoformat() if message.delivered_at else None,
        }
        for message in RelayedMessage.objects.filter(sender=user)
    ]


RELAYED_MESSAGES_SECTION = PersonalDataSection(
    key="relayed_messages",
    label=_("Messages sent through the site"),
    items=message_items,
    export=message_export,
    manage_url_name="relay:sent",
    order=40,
)


def relayed_message_retention() -> str:
    days = retention_days()
    return ngettext(
        "%(days)d day after the message is sent.",
        "%(days)d days after the message is sent.",
        days,
    ) % {"days": days}


RELAYED_MESSAGES_PROCESSING = Processing(
    key="relayed_messages",
    name=_("Messages sent through the site"),
    data=_("Your message, the listing or practitioner it was about, and when it was sent."),
    purpose=_(
        "To pass your message on to a landlord or a practitioner without showing you their "
        "address, and to limit abuse."
    ),
    legal_basis=PUBLIC_TASK,
    retention=relayed_message_retention,
    models=("relay.RelayedMessage",),
    purges=(purge_old_messages,),
    section=RELAYED_MESSAGES_SECTION.key,
    order=40,
)
