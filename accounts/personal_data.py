"""The accounts' own personal data: the profile and the e-mail addresses, and which
addresses an account holder has proved are theirs (core.personal_data holds the register)."""

from typing import Any

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from core.personal_data import PersonalDataItem, PersonalDataSection


def _term(term) -> dict[str, str] | None:
    return {"slug": term.slug, "name": term.name} if term else None


def profile_items(user: User) -> list[PersonalDataItem]:
    """The profile as the dashboard shows it; empty fields say so."""
    not_given = _("Not given")
    language_names = dict(settings.LANGUAGES)
    return [
        PersonalDataItem(_("First name"), user.first_name or not_given),
        PersonalDataItem(_("Last name"), user.last_name or not_given),
        *(
            PersonalDataItem(label, term.name if term else not_given)
            for label, term in (
                (_("Profession"), user.profession),
                (_("Career stage"), user.career_stage),
                (_("Faculty"), user.faculty),
                (_("Specialty"), user.specialty),
            )
        ),
        PersonalDataItem(
            _("Language of e-mails"),
            language_names.get(user.preferred_language, not_given),
        ),
    ]


def profile_export(user: User) -> dict[str, Any]:
    return {
        "first_name": user.first_name,
        "last_name": user.last_name,
        **{name: _term(getattr(user, name)) for name in User.PROFILE_TERM_FIELDS},
        "preferred_language": user.preferred_language,
    }


def email_address_items(user: User) -> list[PersonalDataItem]:
    items = []
    for address in user.emailaddress_set.order_by("-primary", "email"):
        status = [_("verified") if address.verified else _("not verified")]
        if address.primary:
            status.append(_("primary"))
        items.append(PersonalDataItem(address.email, ", ".join(str(s) for s in status)))
    return items


def email_address_export(user: User) -> list[dict[str, Any]]:
    return [
        {"email": address.email, "verified": address.verified, "primary": address.primary}
        for address in user.emailaddress_set.order_by("-primary", "email")
    ]


PROFILE_SECTION = PersonalDataSection(
    key="profile",
    label=_("Profile"),
    items=profile_items,
    export=profile_export,
    manage_url_name="accounts:profile",
    order=0,
)
EMAIL_ADDRESSES_SECTION = PersonalDataSection(
    key="email_addresses",
    label=_("E-mail addresses"),
    items=email_address_items,
    export=email_address_export,
    manage_url_name="account_email",
    order=1,
)
