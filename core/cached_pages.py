"""What core shows on every cached page, told to the page cache (see CoreConfig.ready)."""

from django.db.models import Q
from wagtail.models import Page

from core.models import PortalSettings

FOOTER_PAGES = ("contact_page", "legal_notice_page", "accessibility_page", "privacy_page")


def is_footer_page(page: Page) -> bool:
    """Whether the footer links to `page`, in any of its languages: every page shows it.

    One query, asked on every publication of a page below the sections.
    """
    chosen = Q()
    for field in FOOTER_PAGES:
        chosen |= Q(pk__in=PortalSettings.objects.values(field))
    return Page.objects.filter(chosen, translation_key=page.translation_key).exists()
