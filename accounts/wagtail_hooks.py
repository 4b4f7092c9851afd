"""Staff reach their two-factor settings (allauth.mfa) from the admin's account page."""

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks


@hooks.register("register_account_menu_item")
def two_factor_settings(request):
    on = is_mfa_enabled(request.user, [Authenticator.Type.TOTP])
    return {
        "url": reverse("mfa_index"),
        "label": _("Two-factor authentication"),
        "help_text": _("On: a code from your authenticator app is asked at each sign-in.")
        if on
        else _("Off: turn it on so that a stolen password is not enough to open the admin."),
    }
