from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Portal")

    def ready(self):
        from django.contrib.postgres.lookups import Unaccent
        from django.db.backends.signals import connection_created
        from django.db.models import CharField, TextField

        from core import personal_data, search_text, signals, view_restrictions
        from core.cached_pages import is_footer_page
        from core.models import CareerStage, Faculty, PortalSettings, Profession, Specialty
        from core.processing import IMPORTS_PROCESSING, TASKS_PROCESSING
        from core.translation_facts import lock_facts_in_translation_editor
        from pagecache import invalidation

        personal_data.register_processing(IMPORTS_PROCESSING)
        personal_data.register_processing(TASKS_PROCESSING)
        view_restrictions.connect_signals()
        signals.connect_signals()
        lock_facts_in_translation_editor()
        # The settings and the lists label and filter every section (aids, supervisors,
        # home), and the footer's pages are linked from every page.
        invalidation.register_site_wide(PortalSettings, Profession, CareerStage, Faculty, Specialty)
        invalidation.register_shown_on_every_page(is_footer_page)
        signals.records_saved_in_bulk.connect(
            invalidation.objects_saved_in_bulk, dispatch_uid="page_cache_bulk"
        )
        # `field__unaccent__icontains`, on PostgreSQL and on SQLite (core.search_text).
        connection_created.connect(search_text.register_unaccent)
        CharField.register_lookup(Unaccent)
        TextField.register_lookup(Unaccent)
