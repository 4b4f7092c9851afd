"""Importing listings from a spreadsheet: all or nothing, every bad row named."""

import csv as csv_module
import io
from datetime import date

import pytest
from django.urls import reverse

from housing.importing import HousingListingImporter
from housing.models import HousingListing
from tests.factories import UserFactory
from tests.housing.factories import HousingListingFactory
from tests.territory.factories import CommuneFactory

pytestmark = pytest.mark.django_db

HEADER = "Titre;Type;Commune;Adresse;Loyer;Proposé par;Contact;E-mail du contact;Périodes"


def csv(*rows: str) -> bytes:
    return "\n".join([HEADER, *rows]).encode()


@pytest.fixture
def melun(db):
    return CommuneFactory(name="Melun", insee_code="77288", latitude=48.54, longitude=2.65)


def test_a_valid_file_creates_published_listings(melun, cdom_staff):
    content = csv(
        "Internat;residence;77288;2 rue Fréteau;180;hospital;Internat;i@ch.example.org;"
        "2030-11-01/2031-04-30",
        "Studio;Studio;Melun;1 rue A;390;Commune;Mairie;m@melun.example.org;01/05/2031-31/10/2031",
    )
    result = HousingListingImporter(user=cdom_staff).run(content)
    assert result.saved == 2
    assert HousingListing.objects.filter(live=True, owner=cdom_staff).count() == 2


def test_imported_listing_takes_the_commune_position_and_its_period(melun, cdom_staff):
    content = csv(
        "Internat;residence;77288;2 rue;180;hospital;I;i@ch.example.org;2030-11-01 au 2031-04-30"
    )
    HousingListingImporter(user=cdom_staff).run(content)
    listing = HousingListing.objects.get()
    assert (listing.latitude, listing.longitude) == (48.54, 2.65)
    assert [(p.start.isoformat(), p.end.isoformat()) for p in listing.periods.all()] == [
        ("2030-11-01", "2031-04-30")
    ]


def test_one_bad_row_imports_nothing_and_each_bad_row_is_named(melun, cdom_staff):
    content = csv(
        "Bon;residence;77288;2 rue;180;hospital;I;i@ch.example.org;2030-11-01/2031-04-30",
        "Loyer négatif;residence;77288;2 rue;-5;hospital;I;i@ch.example.org;2030-11-01/2031-04-30",
        "Dates inversées;studio;77288;2 rue;300;cdom;I;i@ch.example.org;2031-04-30 au 2030-11-01",
        "Commune inconnue;studio;Atlantis;2 rue;300;cdom;I;i@ch.example.org;2030-11-01/2031-04-30",
    )
    result = HousingListingImporter(user=cdom_staff).run(content)
    assert HousingListing.objects.count() == 0
    assert [error.line for error in result.errors] == [3, 4, 5]
    assert "Loyer" in result.errors[0].messages[0]
    assert "Périodes" in result.errors[1].messages[0]
    assert "Atlantis" in result.errors[2].messages[0]


def test_a_period_already_over_is_refused(melun, cdom_staff):
    content = csv(
        "Vieux;residence;77288;2 rue;180;hospital;I;i@ch.example.org;2020-01-01 au 2020-06-30"
    )
    result = HousingListingImporter(user=cdom_staff).run(content)
    assert result.errors[0].line == 2
    assert HousingListing.objects.count() == 0


def test_a_missing_column_is_reported_on_the_header_line(melun, cdom_staff):
    result = HousingListingImporter(user=cdom_staff).run(b"Titre;Type\nA;studio")
    assert result.errors[0].line == 1
    assert "Loyer" in result.errors[0].messages[0]


def test_a_title_with_a_line_break_is_refused_with_its_line(melun, cdom_staff):
    content = csv(
        '"Studio\nProvins";studio;77288;2 rue;300;cdom;I;i@ch.example.org;01/11/2030 – 30/04/2031'
    )
    result = HousingListingImporter(user=cdom_staff).run(content)
    assert HousingListing.objects.count() == 0
    assert [error.line for error in result.errors] == [2]
    assert "une seule ligne" in result.errors[0].messages[0]


def test_imported_listing_takes_its_english_texts(melun, cdom_staff):
    content = (
        HEADER + ";Titre (anglais);Transports (anglais);Description (anglais)\n"
        "Internat;residence;77288;2 rue;180;hospital;I;i@ch.example.org;"
        "01/11/2030 – 30/04/2031;Hospital room;Bus A;Quiet."
    ).encode()
    HousingListingImporter(user=cdom_staff).run(content)
    listing = HousingListing.objects.get()
    assert (listing.title_en, listing.public_transport_en, listing.description_en) == (
        "Hospital room",
        "Bus A",
        "Quiet.",
    )


FRENCH_HEADER = (
    "Titre;Type;Commune;Adresse;Latitude;Longitude;Loyer;Surface;Proposé par;Contact;"
    "E-mail du contact;Périodes"
)


def french_excel_file(*rows: str) -> bytes:
    """A CSV as a French Excel saves it: Windows-1252, semicolons, decimal commas."""
    return "\r\n".join([FRENCH_HEADER, *rows]).encode("cp1252")


def test_a_french_excel_file_with_decimal_commas_and_plain_apostrophes_is_imported(
    melun, cdom_staff
):
    content = french_excel_file(
        "Chambre rue Gâtinais;Chambre chez l'habitant;Melun;3 rue A;48,5445;2,6453;412,50;"
        "19,5;Particulier;M. Dupont;d@example.org;01/11/2030 au 30/04/2031"
    )
    result = HousingListingImporter(user=cdom_staff).run(content)
    assert result.errors == []
    listing = HousingListing.objects.get()
    assert (listing.kind, listing.offerer_type) == ("home_room", "private")
    assert (str(listing.rent), str(listing.surface), listing.latitude) == (
        "412.50",
        "19.5",
        48.5445,
    )


def test_an_unknown_kind_is_refused_with_the_accepted_labels_in_french(melun, cdom_staff):
    content = french_excel_file(
        "Chambre;Cabane;Melun;3 rue A;;;400;;Particulier;M. D;d@example.org;"
        "01/11/2030 au 30/04/2031"
    )
    (error,) = HousingListingImporter(user=cdom_staff).run(content).errors
    assert "Cabane" in error.messages[0]
    assert "\u00a0Chambre chez l’habitant\u00a0»" in error.messages[0]
    assert "\u00a0Colocation\u00a0»" in error.messages[0]


def test_the_preview_shows_labels_and_french_numbers_not_python_values(melun, cdom_staff):
    importer = HousingListingImporter(user=cdom_staff)
    check = importer.check(
        french_excel_file(
            "Chambre;home_room;Melun;3 rue A;48,5445;2,6453;412,50;19,5;Particulier;"
            "M. D;d@example.org;01/11/2030 au 30/04/2031"
        )
    )
    cells = importer.preview_cells(check.rows[0][1])
    assert "Chambre chez l’habitant" in cells
    assert "Propriétaire privé" in cells
    assert "412,50" in cells
    assert "Melun (77000)" in cells
    assert not any("home_room" in cell or "True" in cell or "datetime" in cell for cell in cells)


def test_the_layout_lists_the_accepted_labels_in_french(melun):
    kind = next(c for c in HousingListingImporter.columns if c.field == "kind")
    assert "Chambre chez l’habitant\u00a0»" in str(kind.description)


def exported_csv(client) -> bytes:
    response = client.get(reverse("wagtailsnippets_housing_housinglisting:list") + "?export=csv")
    return b"".join(response.streaming_content)


@pytest.fixture
def staff_client(client, cdom_staff):
    client.force_login(cdom_staff)
    return client


def test_the_export_is_imported_again_as_it_is_without_saving_anything(
    staff_client, cdom_staff, melun
):
    listing = HousingListingFactory(
        commune=melun, description="Au calme", periods=[(date(2030, 11, 1), date(2031, 4, 30))]
    )
    revisions = listing.revisions.count()
    result = HousingListingImporter(user=cdom_staff).run(exported_csv(staff_client))
    assert result.errors == []
    assert (result.saved, result.unchanged) == (0, 1)
    assert listing.revisions.count() == revisions


def test_an_exported_file_edited_updates_its_listing_by_reference(staff_client, cdom_staff, melun):
    listing = HousingListingFactory(commune=melun, rent=250)
    content = exported_csv(staff_client).decode("utf-8-sig").replace(";250,00;", ";275,50;")
    result = HousingListingImporter(user=cdom_staff).run(content.encode())
    assert (result.saved, result.errors) == (1, [])
    listing.refresh_from_db()
    assert HousingListing.objects.count() == 1
    assert str(listing.rent) == "275.50"


def test_the_export_writes_the_import_layout_with_periods_description_and_commune_name(
    staff_client, melun
):
    HousingListingFactory(
        commune=melun, description="Au calme", periods=[(date(2030, 11, 1), date(2031, 4, 30))]
    )
    header, row = list(
        csv_module.reader(
            io.StringIO(exported_csv(staff_client).decode("utf-8-sig")), delimiter=";"
        )
    )
    layout = [column.header for column in HousingListingImporter.columns]
    assert header[: len(layout)] == layout
    values = dict(zip(header, row, strict=True))
    assert values["Commune"] == "Melun"
    assert values["Description"] == "Au calme"
    assert values["Périodes"] == "01/11/2030 – 30/04/2031"
    assert values["Meublé"] == "oui"


def test_a_value_the_export_guarded_against_formulas_comes_back_unchanged(
    staff_client, cdom_staff, melun
):
    listing = HousingListingFactory(commune=melun, contact_phone="+33 6 12 34 56 78")
    content = exported_csv(staff_client).decode("utf-8-sig").replace("Chambre", "Une chambre")
    assert "'+33 6 12 34 56 78" in content
    HousingListingImporter(user=cdom_staff).run(content.encode())
    listing.refresh_from_db()
    assert listing.contact_phone == "+33 6 12 34 56 78"


def test_an_unknown_reference_is_refused(melun, cdom_staff):
    content = (
        "Référence;" + HEADER + "\n999999;Internat;residence;77288;2 rue;180;hospital;I;"
        "i@ch.example.org;2030-11-01 au 2031-04-30"
    ).encode()
    (error,) = HousingListingImporter(user=cdom_staff).run(content).errors
    assert "999999" in error.messages[0]


def test_a_postcode_that_one_commune_has_finds_that_commune(cdom_staff, melun):
    meaux = CommuneFactory(name="Meaux", insee_code="77284", postcode="77100")
    HousingListingImporter(user=cdom_staff).run(
        csv("Studio;studio;77100;1 rue A;390;commune;M;m@example.org;2030-11-01 au 2031-04-30")
    )
    assert HousingListing.objects.get().commune == meaux


def test_a_number_that_is_one_commune_s_postcode_and_another_s_insee_code_is_refused(
    cdom_staff, melun
):
    CommuneFactory(name="Meaux", insee_code="77284", postcode="77100")
    CommuneFactory(name="Le Châtelet-en-Brie", insee_code="77100", postcode="77820")
    result = HousingListingImporter(user=cdom_staff).run(
        csv("Studio;studio;77100;1 rue A;390;commune;M;m@example.org;2030-11-01 au 2031-04-30")
    )
    (error,) = result.errors
    assert "Meaux" in error.messages[0]
    assert "Le Châtelet-en-Brie" in error.messages[0]
    assert HousingListing.objects.count() == 0


def test_a_file_imported_twice_saves_nothing_the_second_time(melun, cdom_staff):
    """Empty cells take defaults and the commune's position: they are not changes."""
    content = csv(
        "Studio;Studio;Melun;1 rue A;390;Commune;Mairie;m@melun.example.org;01/05/2031-31/10/2031"
    )
    HousingListingImporter(user=cdom_staff).run(content)
    listing = HousingListing.objects.get()
    reference = f"Référence;{HEADER}\n{listing.pk};" + content.decode().split("\n")[1]
    result = HousingListingImporter(user=cdom_staff).run(reference.encode())
    assert (result.saved, result.unchanged) == (0, 1)
    assert listing.revisions.count() == 1


def test_one_reference_on_two_lines_is_refused_naming_both(staff_client, cdom_staff, melun):
    HousingListingFactory(commune=melun)
    lines = exported_csv(staff_client).decode("utf-8-sig").splitlines()
    result = HousingListingImporter(user=cdom_staff).run("\n".join([*lines, lines[1]]).encode())
    assert [error.line for error in result.errors] == [3]
    assert "2" in result.errors[0].messages[0]


def test_an_importer_who_may_not_hold_listings_leaves_new_ones_without_a_responsible(melun):
    """The responsible must be CDOM staff, as in the admin: a superuser imports, nobody owns."""
    admin = UserFactory(is_staff=True, is_superuser=True)
    content = csv(
        "Studio;Studio;Melun;1 rue A;390;Commune;Mairie;m@melun.example.org;01/05/2031-31/10/2031"
    )
    result = HousingListingImporter(user=admin).run(content)
    assert result.saved == 1
    assert HousingListing.objects.get().owner is None
