"""What core shows on every cached page, told to the page cache (see CoreConfig.ready)."""

from wagtail.models import Page

from core.models import PortalSettings


def is_footer_page(page: Page) -> bool:
    """Whether the footer links to `page`, in any of its languages: every page shows it."""
    footer_ids = PortalSettings.objects.values_list(
        "contact_page", "legal_notice_page", "accessibility_page", "privacy_page"
    )
    chosen = {pk for row in footer_ids for pk in row if pk}
    return Page.objects.filter(pk__in=chosen, translation_key=page.translation_key).exists()
