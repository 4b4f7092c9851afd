"""The supervisor list as a spreadsheet, through the import machinery shared with housing."""

import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry, ReferenceIndex
from wagtail.search.backends import get_search_backend

from core.models import PendingImport
from supervisors.importing import SupervisorImporter
from supervisors.models import Supervisor
from supervisors.validators import with_check_digit
from tests.factories import FacultyFactory, ProfessionFactory, UserFactory
from tests.supervisors.factories import LearnerLevelFactory, SupervisorFactory
from tests.territory.factories import CommuneFactory, PlaceToPractiseFactory

pytestmark = pytest.mark.django_db

HEADER = (
    "RPPS;Titre;Prénom;Nom;Profession;Commune;Faculté;Début d'agrément;Fin d'agrément;"
    "Internes au plus;Niveaux accueillis;Places libres;Consentement le;Consentement par;Publié"
)


@pytest.fixture
def terms(db):
    ProfessionFactory(slug="medecin-generaliste", name_fr="Médecin généraliste")
    FacultyFactory(slug="upec")
    LearnerLevelFactory(slug="saspas")
    CommuneFactory(insee_code="77333", name="Nemours")


def csv_file(*rows: str) -> bytes:
    return "\n".join([HEADER, *rows]).encode()


GOOD_ROW = (
    "10003478962;Dr;Claire;Moreau;Médecin généraliste;77333;upec;2025-11-01;31/10/2030;2;"
    "saspas;2026-11:2, 2027-05:1;2025-10-15;signed_form;oui"
)


def test_valid_file_creates_published_supervisors_with_their_lists(terms):
    check = SupervisorImporter().run(csv_file(GOOD_ROW))
    assert check.is_valid
    assert check.saved == 1
    supervisor = Supervisor.objects.get(rpps="10003478962")
    assert supervisor.live
    assert supervisor.commune.name == "Nemours"
    assert supervisor.latitude == supervisor.commune.latitude
    assert [level.slug for level in supervisor.learner_levels.all()] == ["saspas"]
    assert {(o.semester_start.month, o.places) for o in supervisor.openings.all()} == {
        (11, 2),
        (5, 1),
    }
    assert supervisor.revisions.count() == 1


def test_row_with_a_known_rpps_updates_the_record(terms):
    SupervisorImporter().run(csv_file(GOOD_ROW))
    SupervisorImporter().run(csv_file(GOOD_ROW.replace(";2;saspas", ";3;saspas")))
    assert Supervisor.objects.get().max_interns == 3


def test_any_bad_row_saves_nothing_and_names_each_bad_line(terms):
    bad_rpps = GOOD_ROW.replace("10003478962", "10003478963")
    no_consent = GOOD_ROW.replace("10003478962", "10001234565").replace(
        "2025-10-15;signed_form", ";"
    )
    check = SupervisorImporter().run(csv_file(GOOD_ROW, bad_rpps, no_consent))
    assert not check.is_valid
    assert [error.line for error in check.errors] == [3, 4]
    assert "RPPS" in check.errors[0].messages[0]
    assert "consent" in " ".join(check.errors[1].messages)
    assert not Supervisor.objects.exists()


def test_unknown_term_is_named_in_the_error(terms):
    check = SupervisorImporter().check(csv_file(GOOD_ROW.replace("saspas;", "astronaute;")))
    assert "astronaute" in check.errors[0].messages[0]


def test_place_slug_gives_the_commune_and_position(terms):
    place = PlaceToPractiseFactory(slug="mspu-nemours")
    header = HEADER.replace("Commune", "Lieu d'exercice")
    content = "\n".join([header, GOOD_ROW.replace(";77333;", ";mspu-nemours;")]).encode()
    assert SupervisorImporter().run(content).saved == 1
    supervisor = Supervisor.objects.get()
    assert (supervisor.commune, supervisor.latitude) == (place.commune, place.latitude)


def test_export_reads_back_as_the_same_record(staff_client_and_supervisor):
    client, supervisor = staff_client_and_supervisor
    response = client.get(
        reverse("wagtailsnippets_supervisors_supervisor:list"), {"export": "xlsx"}
    )
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = [
        [("" if c is None else str(c)) for c in row] for row in sheet.iter_rows(values_only=True)
    ]
    assert rows[0] == [column.header for column in SupervisorImporter.columns]
    assert supervisor.email in rows[1]
    csv = "\n".join(";".join(row) for row in rows).encode()
    Supervisor.objects.all().delete()
    check = SupervisorImporter().run(csv)
    assert check.is_valid, check.errors
    assert Supervisor.objects.get().rpps == supervisor.rpps


@pytest.fixture
def staff_client_and_supervisor(client, cdom_staff):
    client.force_login(cdom_staff)
    return client, SupervisorFactory()


def test_admin_upload_previews_then_confirm_imports(client, cdom_staff, terms):
    client.force_login(cdom_staff)
    upload = io.BytesIO(csv_file(GOOD_ROW))
    upload.name = "maitres.csv"
    response = client.post(
        reverse("wagtailsnippets_supervisors_supervisor:import"), {"file": upload}
    )
    assert response.status_code == 200
    assert not Supervisor.objects.exists()
    pending = PendingImport.objects.get()
    confirm = reverse("wagtailsnippets_supervisors_supervisor:confirm_import", args=[pending.pk])
    assert client.post(confirm).status_code == 302
    assert Supervisor.objects.filter(rpps="10003478962").exists()


def test_re_importing_the_export_saves_nothing_and_writes_no_revision(terms, client):
    SupervisorImporter().run(csv_file(GOOD_ROW))
    supervisor = Supervisor.objects.get()
    revisions = supervisor.revisions.count()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.get(reverse("wagtailsnippets_supervisors_supervisor:list") + "?export=csv")
    check = SupervisorImporter().run(b"".join(response.streaming_content))
    assert check.errors == []
    assert (check.saved, check.unchanged) == (0, 1)
    assert supervisor.revisions.count() == revisions


def test_a_decimal_comma_and_a_consent_method_in_french_are_read(terms):
    row = GOOD_ROW.replace(";signed_form;", ";Formulaire papier signé;")
    header = HEADER + ";Latitude;Longitude"
    check = SupervisorImporter().run(f"{header}\n{row};48,2667;2,6975".encode("cp1252"))
    assert check.errors == []
    supervisor = Supervisor.objects.get()
    assert (supervisor.latitude, supervisor.consent_method) == (48.2667, "signed_form")


PLACE_HEADER = HEADER.replace("Commune;", "Lieu d'exercice;Commune;")


def test_a_row_whose_position_comes_from_its_place_is_unchanged_when_imported_again(terms):
    """The commune and coordinates are filled from the place: an empty cell is not a change."""
    PlaceToPractiseFactory(slug="mspu-nemours")
    row = GOOD_ROW.replace(";77333;", ";mspu-nemours;;")
    content = "\n".join([PLACE_HEADER, row]).encode()
    assert SupervisorImporter().run(content).saved == 1
    again = SupervisorImporter().run(content)
    assert (again.saved, again.unchanged) == (0, 1)
    assert Supervisor.objects.get().revisions.count() == 1


def test_only_the_rows_that_change_are_saved(terms):
    other = GOOD_ROW.replace("10003478962", "10001234565").replace("Moreau", "Durand")
    SupervisorImporter().run(csv_file(GOOD_ROW, other))
    check = SupervisorImporter().run(csv_file(GOOD_ROW, other.replace(";2;saspas", ";3;saspas")))
    assert (check.saved, check.unchanged) == (1, 1)
    assert Supervisor.objects.get(last_name="Moreau").revisions.count() == 1
    durand = Supervisor.objects.get(last_name="Durand")
    assert durand.revisions.count() == 2
    assert durand.latest_revision.as_object().max_interns == 3


def test_imported_records_have_their_revision_history_and_search_entry(terms):
    """What saving in bulk must write as the admin's own save and publish do."""
    user = UserFactory(is_staff=True, is_superuser=True)
    hidden = (
        GOOD_ROW.replace("10003478962", "10001234565")
        .replace("Moreau", "Durand")
        .replace(";oui", ";non")
    )
    SupervisorImporter(user=user).run(csv_file(GOOD_ROW, hidden))
    live = Supervisor.objects.get(rpps="10003478962")
    assert live.live
    assert not live.has_unpublished_changes
    assert live.live_revision == live.latest_revision
    assert live.first_published_at
    assert live.last_published_at
    assert live.latest_revision.user == user
    assert live.latest_revision.as_object().openings.count() == 2
    actions = ModelLogEntry.objects.for_instance(live).values_list("action", flat=True)
    assert sorted(actions) == ["wagtail.create", "wagtail.publish"]
    draft = Supervisor.objects.get(rpps="10001234565")
    assert not draft.live
    assert draft.has_unpublished_changes
    assert draft.live_revision is None
    assert list(get_search_backend().search("Moreau", Supervisor)) == [live]
    assert ReferenceIndex.get_references_for_object(live).exists()


def test_a_row_that_unpublishes_a_live_record_logs_it(terms):
    SupervisorImporter().run(csv_file(GOOD_ROW))
    SupervisorImporter().run(csv_file(GOOD_ROW[: -len("oui")] + "non"))
    supervisor = Supervisor.objects.get()
    assert not supervisor.live
    assert supervisor.has_unpublished_changes
    actions = set(ModelLogEntry.objects.for_instance(supervisor).values_list("action", flat=True))
    assert "wagtail.unpublish" in actions


def test_one_rpps_on_two_lines_is_refused_naming_both(terms):
    check = SupervisorImporter().run(csv_file(GOOD_ROW, GOOD_ROW.replace("Claire", "Claude")))
    assert [error.line for error in check.errors] == [3]
    assert "10003478962" in check.errors[0].messages[0]
    assert "2" in check.errors[0].messages[0]
    assert not Supervisor.objects.exists()


def test_checking_a_file_looks_each_value_up_once(terms):
    rows = [
        GOOD_ROW.replace("10003478962", with_check_digit(str(1009900000 + n))) for n in range(40)
    ]
    with CaptureQueriesContext(connection) as few:
        SupervisorImporter().check(csv_file(*rows[:4]))
    with CaptureQueriesContext(connection) as many:
        SupervisorImporter().check(csv_file(*rows))
    assert len(many) == len(few)


def test_the_export_names_the_commune_which_a_postcode_cannot_be_mistaken_for(terms, client):
    SupervisorImporter().run(csv_file(GOOD_ROW))
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.get(reverse("wagtailsnippets_supervisors_supervisor:list") + "?export=csv")
    exported = b"".join(response.streaming_content).decode("utf-8-sig")
    assert ";Nemours;" in exported
    assert "77333" not in exported.split("\n", 1)[1]
