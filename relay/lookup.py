"""Finding the sender's side of the relay: the address a recipient's reply goes to.

Read by the services (may this person send?), the tasks (the e-mail's
Reply-To) and the pages that show the relay's form or a verified-only detail.
"""

from allauth.account.models import EmailAddress

from accounts.models import User


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
