"""The addresses below the registry's page and the views that answer them (core.subpages)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from housing import views

# In the order the page's decorated methods gave them: a listing's short address
# (its id alone) came before its canonical one (id and slug).
HOUSING_INDEX_PAGE = [
    path("", views.search, name="search"),
    path("<int:pk>/", views.listing, name="listing_short"),
    path("<int:pk>-<slug:slug>/", views.listing, name="listing"),
    path(_("saved-search/"), views.save_search_view, name="save_search"),
]
