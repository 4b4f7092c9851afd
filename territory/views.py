"""The suggestions that the commune and place fields offer as a visitor types (suggest.js)."""

from django.http import JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from territory.lookup import suggestions

# Communes and places change a few times a year; an hour keeps a new one from
# waiting long, and spares a visitor who searches again the download.
SUGGESTIONS_MAX_AGE = 60 * 60


@require_GET
@cache_control(public=True, max_age=SUGGESTIONS_MAX_AGE)
def commune_suggestions(request) -> JsonResponse:
    return JsonResponse(suggestions(), safe=False)


@require_GET
@cache_control(public=True, max_age=SUGGESTIONS_MAX_AGE)
def place_suggestions(request) -> JsonResponse:
    return JsonResponse(suggestions(places=True), safe=False)
