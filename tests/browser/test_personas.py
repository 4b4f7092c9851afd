# ruff: noqa: F811 (the fixtures imported from the other browser tests are parameters here)
"""The four visitors' journeys end to end, on a phone, with JavaScript on and off,
axe-core on every page they see (docs: /work/shared/JOURNEYS.md).

Léa, intern: an evening (register as a guest, confirm and cancel from the e-mails,
the calendar file), housing near her hospital, the sign-up page. Karim, midwifery
student: the finder, the guide's search without accents. Dr Martin, GP: the
directory, a supervisor's page, "become a supervisor" with a mistake then right.
The doctor trained abroad: the guide's sub-pages in English, switching language.
"""

import re

import icalendar
import pytest
from playwright.sync_api import Page, expect

from tests.browser.axe import axe_violations
from tests.browser.chromium import VIEWPORTS
from tests.browser.test_events import event  # noqa: F401 (fixture)
from tests.browser.test_guide import answer_finder, guide_data  # noqa: F401 (fixture)
from tests.browser.test_housing import listings, search_near_melun  # noqa: F401 (fixture)
from tests.browser.test_supervisors import directory  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser


@pytest.fixture(params=[True, False], ids=["javascript", "no-javascript"])
def phone(request, browser, live_server):
    context = browser.new_context(
        base_url=live_server.url,
        viewport=VIEWPORTS["phone"],
        locale="fr-FR",
        bypass_csp=True,
        java_script_enabled=request.param,
    )
    context.set_default_timeout(10_000)
    context.javascript_enabled = request.param
    yield context.new_page()
    context.close()


class Walk:
    """The pages a visitor sees, each checked by axe-core, with no sideways scrolling."""

    def __init__(self, page: Page):
        self.page = page
        self.javascript = page.context.javascript_enabled
        self.problems: list[str] = []

    def check(self) -> None:
        url = self.page.url
        violations = axe_violations(self.page, self.javascript)
        self.problems += [f"{url}: {violation}" for violation in violations]
        width = self.page.evaluate("() => document.documentElement.scrollWidth")
        if width > VIEWPORTS["phone"]["width"]:
            self.problems.append(f"{url}: {width} px wide on a 390 px screen")

    def goto(self, url: str) -> None:
        response = self.page.goto(url)
        assert response.status == 200, url
        self.check()

    def assert_clean(self) -> None:
        assert self.problems == []


def link_in(body: str, path_pattern: str) -> str:
    return re.search(rf"https?://[^/\s]+({path_pattern})", body)[1]


def test_lea_registers_for_an_evening_confirms_cancels_and_finds_housing(
    phone, event, listings, mailoutbox
):
    walk = Walk(phone)
    walk.goto("/fr/evenements/")
    phone.get_by_role("link", name="Soirée d’accueil des internes").first.click()
    walk.check()
    phone.get_by_role("link", name="S’inscrire").click()
    walk.check()
    phone.get_by_label("Prénom").fill("Léa")
    phone.get_by_label("Nom", exact=True).fill("Moreau")
    phone.get_by_label("Adresse e-mail").fill("lea@example.org")
    phone.get_by_role("button", name="S’inscrire").click()
    expect(phone.get_by_role("status")).to_contain_text("Presque fini")
    walk.check()

    walk.goto(link_in(mailoutbox[0].body, r"/fr/inscriptions/confirmer/\S+/"))
    phone.get_by_role("button", name="Confirmer mon inscription").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Votre place est confirmée")
    walk.check()
    ics = phone.get_by_role("link", name=re.compile(r"\.ics|iCal|Apple|Outlook \(fichier")).first
    calendar = phone.request.get(ics.get_attribute("href"))
    assert icalendar.Calendar.from_ical(calendar.body()).walk("VEVENT")

    confirmed = mailoutbox[-1]
    walk.goto(link_in(confirmed.body, r"/fr/inscriptions/annuler/\S+/"))
    phone.get_by_role("button", name="Oui, annuler mon inscription").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Inscription annulée")
    walk.check()

    search_near_melun(phone)
    walk.check()
    phone.get_by_role("link", name="Chambre à l’internat de Melun").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Chambre à l’internat de Melun")
    walk.check()
    walk.goto("/fr/compte/inscription/")
    walk.assert_clean()


def test_karim_finds_his_aids_and_searches_the_guide_without_accents(phone, guide_data):
    walk = Walk(phone)
    walk.goto("/fr/aides/")
    answer_finder(phone)
    assert phone.locator(".finder-item__title").all_inner_texts() == [
        "Bourse d’études sages-femmes"
    ]
    walk.check()
    phone.get_by_role("link", name="Bourse d’études sages-femmes").first.click()
    walk.check()
    walk.goto("/fr/recherche/?q=bourse+etudes+sages+femmes")
    expect(phone.get_by_role("link", name="Bourse d’études sages-femmes").first).to_be_visible()
    walk.assert_clean()


def test_dr_martin_reads_the_directory_and_offers_to_become_a_supervisor(
    phone, directory, mailoutbox
):
    walk = Walk(phone)
    walk.goto("/fr/maitres-de-stage/")
    phone.locator(".supervisor-card a").first.click()
    expect(phone.get_by_role("heading", level=1)).to_contain_text("Dr")
    walk.check()
    walk.goto("/fr/maitres-de-stage/")
    phone.locator(".directory-become a").click()
    walk.check()
    phone.get_by_label("Prénom").fill("Paul")
    phone.get_by_label("Nom", exact=True).fill("Martin")
    phone.get_by_label("E-mail", exact=True).fill("paul.martin@example.org")
    phone.get_by_label("Profession").select_option(label="Médecin généraliste")
    phone.get_by_label("Numéro RPPS").fill("10003478963")
    phone.get_by_label("Ou l’adresse de votre cabinet").fill("6 rue Pasteur")
    phone.get_by_label("Commune de votre cabinet").fill("melun")
    phone.get_by_label("Quand pourriez-vous commencer ?").fill("Novembre 2027")
    phone.get_by_label("J’accepte").check()
    phone.get_by_role("button", name="Envoyer").click()
    expect(phone.locator(".error-summary")).to_contain_text("RPPS")
    walk.check()
    phone.get_by_label("Numéro RPPS").fill("10003478962")
    phone.get_by_label("J’accepte").check()
    phone.get_by_role("button", name="Envoyer").click()
    expect(phone.get_by_role("heading", name=re.compile("nous avons bien reçu"))).to_be_visible()
    walk.check()
    assert "paul.martin@example.org" in [address for m in mailoutbox for address in m.to]
    walk.assert_clean()


ENGLISH_SUB_PAGES = [
    ("/en/aids/which-aids-for-me/?profession=sage-femme", "/fr/aides/quelles-aides-pour-moi/"),
    ("/en/aids/places-to-practise/", "/fr/aides/lieux-d-exercice/"),
    ("/en/aids/communes/", "/fr/aides/communes/"),
    ("/en/aids/communes/coulommiers/", "/fr/aides/communes/coulommiers/"),
    ("/en/aids/print/", "/fr/aides/imprimer/"),
    ("/en/housing/?max_rent=300", "/fr/logements/"),
]


def test_a_doctor_trained_abroad_switches_language_on_every_sub_page(phone, guide_data, listings):
    walk = Walk(phone)
    for english, french in ENGLISH_SUB_PAGES:
        walk.goto(english)
        phone.get_by_role("link", name="Français").click()
        expect(phone).to_have_url(re.compile(re.escape(french)))
        assert phone.locator("html").get_attribute("lang") == "fr"
        walk.check()
        phone.get_by_role("link", name="English").click()
        expect(phone).to_have_url(re.compile(re.escape(english.split("?")[0])))
        if "?" in english:
            assert english.split("?")[1] in phone.url
    walk.assert_clean()
