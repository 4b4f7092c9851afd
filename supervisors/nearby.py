"""Supervisors shown on the guide's commune pages: those who host nearest the commune."""

from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from guide.nearby import NearbyItem, NearbySection
from supervisors.models import Supervisor, SupervisorIndexPage
from territory.geo import Point, within_radius
from territory.models import Commune

RADIUS_KM = 20
LIMIT = 5


def supervisors_near(commune: Commune, request) -> NearbySection | None:
    """Up to five listed supervisors within 20 km, nearest first, and a link to the directory."""
    directory = SupervisorIndexPage.for_active_language()
    if directory is None:
        return None
    supervisors = within_radius(
        Supervisor.objects.listed().select_related("specialty", "commune"),
        Point(commune.latitude, commune.longitude),
        RADIUS_KM,
        prefix=Supervisor.PUBLIC,
    ).order_by("distance_km", "pk")[:LIMIT]
    return NearbySection(
        title=gettext_lazy("Internship supervisors nearby"),
        items=[
            NearbyItem(
                label=supervisor.display_name,
                url=directory.supervisor_url(supervisor),
                detail=_("%(specialty)s, %(commune)s, %(distance)s km")
                % {
                    "specialty": supervisor.specialty.name if supervisor.specialty else "",
                    "commune": supervisor.commune.name if supervisor.commune else "",
                    "distance": round(supervisor.distance_km),
                },
            )
            for supervisor in supervisors
        ],
        more_url=f"{directory.url}?" + urlencode({"commune": commune.slug, "radius": RADIUS_KM}),
        more_label=gettext_lazy("All supervisors within 20 km"),
        empty_text=gettext_lazy("No supervisor is listed within 20 km at the moment."),
    )
