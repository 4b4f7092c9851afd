from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HousingConfig(AppConfig):
    name = "housing"
    verbose_name = _("Housing registry")

    def ready(self):
        from accounts import personal_data
        from guide.nearby import register_nearby
        from housing.models import HousingListing
        from housing.nearby import housing_near
        from housing.personal_data import SAVED_SEARCHES_SECTION
        from relay.registry import register

        register(HousingListing)
        personal_data.register(SAVED_SEARCHES_SECTION)
        register_nearby("housing", housing_near, order=10)
