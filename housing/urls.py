"""The saved searches in the account: /fr/compte/recherches-enregistrees/…"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from housing import views

app_name = "housing"

urlpatterns = [
    path("", views.saved_searches, name="saved_searches"),
    path(_("<int:pk>/delete/"), views.delete_saved_search, name="delete_saved_search"),
    path(_("unsubscribe/<str:token>/"), views.unsubscribe, name="unsubscribe"),
]
