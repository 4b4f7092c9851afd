"""The zonage import reads the ARS's own table: INSEE codes, a zone column per profession."""

from pathlib import Path

import pytest

from core.models import Profession
from core.national_terms import ensure_national_terms
from territory.importers import ZonageImporter
from territory.models import Commune, CommuneZoning, Zone
from tests.territory.factories import CommuneFactory

pytestmark = pytest.mark.django_db

SAMPLE = Path(__file__).resolve().parents[2] / "docs" / "zonage-ars-exemple.csv"


@pytest.fixture
def professions():
    ensure_national_terms()
    return {p.slug: p for p in Profession.objects.all()}


@pytest.fixture
def communes():
    """The communes of the sample file, as setup_departement would have loaded them."""
    codes = ["77131", "77284", "77288", "77186", "77333", "77379", "77468", "77058"]
    return {code: CommuneFactory(insee_code=code, name=f"Commune {code}") for code in codes}


def test_the_sample_ars_file_imports_every_zone_of_every_profession(professions, communes):
    result = ZonageImporter().run(SAMPLE.read_bytes())

    assert result.is_valid, result.errors
    assert result.saved == 8 * 3
    coulommiers = Commune.objects.get(insee_code="77131")
    assert coulommiers.zone_for(professions["medecin-generaliste"]) == Zone.ZIP
    assert coulommiers.zone_for(professions["sage-femme"]) == Zone.ZIP
    melun = Commune.objects.get(insee_code="77288")
    assert melun.zone_for(professions["medecin-generaliste"]) == Zone.ZAC
    assert melun.zone_for(professions["masseur-kinesitherapeute"]) == Zone.NONE


def test_ars_names_in_capitals_leave_the_communes_names_alone(professions, communes):
    Commune.objects.filter(insee_code="77131").update(name="Coulommiers")

    ZonageImporter().run(SAMPLE.read_bytes())

    assert Commune.objects.get(insee_code="77131").name == "Coulommiers"


def test_an_ars_column_of_an_unknown_profession_is_refused_by_name(professions, communes):
    content = b"Code commune INSEE;Nom commune;Zonage astronautes\n77131;COULOMMIERS;ZIP\n"

    result = ZonageImporter().run(content)

    assert not result.is_valid
    assert "« Zonage astronautes »" in result.errors[0].messages[0]


def test_an_ars_file_naming_a_commune_not_set_up_is_refused(professions):
    content = "Code commune INSEE;Nom commune;Zonage médecins\n77131;COULOMMIERS;ZIP\n".encode()

    result = ZonageImporter().run(content)

    assert not result.is_valid
    assert not Commune.objects.exists()


def test_an_empty_ars_cell_leaves_that_professions_zone_unchanged(professions, communes):
    midwife = professions["sage-femme"]
    CommuneZoning.objects.create(commune=communes["77131"], profession=midwife, zone=Zone.ZAC)
    content = (
        "Code commune INSEE;Nom commune;Zonage médecins;Zonage sages-femmes\n"
        "77131;COULOMMIERS;ZIP;\n"
    ).encode()

    ZonageImporter().run(content)

    assert Commune.objects.get(insee_code="77131").zone_for(midwife) == Zone.ZAC
