"""/fr/contact/<model>/<pk>/ and the sender's messages in the account."""

from django.db import models
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from relay import views
from relay.registry import target_key

app_name = "relay"

urlpatterns = [
    path(_("contact/<str:target_type>/<int:pk>/"), views.contact, name="contact"),
    path(_("account/messages/"), views.sent, name="sent"),
]


def contact_url(target: models.Model) -> str:
    """The contact form's URL for `target`, in the active language."""
    return reverse("relay:contact", args=[target_key(target), target.pk])
