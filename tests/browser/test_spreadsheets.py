"""Marc, at the CDOM, keeps the housing registry from French Excel files, in the admin.

He imports a file saved by a French Excel (Windows-1252, semicolons, decimal
commas) that has an error, reads the French message, fixes the file, imports
it, exports the list, imports the export again without changing anything
(nothing is saved), and confirms the listings' freshness in one bulk action.
Screenshots of the import screens go to /tmp/spreadsheet-screens for review.
"""

import datetime
import tempfile
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from housing.models import HousingListing
from tests.browser.axe import axe_violations
from tests.browser.chromium import VIEWPORTS
from tests.factories import UserFactory
from tests.territory.factories import CommuneFactory

SCREENS = Path(tempfile.gettempdir()) / "spreadsheet-screens"
HEADER = (
    "Titre;Type;Commune;Adresse;Latitude;Longitude;Loyer;Surface;Proposé par;Contact;"
    "E-mail du contact;Téléphone du contact;Périodes"
)
ROWS = [
    "Chambre rue du Grand Marché;Chambre chez l'habitant;{commune};3 rue A;48,9556;2,8789;"
    "412,50;19,5;Particulier;M. Dupont;dupont@example.org;+33 6 12 34 56 78;"
    "01/11/2030 au 30/04/2031",
    "Studio près du CH;Studio;Meaux;8 rue B;;;390;22;Hôpital;Internat;internat@example.org;;"
    "01/11/2030 au 30/04/2031",
]


def french_excel_file(commune: str) -> bytes:
    return "\r\n".join([HEADER, *(row.format(commune=commune) for row in ROWS)]).encode("cp1252")


def cdom_staff():
    """Marc, in the CDOM staff group as the migrations make it (live-server tests flush it)."""
    group, _ = Group.objects.get_or_create(name="CDOM staff")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="housing"),
    )
    user = UserFactory(first_name="Marc", last_name="Lemoine")
    user.groups.add(group)
    return user


def sign_in(page, client, live_server, user):
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def screenshots(page, name: str) -> None:
    """The screen at desktop and phone widths, then back to desktop."""
    SCREENS.mkdir(exist_ok=True)
    for viewport_name in ("desktop", "phone"):
        page.set_viewport_size(VIEWPORTS[viewport_name])
        page.screenshot(path=SCREENS / f"{name}-{viewport_name}.png", full_page=True)
    page.set_viewport_size(VIEWPORTS["desktop"])


def upload(page, name: str, content: bytes) -> None:
    page.goto(reverse("wagtailsnippets_housing_housinglisting:import"))
    page.get_by_label("Tableur").set_input_files(
        {"name": name, "mimeType": "text/csv", "buffer": content}
    )
    page.get_by_role("button", name="Vérifier le fichier").click()


@pytest.fixture
def communes(db):
    CommuneFactory(name="Meaux", insee_code="77284", postcode="77100", latitude=48.96)
    CommuneFactory(name="Le Châtelet-en-Brie", insee_code="77100", postcode="77820")


def test_marc_imports_a_french_excel_file_exports_it_and_confirms_freshness(
    page, client, live_server, communes
):
    marc = cdom_staff()
    sign_in(page, client, live_server, marc)

    # Meaux typed by its postcode, which is another commune's INSEE code.
    upload(page, "logements.csv", french_excel_file(commune="77100"))
    expect(page.get_by_role("alert")).to_contain_text("Rien n’a été importé")
    expect(page.get_by_text("peut désigner plusieurs communes")).to_be_visible()
    expect(page.get_by_text("Le Châtelet-en-Brie (code INSEE 77100")).to_be_visible()
    expect(page.get_by_role("link", name="Les communes, leurs codes INSEE").first).to_be_visible()
    assert axe_violations(page) == []
    screenshots(page, "import-errors")

    upload(page, "logements.csv", french_excel_file(commune="Meaux"))
    preview = page.get_by_role("table").first
    for label in ("Chambre chez l’habitant", "Propriétaire privé", "412,50", "19,5"):
        expect(preview).to_contain_text(label)
    expect(preview).not_to_contain_text("home_room")
    assert axe_violations(page) == []
    screenshots(page, "import-preview")
    page.get_by_role("button", name="Confirmer l’import").click()
    expect(page.get_by_text("2 lignes enregistrées, 0 inchangées")).to_be_visible()
    assert HousingListing.objects.filter(live=True).count() == 2

    export = page.request.get(
        reverse("wagtailsnippets_housing_housinglisting:list") + "?export=csv"
    )
    exported = export.body()
    assert exported.startswith("\ufeff".encode())
    revisions = sum(listing.revisions.count() for listing in HousingListing.objects.all())

    upload(page, "logements-export.csv", exported)
    page.get_by_role("button", name="Confirmer l’import").click()
    expect(page.get_by_text("0 lignes enregistrées, 2 inchangées")).to_be_visible()
    assert sum(listing.revisions.count() for listing in HousingListing.objects.all()) == revisions
    assert HousingListing.objects.get(title__startswith="Chambre").contact_phone == (
        "+33 6 12 34 56 78"
    )

    HousingListing.objects.update(last_confirmed_at=timezone.now() - datetime.timedelta(days=58))
    page.goto(reverse("wagtailadmin_home"))
    expect(page.get_by_text("Logements à confirmer cette semaine")).to_be_visible()
    page.goto(reverse("wagtailsnippets_housing_housinglisting:list"))
    page.locator("input[data-bulk-action-select-all-checkbox]").first.check()
    page.get_by_role("link", name="Confirmer que les logements choisis").click()
    page.get_by_role("button", name="Oui, confirmer").click()
    expect(page.get_by_text("2 logements confirmés comme toujours disponibles")).to_be_visible()
    recently = timezone.now() - datetime.timedelta(minutes=5)
    assert HousingListing.objects.filter(last_confirmed_at__gt=recently).count() == 2
