"""`build_demo(code)`: a département's demo, built step by step where it is missing.

Every step creates what does not exist yet and leaves alone what does, so a
second run changes nothing and an editor's changes survive `make run`.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from demo.content import DEFAULT_DEPARTEMENT, demo_content
from demo.guide import ensure_guide
from demo.housing import ensure_housing
from demo.living import ensure_commune_life
from demo.logo import ensure_logo
from demo.pages import ensure_home_page, ensure_page
from demo.people import DEMO_PASSWORD, PEOPLE
from demo.photos import ensure_room_pictures
from demo.portal_settings import ensure_portal_settings
from demo.registrations import ensure_demo_registrations
from demo.specs import PageSpec
from demo.supervisors import ensure_supervisor_demo
from demo.terms import ensure_demo_terms
from demo.territory import ensure_territory
from demo.translation import translate_page
from demo.users import ensure_users, grant_event_pages

FOOTER_PAGES = {
    "contact": "contact",
    "legal_notice": "legal-notice",
    "accessibility": "accessibility",
    "privacy": "privacy",
}


@dataclass(frozen=True)
class DemoLogin:
    """An account to try the admin with."""

    role: str
    email: str
    password: str


@dataclass
class DemoResult:
    """What a run created, and the accounts to log in with."""

    created: Counter[str] = field(default_factory=Counter)
    logins: list[DemoLogin] = field(default_factory=list)


@transaction.atomic
def build_demo(code: str = DEFAULT_DEPARTEMENT) -> DemoResult:
    """Build département `code`'s demo: pages in French and English, lists, settings, logo
    and accounts."""
    content = demo_content(code)
    result = DemoResult()
    # Every date of the demo is placed from the day it is loaded, so that it
    # always has a past evening, one open for registration and a next semester.
    today = timezone.localdate()
    tree = content.home(today)
    french = Locale.objects.get_or_create(language_code="fr")[0]
    english = Locale.objects.get_or_create(language_code="en")[0]

    result.created["terms"] = ensure_demo_terms()
    result.created["territory"] = ensure_territory(content)
    pages = build_page_tree(tree, french, result.created, content.site_name)
    translations = translate_tree(tree, pages, english, result.created)
    result.created["guide"] = ensure_guide(
        pages["guide"], english, content.funders, content.referents, content.aids
    )
    result.created.update(
        ensure_supervisor_demo(
            pages["supervisors"],
            translations["supervisors"],
            content.supervisors,
            content.leads,
            content.become_supervisor,
        )
    )
    result.created["commune texts"] = ensure_commune_life(content.commune_life)

    logo, created = ensure_logo(content.logo, content.portal_settings["primary_colour"])
    result.created["images"] += created
    site = Site.objects.get(is_default_site=True)
    footer = {name: pages[key] for name, key in FOOTER_PAGES.items()}
    result.created["settings"] += ensure_portal_settings(site, logo, footer, content)

    result.created["users"] = ensure_users()
    pictures, created = ensure_room_pictures()
    result.created["images"] += created
    result.created["housing listings"] = ensure_housing(today, pictures, content.listings)
    grant_event_pages([pages["events"], translations["events"]])
    result.created["registrations"] = ensure_demo_registrations(pages["next-evening"])
    result.logins = [DemoLogin(p.role, p.email, DEMO_PASSWORD) for p in PEOPLE]
    return result


def build_page_tree(
    tree: PageSpec, locale: Locale, created: Counter, site_name: str
) -> dict[str, Page]:
    """The French pages of the demo by key, parents created before their children."""
    home, home_created = ensure_home_page(tree, locale, site_name)
    created["pages"] += home_created
    pages = {tree.key: home}

    def add_children(parent: Page, spec: PageSpec) -> None:
        for child in spec.children:
            page, page_created = ensure_page(parent, child, locale)
            created["pages"] += page_created
            pages[child.key] = page
            add_children(page, child)

    add_children(home, tree)
    return pages


def translate_tree(
    tree: PageSpec, pages: dict[str, Page], locale: Locale, created: Counter
) -> dict[str, Page]:
    """The translation of each French page into `locale`, made where it is missing."""
    translations = {}
    for spec in tree.walk():
        page = pages[spec.key]
        translation = page.get_translation_or_none(locale)
        if translation is None:
            translation = translate_page(page, spec, locale)
            created["translations"] += 1
        translations[spec.key] = translation
    return translations
