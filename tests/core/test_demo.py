"""`load_demo` builds the default (Seine-et-Marne) demo in French and English, once."""

import datetime
import re
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
import time_machine
from allauth.account.models import EmailAddress
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from wagtail.models import GroupPagePermission, Locale, Page, Revision, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from accounts.models import User
from core.colours import contrast_ratio
from core.models import (
    CareerStage,
    Faculty,
    Partner,
    PortalImage,
    PortalSettings,
    Profession,
    Specialty,
)
from demo.content import DEFAULT_DEPARTEMENT
from demo.content.d77.guide import AIDS
from demo.content.d77.home import home_spec
from demo.content.d77.territory import COMMUNES
from demo.logo import SIZE
from demo.people import CDOM_STAFF, DEMO_PASSWORD, EVENT_MANAGER, PEOPLE
from events.models import EventPage
from home.models import HomePage
from territory.models import Commune
from tests.core.departement_traces import served_pages, traces_found, traces_of

pytestmark = pytest.mark.django_db

# The day the demo is loaded in this module: the December evening is ahead, June's behind.
TODAY = datetime.datetime(2026, 11, 22, 12, 0, tzinfo=ZoneInfo("Europe/Paris"))
HOME = home_spec(TODAY.date())
SPECS = {spec.key: spec for spec in HOME.walk()}
NEXT_EVENING = SPECS["next-evening"]

ADDRESSES = {
    "/fr/": "/en/",
    "/fr/aides/": "/en/aids/",
    "/fr/aides/vivre-ici/": "/en/aids/living-here/",
    "/fr/logements/": "/en/housing/",
    "/fr/maitres-de-stage/": "/en/supervisors/",
    "/fr/evenements/": "/en/events/",
    "/fr/evenements/soiree-accueil-internes-decembre-2026/": (
        "/en/events/intern-welcome-evening-december-2026/"
    ),
    "/fr/evenements/soiree-accueil-internes-juin-2026/": (
        "/en/events/intern-welcome-evening-june-2026/"
    ),
    "/fr/contact/": "/en/contact/",
    "/fr/mentions-legales/": "/en/legal-notice/",
    "/fr/accessibilite/": "/en/accessibility/",
    "/fr/donnees-personnelles/": "/en/personal-data/",
    **{f"/fr/aides/{aid.slug.fr}/": f"/en/aids/{aid.slug.en}/" for aid in AIDS},
    "/fr/maitres-de-stage/devenir-maitre-de-stage/": "/en/supervisors/become-a-supervisor/",
}


@pytest.fixture(scope="module")
def demo_database(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo, built once for this module, in a transaction rolled back after its last test.

    Building takes seconds; each test runs in a savepoint inside this
    transaction, so what a test changes is undone before the next one.
    """
    media = tmp_path_factory.mktemp("demo-media")
    with (
        django_db_blocker.unblock(),
        time_machine.travel(TODAY),
        override_settings(MEDIA_ROOT=media),
        transaction.atomic(),
    ):
        call_command("load_demo", stdout=StringIO())
        yield
        transaction.set_rollback(True)
    # Wagtail caches the sites' root paths; they leave with the demo.
    cache.clear()


@pytest.fixture
def demo(demo_database, db):
    """The demo's database, as each test of this module starts with it."""


def french_page(spec):
    return Page.objects.get(locale__language_code="fr", slug=spec.slug.fr).specific


def english_page(spec):
    return french_page(spec).get_translation(Locale.objects.get(language_code="en")).specific


def strings(page):
    """The texts wagtail-localize would offer for translation on `page`."""
    return [s.string.data for s in extract_segments(page) if isinstance(s, StringSegmentValue)]


def demo_counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": PortalImage.objects.count(),
        "terms": sum(m.objects.count() for m in (Profession, CareerStage, Faculty, Specialty)),
        "users": User.objects.count(),
        "e-mail addresses": EmailAddress.objects.count(),
        "translations": Translation.objects.count(),
        "translated strings": StringTranslation.objects.count(),
        "partners": Partner.objects.count(),
        "page permissions": GroupPagePermission.objects.count(),
    }


def test_demo_serves_every_page_in_both_languages_at_its_address(client, demo):
    addresses = [*ADDRESSES, *ADDRESSES.values()]

    statuses = {address: client.get(address).status_code for address in addresses}

    assert statuses == dict.fromkeys(addresses, 200)


def test_demo_links_each_french_page_to_its_english_translation(demo):
    english = Locale.objects.get(language_code="en")

    links = {
        page.url: page.get_translation(english).url
        for page in Page.objects.filter(locale__language_code="fr", depth__gt=1)
    }

    assert links == ADDRESSES


def test_demo_puts_its_home_page_in_place_of_the_wagtail_welcome_page(demo):
    plain_page = ContentType.objects.get_for_model(Page)

    site = Site.objects.get(is_default_site=True)

    assert isinstance(site.root_page.specific, HomePage)
    assert not Page.objects.filter(depth=2, content_type=plain_page).exists()


def test_demo_site_answers_at_the_public_url(demo, settings):
    settings.PUBLIC_BASE_URL = "http://127.0.0.1:8300"

    call_command("load_demo", stdout=StringIO())

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8300)


def test_second_run_creates_nothing(demo):
    before = demo_counts()

    call_command("load_demo", stdout=StringIO())

    assert demo_counts() == before


def test_second_run_keeps_what_an_editor_changed(demo):
    home = french_page(HOME)
    home.headline = "Un titre choisi par l’équipe éditoriale"
    home.save_revision().publish()

    call_command("load_demo", stdout=StringIO())

    assert HomePage.objects.get(pk=home.pk).headline == "Un titre choisi par l’équipe éditoriale"


def test_english_home_page_shows_the_english_headline(client, demo):
    html = client.get("/en/").content.decode()

    assert HOME.fields["headline"].en in html
    assert HOME.fields["headline"].fr not in html


def test_english_pages_hold_the_demo_english_text(demo):
    for spec in HOME.walk():
        assert strings(english_page(spec)) == strings(spec.build("en")), spec.key


def test_english_pages_hold_no_french_text(demo):
    for spec in HOME.walk():
        french_only = set(strings(spec.build("fr"))) - set(strings(spec.build("en")))

        assert french_only.isdisjoint(strings(english_page(spec))), spec.key


def test_each_english_page_is_a_wagtail_localize_translation_of_its_french_page(demo):
    english = Locale.objects.get(language_code="en")
    for spec in HOME.walk():
        source = TranslationSource.objects.get_for_instance(french_page(spec))

        assert source.translations.filter(target_locale=english, enabled=True).exists(), spec.key


def test_sync_after_a_french_change_updates_the_english_page_and_keeps_its_translations(
    demo, django_capture_on_commit_callbacks
):
    french = french_page(NEXT_EVENING)
    french.title = "Soirée d’accueil des internes – 10 décembre 2026"
    french.start += datetime.timedelta(days=7)
    french.end += datetime.timedelta(days=7)
    french.save_revision().publish()

    # What "Sync translated pages" does in the admin.
    source = TranslationSource.objects.get_for_instance(french)
    with django_capture_on_commit_callbacks(execute=True):
        source.update_from_db()
        for translation in source.translations.filter(enabled=True):
            translation.save_target(publish=True)

    english = english_page(NEXT_EVENING)
    assert (english.title, english.start, english.intro) == (
        "Soirée d’accueil des internes – 10 décembre 2026",
        french.start,
        NEXT_EVENING.fields["intro"].en,
    )


def test_portal_settings_hold_the_departement_identity_and_contact(demo):
    portal = PortalSettings.for_site(Site.objects.get(is_default_site=True))

    assert (portal.departement_name, portal.departement_code) == ("Seine-et-Marne", "77")
    assert "CS 50377" in portal.contact_address
    assert portal.contact_phone == "01 64 14 77 77"
    # Fictional, on a domain reserved so that it can never receive mail (RFC 2606).
    assert portal.contact_email == "sante@departement77.test"
    assert contrast_ratio(portal.primary_colour, "#ffffff") >= 4.5


def test_portal_settings_link_the_footer_pages_and_list_the_partners(demo):
    portal = PortalSettings.for_site(Site.objects.get(is_default_site=True))

    footer = [
        portal.contact_page.slug,
        portal.legal_notice_page.slug,
        portal.accessibility_page.slug,
        portal.privacy_page.slug,
    ]

    assert footer == ["contact", "mentions-legales", "accessibilite", "donnees-personnelles"]
    assert {
        "Région Île-de-France",
        "ARS Île-de-France",
        "Conseil départemental de l’Ordre des médecins (CDOM 77)",
        "Assurance Maladie",
    } <= {partner.name for partner in portal.partners.all()}


def test_no_page_of_the_demo_shows_a_placeholder_address(client, demo):
    placeholders = [
        address
        for address in ADDRESSES
        if re.search(r"@[\w.-]*example\b", client.get(address).content.decode())
    ]

    assert placeholders == []


def test_demo_logo_is_a_stored_image_with_a_text_alternative(demo):
    logo = PortalSettings.for_site(Site.objects.get(is_default_site=True)).logo

    assert logo.description
    assert (logo.width, logo.height) == (SIZE, SIZE)


def test_demo_fills_the_shared_lists_in_both_languages(demo):
    labels = {
        (model.__name__, term.slug): term.name_en
        for model in (Profession, CareerStage, Faculty, Specialty)
        for term in model.objects.all()
    }

    assert labels[("Profession", "sage-femme")] == "Midwife"
    assert labels[("CareerStage", "interne")] == "Intern (resident)"
    assert ("Faculty", "upec") in labels
    assert labels[("Specialty", "medecine-generale")] == "General medicine"


def test_next_welcome_evening_is_upcoming_and_announced_on_the_home_page(client, demo):
    upcoming = EventPage.objects.live().filter(locale__language_code="fr").upcoming()

    html = client.get("/fr/").content.decode()

    assert upcoming.first().title == NEXT_EVENING.title.fr
    assert NEXT_EVENING.title.fr in html


def test_event_manager_can_edit_event_pages_in_both_languages(demo):
    manager = User.objects.get(email=EVENT_MANAGER.email)

    events = EventPage.objects.all()

    assert {page.locale.language_code for page in events} == {"fr", "en"}
    assert all(page.permissions_for_user(manager).can_edit() for page in events)


def test_cdom_staff_cannot_edit_any_page(demo):
    staff = User.objects.get(email=CDOM_STAFF.email)

    editable = [
        page.url_path
        for page in Page.objects.exclude(depth=1)
        if page.permissions_for_user(staff).can_edit()
    ]

    assert editable == []


def test_demo_accounts_have_a_verified_primary_address_and_the_demo_password(demo):
    for person in PEOPLE:
        user = User.objects.get(email=person.email)

        assert EmailAddress.objects.filter(
            user=user, email=person.email, verified=True, primary=True
        ).exists()
        assert user.check_password(DEMO_PASSWORD)


def test_command_prints_the_demo_logins_and_warns_against_production(demo):
    out = StringIO()

    call_command("load_demo", stdout=out)

    assert "admin@example.org" in out.getvalue()
    assert DEMO_PASSWORD in out.getvalue()
    assert "never load the demo on a production site" in out.getvalue()


def test_demo_shows_nothing_of_the_other_departements_demo(client, demo):
    traces = traces_of("94")

    assert traces_found(served_pages(client), traces) == set()
    assert not Commune.objects.filter(name__in=traces).exists()


def test_demo_sets_up_every_commune_of_its_departement(demo):
    communes = Commune.objects.filter(insee_code__startswith=DEFAULT_DEPARTEMENT)
    assert communes.count() == 507


def test_demo_zonage_and_slugs_land_on_the_real_communes_by_insee_code(demo):
    for spec in COMMUNES:
        commune = Commune.objects.prefetch_related("zonings__profession").get(
            insee_code=spec.insee_code
        )
        assert commune.slug == spec.slug
        assert {z.profession.slug: z.zone for z in commune.zonings.all()} == spec.zones
