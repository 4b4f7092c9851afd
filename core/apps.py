from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Portal")

    def ready(self):
        from django.contrib.postgres.lookups import Unaccent
        from django.db.backends.signals import connection_created
        from django.db.models import CharField, TextField
        from wagtail.models import PageViewRestriction, Site

        from accounts import personal_data
        from core import search_text, signals, view_restrictions
        from core.models import CareerStage, Faculty, PortalSettings, Profession, Specialty
        from core.personal_data import IMPORTS_PROCESSING, TASKS_PROCESSING
        from core.translation_facts import lock_facts_in_translation_editor
        from pagecache import invalidation

        personal_data.register_processing(IMPORTS_PROCESSING)
        personal_data.register_processing(TASKS_PROCESSING)
        invalidation.connect_page_signals()
        # A site's host or root decides every route (pagecache.routing) and every URL;
        # the lists label and filter every section (aids, supervisors, home).
        invalidation.register_site_wide(
            PortalSettings, Site, Profession, CareerStage, Faculty, Specialty
        )
        # A page put behind a password or a login leaves the cache at once.
        invalidation.register(PageViewRestriction, invalidation.restricted_pages)
        view_restrictions.connect_signals()
        signals.connect_signals()
        lock_facts_in_translation_editor()
        # `field__unaccent__icontains`, on PostgreSQL and on SQLite (core.search_text).
        connection_created.connect(search_text.register_unaccent)
        CharField.register_lookup(Unaccent)
        TextField.register_lookup(Unaccent)
