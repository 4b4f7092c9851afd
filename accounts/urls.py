"""The visitor's own space: /fr/compte/, /en/account/ (allauth adds its views beside)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path(_("profile/"), views.profile, name="profile"),
    path(_("my-data/"), views.export, name="export"),
    path(_("delete/"), views.delete, name="delete"),
]
