from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from accounts import personal_data, signals  # noqa: F401  (connects the receivers)
        from accounts.processing import ACCOUNTS_PROCESSING

        personal_data.register(personal_data.PROFILE_SECTION)
        personal_data.register(personal_data.EMAIL_ADDRESSES_SECTION)
        personal_data.register_processing(ACCOUNTS_PROCESSING)
