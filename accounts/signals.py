"""Failed sign-ins are logged with the client's address, for the security team.

The address comes from allauth's adapter, which honours the trusted proxy
settings (ALLAUTH_TRUSTED_PROXY_COUNT or ALLAUTH_TRUSTED_CLIENT_IP_HEADER), so a
client cannot forge it with its own X-Forwarded-For. The account tried is
logged as a short hash: attacks on one account can be followed without the
logs holding e-mail addresses.
"""

import hashlib
import logging

from allauth.account.adapter import get_adapter
from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver

logger = logging.getLogger("portal.security")


def account_fingerprint(identifier: str) -> str:
    return hashlib.sha256(identifier.strip().casefold().encode()).hexdigest()[:12]


@receiver(user_login_failed)
def log_failed_sign_in(sender, credentials, request=None, **kwargs):
    identifier = credentials.get("email") or credentials.get("username") or ""
    client_ip = get_adapter().get_client_ip(request) if request is not None else "unknown"
    logger.warning(
        "Failed sign-in for account %s from %s on %s",
        account_fingerprint(identifier),
        client_ip,
        request.path if request is not None else "-",
    )
