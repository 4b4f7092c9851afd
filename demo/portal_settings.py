"""The site settings of the demo: the département's identity, contact, footer and partners."""

from wagtail.models import Page, Site

from core.models import Partner, PortalImage, PortalSettings
from demo.content import DemoContent


def ensure_portal_settings(
    site: Site, logo: PortalImage, footer: dict[str, Page], content: DemoContent
) -> bool:
    """Fill the settings of `site` unless someone has already set its département.

    `footer` maps "contact", "legal_notice", "accessibility" and "privacy" to
    their (French) pages; the footer shows each in the visitor's language.
    Returns whether the settings were filled.
    """
    portal, _ = PortalSettings.objects.get_or_create(site=site)
    if portal.departement_code:
        return False
    for name, value in content.portal_settings.items():
        setattr(portal, name, value)
    portal.logo = logo
    portal.contact_page = footer["contact"]
    portal.legal_notice_page = footer["legal_notice"]
    portal.accessibility_page = footer["accessibility"]
    portal.privacy_page = footer["privacy"]
    portal.partners = [
        Partner(name=partner.name, url=partner.url, sort_order=rank)
        for rank, partner in enumerate(content.partners)
    ]
    portal.full_clean()
    portal.save()
    return True
