"""The suggestions that the commune and place fields offer as a visitor types (suggest.js),
and the communes' outlines that the zonage maps draw (map.js)."""

from django.http import Http404, HttpResponse, JsonResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from core.site_colours import ONE_YEAR, STALE_VERSION_MAX_AGE
from territory.boundaries import departement_outlines, departements_with_outlines
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


@require_GET
def commune_outlines(request, code: str, version: str) -> HttpResponse:
    """A département's communes as GeoJSON (territory.boundaries): kept a year under its
    current version; an outdated version (from a page cached elsewhere) gets today's
    outlines, kept for a minute only."""
    code = code.upper()
    if code not in departements_with_outlines():
        raise Http404
    outlines = departement_outlines(request, code)
    response = HttpResponse(outlines.body, content_type="application/geo+json")
    if version == outlines.version:
        patch_cache_control(response, public=True, max_age=ONE_YEAR, immutable=True)
    else:
        patch_cache_control(response, public=True, max_age=STALE_VERSION_MAX_AGE)
    return response
