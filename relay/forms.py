"""The message form of the contact relay."""

from django import forms
from django.utils.translation import gettext_lazy as _

from relay.models import MAX_BODY_LENGTH


class RelayMessageForm(forms.Form):
    """What the sender writes; their name and address come from their account."""

    body = forms.CharField(
        label=_("Your message"),
        max_length=MAX_BODY_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Say who you are, the dates you need and any question you have."),
    )

    reasons = {
        "body": _(
            "Sent by e-mail to the contact, who answers you at your account's address. "
            "We keep a copy in your account for one year so that you can find it."
        ),
    }
