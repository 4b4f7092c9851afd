"""The visitor's own space: /fr/compte/, /en/account/ (allauth adds its views beside)."""

from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
]
