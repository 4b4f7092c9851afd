"""Which addresses an account holder has proved are theirs (allauth's verified addresses).

Asked by the relay (may this person write, where do replies go), by the pages that
show a detail to verified accounts only, and by the personal-data register (what a
guest left under a verified address belongs to the account holder).
"""

from allauth.account.models import EmailAddress

from accounts.models import User


def verified_emails(user: User) -> list[str]:
    """The addresses the account holder has proved are theirs.

    What a guest left under one of them (an event registration, a declaration
    of interest) is the account holder's too: exported and erased with the account.
    """
    return list(user.emailaddress_set.filter(verified=True).values_list("email", flat=True))


def verified_address(user: User) -> str | None:
    """The user's verified e-mail address (the primary one first), or None."""
    if not user.is_authenticated:
        return None
    return (
        EmailAddress.objects.filter(user=user, verified=True)
        .order_by("-primary", "pk")
        .values_list("email", flat=True)
        .first()
    )
