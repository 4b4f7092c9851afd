"""The signed links of the registration e-mails: /fr/inscriptions/…, /en/registrations/…"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from events import views

app_name = "events"

urlpatterns = [
    path(_("confirm/<str:token>/"), views.confirm, name="confirm"),
    path(_("cancel/<str:token>/"), views.cancel, name="cancel"),
]
