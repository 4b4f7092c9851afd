"""Staff enter the admin only with a second factor.

An account that can publish in the département's name must not fall to a
leaked password: anyone who may enter /admin/ is sent to set up an
authenticator app (TOTP, with recovery codes) before the admin opens.
The admin's own login page is replaced by the portal's (config/urls.py), so
the second factor is asked at every sign-in.
"""

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _


class StaffTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.must_set_up_second_factor(request):
            messages.warning(
                request,
                _(
                    "The administration holds personal data and publishes in the "
                    "département's name: set up an authenticator app to enter it."
                ),
            )
            setup_url = reverse("mfa_activate_totp")
            return redirect(f"{setup_url}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    @staticmethod
    def must_set_up_second_factor(request) -> bool:
        if not settings.STAFF_TWO_FACTOR_REQUIRED:
            return False
        admin_home = reverse("wagtailadmin_home")
        if not request.path.startswith(admin_home):
            return False
        if request.path == reverse("wagtailadmin_logout"):
            return False
        user = request.user
        return (
            user.is_authenticated
            and user.has_perm("wagtailadmin.access_admin")
            and not is_mfa_enabled(user, [Authenticator.Type.TOTP])
        )
