"""The relayed messages in "my account": listed, exported; erased with the account (cascade)."""

from typing import Any

from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.personal_data import PersonalDataItem, PersonalDataSection
from relay.models import RelayedMessage


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
