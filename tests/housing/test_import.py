"""Importing listings from a spreadsheet: all or nothing, every bad row named."""

import pytest

from housing.importing import HousingListingImporter
from housing.models import HousingListing
from tests.territory.factories import CommuneFactory

pytestmark = pytest.mark.django_db

HEADER = (
    "Titre;Type;Commune;Adresse;Loyer;Proposé par;Contact;E-mail du contact;"
    "Disponible du;Disponible au"
)


def csv(*rows: str) -> bytes:
    return "\n".join([HEADER, *rows]).encode()


@pytest.fixture
def melun(db):
    return CommuneFactory(name="Melun", insee_code="77288", latitude=48.54, longitude=2.65)


def test_a_valid_file_creates_published_listings(melun, cdom_staff):
    content = csv(
        "Internat;residence;77288;2 rue Fréteau;180;hospital;Internat;i@ch.example.org;"
        "2030-11-01;2031-04-30",
        "Studio;Studio;Melun;1 rue A;390;Commune;Mairie;m@melun.example.org;01/05/2031;31/10/2031",
    )
    result = HousingListingImporter(user=cdom_staff).run(content)
    assert result.saved == 2
    assert HousingListing.objects.filter(live=True, owner=cdom_staff).count() == 2


def test_imported_listing_takes_the_commune_position_and_its_period(melun, cdom_staff):
    content = csv(
        "Internat;residence;77288;2 rue;180;hospital;I;i@ch.example.org;2030-11-01;2031-04-30"
    )
    HousingListingImporter(user=cdom_staff).run(content)
    listing = HousingListing.objects.get()
    assert (listing.latitude, listing.longitude) == (48.54, 2.65)
    assert [(p.start.isoformat(), p.end.isoformat()) for p in listing.periods.all()] == [
        ("2030-11-01", "2031-04-30")
    ]


def test_one_bad_row_imports_nothing_and_each_bad_row_is_named(melun, cdom_staff):
    content = csv(
        "Bon;residence;77288;2 rue;180;hospital;I;i@ch.example.org;2030-11-01;2031-04-30",
        "Loyer négatif;residence;77288;2 rue;-5;hospital;I;i@ch.example.org;2030-11-01;2031-04-30",
        "Dates inversées;studio;77288;2 rue;300;cdom;I;i@ch.example.org;2031-04-30;2030-11-01",
        "Commune inconnue;studio;Atlantis;2 rue;300;cdom;I;i@ch.example.org;2030-11-01;2031-04-30",
    )
    result = HousingListingImporter(user=cdom_staff).run(content)
    assert HousingListing.objects.count() == 0
    assert [error.line for error in result.errors] == [3, 4, 5]
    assert "Loyer" in result.errors[0].messages[0]
    assert "Disponible au" in result.errors[1].messages[0]
    assert "Atlantis" in result.errors[2].messages[0]


def test_a_period_already_over_is_refused(melun, cdom_staff):
    content = csv(
        "Vieux;residence;77288;2 rue;180;hospital;I;i@ch.example.org;2020-01-01;2020-06-30"
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
        '"Studio\nProvins";studio;77288;2 rue;300;cdom;I;i@ch.example.org;2030-11-01;2031-04-30'
    )
    result = HousingListingImporter(user=cdom_staff).run(content)
    assert HousingListing.objects.count() == 0
    assert [error.line for error in result.errors] == [2]
    assert "une seule ligne" in result.errors[0].messages[0]


def test_imported_listing_takes_its_english_texts(melun, cdom_staff):
    content = (
        HEADER + ";Titre (anglais);Transports (anglais);Description (anglais)\n"
        "Internat;residence;77288;2 rue;180;hospital;I;i@ch.example.org;2030-11-01;2031-04-30;"
        "Hospital room;Bus A;Quiet."
    ).encode()
    HousingListingImporter(user=cdom_staff).run(content)
    listing = HousingListing.objects.get()
    assert (listing.title_en, listing.public_transport_en, listing.description_en) == (
        "Hospital room",
        "Bus A",
        "Quiet.",
    )
