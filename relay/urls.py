"""/fr/contact/logement/<pk>/, /en/contact/housing/<pk>/ and the sender's messages."""

from django.db import models
from django.urls import path, register_converter, reverse
from django.utils.translation import gettext_lazy as _

from relay import views
from relay.registry import key_for_url_word, target_key, url_word


class ContactTargetConverter:
    """A registered model in a contact URL, named by a word in the page's language."""

    regex = r"[-\w.]+"

    def to_python(self, value: str) -> str:
        try:
            return key_for_url_word(value)
        except LookupError as unknown:
            raise ValueError(value) from unknown

    def to_url(self, key: str) -> str:
        return url_word(key)


register_converter(ContactTargetConverter, "contact_target")

app_name = "relay"

urlpatterns = [
    path(_("contact/<contact_target:target_type>/<int:pk>/"), views.contact, name="contact"),
    path(_("account/messages/"), views.sent, name="sent"),
]


def contact_url(target: models.Model) -> str:
    """The contact form's URL for `target`, in the active language."""
    return reverse("relay:contact", args=[target_key(target), target.pk])
