"""Headers Django does not send by itself."""

from django.conf import settings


class PermissionsPolicyMiddleware:
    """Turns off the browser features the portal never uses (camera, microphone…).

    A script injected through a flaw could not reach them either.
    https://developer.mozilla.org/docs/Web/HTTP/Headers/Permissions-Policy
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = ", ".join(f"{feature}=()" for feature in settings.PERMISSIONS_POLICY_DISABLED)

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.policy)
        return response
