"""How allauth talks to the portal."""

from allauth.account.adapter import DefaultAccountAdapter
from django.utils import translation

from core.i18n import active_language
from core.public_url import on_public_site

# The links allauth puts in its e-mails, built from the request's Host header
# (allauth.utils.build_absolute_uri): each is moved onto the public URL.
EMAIL_LINKS = ("activate_url", "password_reset_url", "signup_url")


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
            super().send_mail(template_prefix, email, {**context, **links})
