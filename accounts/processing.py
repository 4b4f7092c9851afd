"""The accounts' entry in the register of processing (see core.personal_data.Processing)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.services import UNVERIFIED_ACCOUNT_RETENTION, purge_unverified_accounts
from core.personal_data import PUBLIC_TASK, Processing


def account_retention() -> str:
    return ngettext(
        "Until you delete your account; an account whose address is never confirmed "
        "is deleted after %(days)d day.",
        "Until you delete your account; an account whose address is never confirmed "
        "is deleted after %(days)d days.",
        UNVERIFIED_ACCOUNT_RETENTION.days,
    ) % {"days": UNVERIFIED_ACCOUNT_RETENTION.days}


ACCOUNTS_PROCESSING = Processing(
    key="accounts",
    name=_("Accounts"),
    data=_(
        "E-mail address, password (stored hashed), and the optional profile: name, "
        "profession, career stage, faculty, specialty, language of e-mails."
    ),
    purpose=_(
        "To let you sign in, keep your registrations and saved searches, and show you "
        "the aids and evenings that concern you."
    ),
    legal_basis=PUBLIC_TASK,
    retention=account_retention,
    models=("accounts.User", "account.EmailAddress", "account.EmailConfirmation"),
    purges=(purge_unverified_accounts,),
    section="profile",
    order=0,
)
