from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from accounts import signals  # noqa: F401  (connects the receivers)
        from accounts.personal_data import EMAIL_ADDRESSES_SECTION, PROFILE_SECTION
        from accounts.processing import ACCOUNTS_PROCESSING
        from core.personal_data import register, register_processing

        register(PROFILE_SECTION)
        register(EMAIL_ADDRESSES_SECTION)
        register_processing(ACCOUNTS_PROCESSING)
