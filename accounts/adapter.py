"""How allauth talks to the portal."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.utils import translation

from core.email import attach_html
from core.i18n import active_language
from core.models import PortalSettings
from core.public_url import on_public_site, public_url

# The links allauth puts in its e-mails, built from the request's Host header
# (allauth.utils.build_absolute_uri): each is moved onto the public URL.
EMAIL_LINKS = ("activate_url", "password_reset_url", "signup_url")


def portal_identity() -> dict[str, str]:
    """Who writes the account e-mails: the portal and its Département, not a host name."""
    request = allauth_context.request
    if request is not None:
        portal = PortalSettings.for_request(request)
    else:
        portal = PortalSettings.for_default_site()
    return {
        "departement_name": portal.departement_name,
        "portal_name": portal.portal_name,
        "portal_url": public_url("/"),
    }


class AccountAdapter(DefaultAccountAdapter):
    """Remembers the sign-up language and writes every e-mail in the person's language."""

    def save_user(self, request, user, form, commit=True):
        user.preferred_language = active_language()
        return super().save_user(request, user, form, commit)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        user = context.get("user")
        language = getattr(user, "preferred_language", "") or active_language()
        links = {key: on_public_site(context[key]) for key in EMAIL_LINKS if context.get(key)}
        with translation.override(language):
            super().send_mail(template_prefix, email, {**context, **links, **portal_identity()})

    def render_mail(self, template_prefix, email, context, headers=None):
        """allauth's plain-text e-mail, with the HTML part the portal's other e-mails have."""
        message = super().render_mail(template_prefix, email, context, headers)
        # Only the portal's own links become links (core.email).
        return attach_html(message, [context[key] for key in EMAIL_LINKS if context.get(key)])
