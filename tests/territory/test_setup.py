"""setup_departement: a département's communes from the open data, loaded and kept up to date."""

import csv

import pytest
from django.core.management import call_command

from core.models import CareerStage, Profession
from territory.models import Commune, CommuneBoundary, CommuneZoning, PlaceToPractise, Zone
from territory.setup import setup_departement
from territory.sources import DataFranceSource, UnknownDepartement
from tests.factories import ProfessionFactory
from tests.housing.factories import HousingListingFactory
from tests.territory.factories import CommuneFactory, PlaceToPractiseFactory
from tests.territory.open_data import FakeCommune, FakeData


@pytest.fixture
def files(tmp_path):
    """Writes FakeData to a directory and returns a source reading it."""

    def write(*communes: FakeCommune) -> DataFranceSource:
        directory = tmp_path / f"data-{len(list(tmp_path.iterdir()))}"
        directory.mkdir()
        return DataFranceSource(FakeData(list(communes)).write(directory))

    return write


DEFAULT_CSV_FIELD_LIMIT = 128 * 1024
MELUN = FakeCommune("77288", "Melun", postcodes=("77000",), population=40032)


def test_setup_loads_every_commune_of_the_departement_and_no_other(db, files):
    source = files(
        MELUN, FakeCommune("77001", "Achères-la-Forêt"), FakeCommune("94001", "Ablon", "94")
    )

    setup_departement("77", source)

    assert sorted(Commune.objects.values_list("insee_code", flat=True)) == ["77001", "77288"]


def test_a_commune_gets_its_name_with_article_postcodes_population_and_epci(db, files):
    source = files(
        FakeCommune(
            "77285", "Mée-sur-Seine", type_nom=2, postcodes=("77350", "77351"), population=20816
        )
    )

    setup_departement("77", source)

    commune = Commune.objects.get()
    assert (commune.name, commune.slug) == ("Le Mée-sur-Seine", "le-mee-sur-seine")
    assert commune.postcodes == ["77350", "77351"]
    assert commune.population == 20816
    assert (commune.epci_code, commune.epci_name) == ("200000001", "Communauté de communes du Test")


def test_a_commune_is_placed_at_its_town_hall(db, files):
    setup_departement("77", files(MELUN))

    commune = Commune.objects.get()
    assert (commune.latitude, commune.longitude) == pytest.approx((48.54, 2.65))


def test_a_commune_without_a_town_hall_position_is_placed_at_the_centre_of_its_outline(db, files):
    source = files(FakeCommune("77288", "Melun", town_hall=None, outline=(2.60, 48.50)))

    setup_departement("77", source)

    commune = Commune.objects.get()
    assert (commune.latitude, commune.longitude) == pytest.approx((48.51, 2.61))


def test_a_commune_gets_its_outline_as_a_geojson_polygon(db, files):
    setup_departement("77", files(MELUN))

    geometry = CommuneBoundary.objects.get().geometry
    assert geometry["type"] == "Polygon"
    assert geometry["coordinates"][0][0] == [2.64, 48.53]


def test_setup_creates_the_term_lists_a_bare_portal_needs(db, files):
    setup_departement("77", files(MELUN))

    assert Profession.objects.filter(slug="medecin-generaliste").exists()
    assert CareerStage.objects.filter(slug="interne").exists()


def test_running_setup_again_updates_without_duplicating(db, files):
    setup_departement("77", files(MELUN))
    commune = Commune.objects.get()

    setup_departement("77", files(FakeCommune("77288", "Melun", population=41000)))

    assert Commune.objects.get().pk == commune.pk
    assert Commune.objects.get().population == 41000
    assert CommuneBoundary.objects.count() == 1


def test_setup_keeps_the_slug_and_zonage_of_a_known_commune(db, files):
    doctor = ProfessionFactory()
    CommuneFactory(insee_code="77288", name="Melun", slug="melun-ville", zones={doctor: Zone.ZIP})

    setup_departement("77", files(MELUN))

    commune = Commune.objects.get()
    assert commune.slug == "melun-ville"
    assert commune.zone_for(doctor) == Zone.ZIP


def test_homonyms_get_slugs_with_their_insee_code(db, files):
    source = files(FakeCommune("77001", "Villeneuve"), FakeCommune("77002", "Villeneuve"))

    setup_departement("77", source)

    assert sorted(Commune.objects.values_list("slug", flat=True)) == [
        "villeneuve",
        "villeneuve-77002",
    ]


def absorbed_into_moret(files):
    """Écuelles (77166) has become a commune déléguée of Moret-Loing-et-Orvanne (77316)."""
    return files(
        FakeCommune("77316", "Moret-Loing-et-Orvanne"),
        FakeCommune("77316", "Moret-sur-Loing", type="COMD", parent="77316"),
        FakeCommune("77166", "Écuelles", type="COMD", parent="77316", postcodes=("77250",)),
    )


def test_a_commune_absorbed_by_a_commune_nouvelle_is_merged_into_it(db, files):
    former = CommuneFactory(insee_code="77166", name="Écuelles")
    listing = HousingListingFactory(commune=former)
    place = PlaceToPractiseFactory(commune=former)

    report = setup_departement("77", absorbed_into_moret(files))

    new = Commune.objects.get()
    assert new.insee_code == "77316"
    assert report.merged == [("77166", "77316")]
    listing.refresh_from_db()
    assert listing.commune == new
    assert PlaceToPractise.objects.get(pk=place.pk).commune == new


def test_a_commune_nouvelle_has_the_postcodes_of_its_former_communes(db, files):
    setup_departement("77", absorbed_into_moret(files))

    assert Commune.objects.get().postcodes == ["77000", "77250"]


def test_merging_keeps_the_commune_nouvelle_zone_where_both_have_one(db, files):
    doctor, midwife = ProfessionFactory(), ProfessionFactory()
    CommuneFactory(insee_code="77316", zones={doctor: Zone.ZAC})
    CommuneFactory(insee_code="77166", zones={doctor: Zone.ZIP, midwife: Zone.ZIP})

    setup_departement("77", absorbed_into_moret(files))

    zones = dict(CommuneZoning.objects.values_list("profession__slug", "zone"))
    assert zones == {doctor.slug: Zone.ZAC, midwife.slug: Zone.ZIP}


def test_corsica_and_overseas_departements_are_set_up_by_their_code(db, files):
    source = files(
        FakeCommune("2A004", "Ajaccio", "2A", postcodes=("20000",)),
        FakeCommune("97101", "Les Abymes", "971", postcodes=("97139",), town_hall=(-61.5, 16.27)),
    )

    setup_departement("2a", source)
    setup_departement("971", source)

    assert sorted(Commune.objects.values_list("insee_code", flat=True)) == ["2A004", "97101"]


def test_an_unknown_departement_is_refused(db, files):
    with pytest.raises(UnknownDepartement):
        setup_departement("99", files(MELUN))


# 13 has no demo: any département of the package sets up a bare portal.
@pytest.mark.parametrize(("code", "count"), [("77", 507), ("94", 47), ("13", 119)])
def test_the_command_loads_every_commune_from_the_installed_package(db, code, count):
    call_command("setup_departement", code, stdout=None)

    assert Commune.objects.filter(insee_code__startswith=code).count() == count
    assert CommuneBoundary.objects.count() == count


def test_reading_the_open_data_leaves_the_csv_field_limit_of_the_imports(db, files):
    setup_departement("77", files(MELUN))

    assert csv.field_size_limit() == DEFAULT_CSV_FIELD_LIMIT
