"""The guide's open data, under the language prefix: /fr/donnees-ouvertes/aids.json…"""

from django.urls import path

from guide import opendata_views

app_name = "guide"
urlpatterns = [
    path("", opendata_views.open_data, name="open_data"),
    path("<slug:dataset>.json", opendata_views.dataset_json, name="dataset_json"),
    path("<slug:dataset>.csv", opendata_views.dataset_csv, name="dataset_csv"),
]
