"""The addresses below the guide's page, and the views that answer them.

Paths are translated: the English guide reads /en/aids/which-aids-for-me/ and the
French /fr/aides/quelles-aides-pour-moi/.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from core.subpages import redirect_to
from guide import views

GUIDE_INDEX_PAGE = [
    path("", views.aid_list, name="index_route"),
    path(_("which-aids-for-me/"), views.finder, name="finder"),
    path(_("which-aids-for-me/email/"), views.finder_email, name="finder_email"),
    path(_("print/"), views.printable_guide, name="print"),
    path("pdf/", views.guide_pdf, name="pdf"),
    path(_("communes/"), views.commune_list, name="communes"),
    # Below the page, but not as "communes/<slug>/": no commune may be shadowed.
    path(_("zoning-map/"), views.commune_map, name="communes_map"),
    path("zonage-map/", redirect_to("communes_map"), name="communes_map_former_path"),
    path(_("communes/<slug:slug>/"), views.commune_detail, name="commune"),
    path(_("places-to-practise/"), views.place_list, name="places"),
]
