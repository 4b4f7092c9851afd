from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RelayConfig(AppConfig):
    name = "relay"
    verbose_name = _("Contact relay")

    def ready(self):
        from core import personal_data
        from relay.personal_data import RELAYED_MESSAGES_PROCESSING, RELAYED_MESSAGES_SECTION

        personal_data.register(RELAYED_MESSAGES_SECTION)
        personal_data.register_processing(RELAYED_MESSAGES_PROCESSING)
