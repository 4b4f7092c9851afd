"""How allauth talks to the portal."""

from allauth.account.adapter import DefaultAccountAdapter
from django.utils import translation

from core.i18n import active_language


class AccountAdapter(DefaultAccountAdapter):
    """Remembers the sign-up language and writes every e-mail in the person's language."""

    def save_user(self, request, user, form, commit=True):
        user.preferred_language = active_language()
        return super().save_user(request, user, form, commit)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        user = context.get("user")
        language = getattr(user, "preferred_language", "") or active_language()
        with translation.override(language):
            super().send_mail(template_prefix, email, context)
