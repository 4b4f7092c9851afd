"""Language-neutral: commune and place names are the same in French and in English."""

from django.urls import path

from territory import views

app_name = "territory"

urlpatterns = [
    path("communes.json", views.commune_suggestions, name="commune_suggestions"),
    path("places.json", views.place_suggestions, name="place_suggestions"),
]
