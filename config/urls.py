"""URLs: the admin outside the language prefix, everything public inside it."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as accounts_views
from core import admin_access, site_colours
from core import views as core_views
from core.sitemaps import PortalSitemap, RoutesSitemap
from territory import views as territory_views

urlpatterns = [
    # The portal's sign-in replaces the admin's: it asks for the second factor
    # and is rate-limited (allauth), and staff and public share one account.
    path("admin/login/", core_views.admin_login, name="admin_login"),
    # The choosers and reports that Wagtail opens to all staff, kept to theirs.
    path("admin/", include(admin_access)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml",
        sitemap_view,
        {"sitemaps": {"pages": PortalSitemap, "routes": RoutesSitemap}},
        name="sitemap",
    ),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("healthz", core_views.health, name="health"),
    path("suggestions/", include("territory.urls")),
    path("site-colours.<slug:version>.css", site_colours.site_colours, name="site_colours"),
    path(
        "communes-<slug:code>.<slug:version>.geojson",
        territory_views.commune_outlines,
        name="commune_outlines",
    ),
]

urlpatterns += i18n_patterns(
    path(_("search/"), core_views.search, name="search"),
    path(
        _("register-of-processing/"),
        accounts_views.processing_register,
        name="processing_register",
    ),
    path("", include("relay.urls")),
    path(_("account/saved-searches/"), include("housing.urls")),
    path(_("account/"), include("accounts.urls")),
    path(_("account/"), include("accounts.allauth_urls")),
    path(_("registrations/"), include("events.urls")),
    path(_("open-data/"), include("guide.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
