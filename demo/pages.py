"""The French page tree of the demo, created where it is missing and never overwritten."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page, Site

from core.public_url import public_site_address
from demo.specs import DemoContentError, PageSpec


def ensure_home_page(spec: PageSpec, locale: Locale, site_name: str) -> tuple[Page, bool]:
    """The home page of the default site, created in place of Wagtail's welcome page.

    The site answers at the public URL (PUBLIC_BASE_URL, which `make run` sets to
    where it serves), so that Wagtail's own links agree with the portal's.
    """
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    hostname, port = public_site_address()
    if site is not None and isinstance(site.root_page.specific, spec.model):
        if (site.hostname, site.port) != (hostname, port):
            site.hostname, site.port = hostname, port
            site.save()
        return site.root_page.specific, False
    home, created = ensure_page(Page.get_first_root_node(), spec, locale)
    if site is None:
        site = Site(is_default_site=True)
    site.hostname, site.port = hostname, port
    site.root_page = home
    site.site_name = site.site_name or site_name
    site.save()
    remove_welcome_pages()
    return home, created


def ensure_page(parent: Page, spec: PageSpec, locale: Locale) -> tuple[Page, bool]:
    """The child of `parent` at the spec's French slug, published if it has to be created."""
    existing = parent.get_children().filter(slug=spec.slug.fr, locale=locale).first()
    if existing is not None:
        page = existing.specific
        if not isinstance(page, spec.model):
            raise DemoContentError(
                f"{page.url_path} is a {type(page).__name__}, not a {spec.model.__name__}."
            )
        return page, False
    page = spec.build("fr")
    page.locale = locale
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def remove_welcome_pages() -> None:
    """Delete the "Welcome to your new Wagtail site!" page that Wagtail's migrations create.

    It is a plain `Page` at the top of the tree; a page that is still the root
    of a site is left alone.
    """
    plain_page = ContentType.objects.get_for_model(Page)
    for page in Page.objects.filter(depth=2, content_type=plain_page).exclude(
        sites_rooted_here__isnull=False
    ):
        page.delete()
