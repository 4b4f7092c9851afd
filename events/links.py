"""Signed links in e-mails: confirm an address, cancel a registration, without signing in.

The token carries the registration's UUID and what the link is for, signed
with the site's secret (django.core.signing); a changed character or a link
past its age is refused.
"""

import datetime

from django.core import signing
from django.urls import reverse
from django.utils import translation

from events.models import Registration

SALT = "events.registration-link"
CONFIRM = "confirm"
CANCEL = "cancel"
MAX_AGE = {
    CONFIRM: datetime.timedelta(hours=24),
    # Long enough for any event announced a semester ahead.
    CANCEL: datetime.timedelta(days=366),
}
URL_NAMES = {CONFIRM: "events:confirm", CANCEL: "events:cancel"}


class InvalidLink(Exception):
    """The link was altered, is too old, or points to a registration that is gone."""

    def __init__(self, expired: bool = False):
        super().__init__()
        self.expired = expired


def make_token(registration: Registration, purpose: str) -> str:
    return signing.dumps({"r": str(registration.uuid), "p": purpose}, salt=SALT, compress=True)


def read_token(token: str, purpose: str) -> Registration:
    """The registration the token was made for; `InvalidLink` otherwise."""
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE[purpose])
    except signing.SignatureExpired as error:
        raise InvalidLink(expired=True) from error
    except signing.BadSignature as error:
        raise InvalidLink from error
    if not isinstance(data, dict) or data.get("p") != purpose:
        raise InvalidLink
    registration = Registration.objects.select_related("event").filter(uuid=data.get("r")).first()
    if registration is None or registration.anonymised_at is not None:
        raise InvalidLink
    return registration


def link_path(registration: Registration, purpose: str, language: str | None = None) -> str:
    """The path of the link, in the registrant's language unless told otherwise."""
    with translation.override(language or registration.language):
        return reverse(URL_NAMES[purpose], args=[make_token(registration, purpose)])
