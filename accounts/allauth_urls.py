"""allauth's pages in the page's language: /fr/compte/inscription/, /en/account/signup/.

allauth declares its paths in English only. Its patterns are declared again
here, same views and names, with each path translated (the msgid is allauth's
own path), so `reverse("account_signup")` and allauth's own redirects give the
address in the active language. The English paths keep answering in French
too, by a redirect to the French address: links sent by e-mail before the
paths were translated (a confirmation, a password reset) still work.
"""

import allauth.urls
from django.urls import URLPattern, URLResolver
from django.urls.resolvers import RegexPattern, RoutePattern
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView

TRANSLATED_PATHS = {
    "login/": _("login/"),
    "logout/": _("logout/"),
    "inactive/": _("inactive/"),
    "signup/": _("signup/"),
    "reauthenticate/": _("reauthenticate/"),
    "email/": _("email/"),
    "confirm-email/": _("confirm-email/"),
    "password/change/": _("password/change/"),
    "password/set/": _("password/set/"),
    "password/reset/": _("password/reset/"),
    "password/reset/done/": _("password/reset/done/"),
    "password/reset/key/": _("password/reset/key/"),
    "password/reset/key/done/": _("password/reset/key/done/"),
    "login/code/": _("login/code/"),
    "login/code/confirm/": _("login/code/confirm/"),
    "2fa/": _("2fa/"),
    "authenticate/": _("authenticate/"),
    "trust/": _("trust/"),
    "totp/": _("totp/"),
    "activate/": _("activate/"),
    "deactivate/": _("deactivate/"),
    "recovery-codes/": _("recovery-codes/"),
    "generate/": _("generate/"),
    "download/": _("download/"),
}


def _translated_pattern(pattern):
    """The same pattern with its literal path translated (a regex keeps its groups)."""
    if isinstance(pattern, RoutePattern):
        route = TRANSLATED_PATHS.get(pattern._route, pattern._route)
        return RoutePattern(route, name=pattern.name, is_endpoint=pattern._is_endpoint)
    regex = pattern._regex
    literal, group, groups = regex.removeprefix("^").partition("(")
    if literal not in TRANSLATED_PATHS:
        return pattern
    return RegexPattern(
        format_lazy("^{}{}", TRANSLATED_PATHS[literal], group + groups),
        name=pattern.name,
        is_endpoint=pattern._is_endpoint,
    )


def translated(patterns) -> list[URLPattern | URLResolver]:
    """allauth's `patterns` at translated paths, same views and names."""
    result = []
    for entry in patterns:
        if isinstance(entry, URLResolver):
            result.append(
                URLResolver(
                    _translated_pattern(entry.pattern),
                    translated(entry.url_patterns),
                    entry.default_kwargs,
                    app_name=entry.app_name,
                    namespace=entry.namespace,
                )
            )
        else:
            result.append(
                URLPattern(
                    _translated_pattern(entry.pattern),
                    entry.callback,
                    entry.default_args,
                    entry.name,
                )
            )
    return result


def redirects_from_english_paths(patterns) -> list[URLPattern | URLResolver]:
    """allauth's English paths, each redirecting to its translated address (query kept).

    Unnamed, so that reversing a name never gives them.
    """
    result = []
    for entry in patterns:
        if isinstance(entry, URLResolver):
            result.append(
                URLResolver(entry.pattern, redirects_from_english_paths(entry.url_patterns))
            )
        elif entry.name:
            view = RedirectView.as_view(pattern_name=entry.name, permanent=True, query_string=True)
            result.append(URLPattern(_unnamed(entry.pattern), view))
    return result


def _unnamed(pattern):
    """The same path, under no name (a pattern's name is its route's)."""
    if isinstance(pattern, RoutePattern):
        return RoutePattern(pattern._route, is_endpoint=pattern._is_endpoint)
    return RegexPattern(pattern._regex, is_endpoint=pattern._is_endpoint)


# What follows a translated pattern only answers where the translation differs.
urlpatterns = translated(allauth.urls.urlpatterns) + redirects_from_english_paths(
    allauth.urls.urlpatterns
)
