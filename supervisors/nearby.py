"""Supervisors shown on the guide's commune pages: those who host nearest the commune."""

from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from guide.nearby import NearbyItem, NearbySection, nearest, radius_km
from supervisors.models import Supervisor, SupervisorIndexPage
from territory.models import Commune


def supervisors_near(commune: Commune, request) -> NearbySection | None:
    """The listed supervisors nearest the commune, and a link to the directory."""
    directory = SupervisorIndexPage.for_active_language()
    if directory is None:
        return None
    radius = radius_km("supervisors")
    supervisors = nearest(
        Supervisor.objects.listed().select_related("specialty", "commune"),
        commune,
        radius,
        prefix=Supervisor.PUBLIC,
    )
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
        more_url=f"{directory.url}?" + urlencode({"commune": commune.slug, "radius": radius}),
        more_label=_("All supervisors within %(radius)s km") % {"radius": radius},
        empty_text=_("No supervisor is listed within %(radius)s km at the moment.")
        % {"radius": radius},
    )
