"""What a person can do with their own data: download it, erase it; and the retention purge."""

import datetime
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from accounts.models import User
from core.personal_data import registered_sections

# RGPD: an account whose address was never confirmed is useless to its owner;
# it is kept only long enough for the confirmation e-mail to be followed.
UNVERIFIED_ACCOUNT_RETENTION = datetime.timedelta(days=7)


def export_personal_data(user: User) -> dict[str, Any]:
    """Everything the portal holds about `user`, ready for `json.dumps`.

    The account fields that identify the person, then one entry per registered
    section (profile, e-mail addresses, and what other apps add). Never the
    password hash.
    """
    return {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email": user.email,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "sections": {section.key: section.export(user) for section in registered_sections()},
    }


@transaction.atomic
def delete_account(user: User) -> None:
    """Erase `user` and their personal data, leaving what they made for the site.

    Each section's `erase` runs first; deleting the user then cascades to their
    e-mail addresses and confirmations. Wagtail keeps the pages, revisions and
    log entries they authored (owner and revision author become null).
    """
    for section in registered_sections():
        if section.erase is not None:
            section.erase(user)
    user.delete()


def unverified_accounts_older_than(cutoff: datetime.datetime) -> QuerySet[User]:
    """Accounts created before `cutoff` that never confirmed an address nor logged in.

    Staff accounts, made in the admin, are never touched.
    """
    return (
        User.objects.filter(
            date_joined__lt=cutoff,
            last_login__isnull=True,
            is_staff=False,
            is_superuser=False,
            emailaddress__verified=False,
        )
        .exclude(emailaddress__verified=True)
        .distinct()
    )


def purge_unverified_accounts(now: datetime.datetime | None = None) -> int:
    """Delete the accounts left unverified past the retention period; return how many."""
    cutoff = (now or timezone.now()) - UNVERIFIED_ACCOUNT_RETENTION
    count = 0
    for user in unverified_accounts_older_than(cutoff):
        delete_account(user)
        count += 1
    return count
