"""Every spreadsheet the project offers opens in French Excel and cannot run a formula.

CSV: a byte-order mark, semicolons, dates as dd/mm/yyyy. Each export gets a
cell `=HYPERLINK("http://x","y")` typed by someone who should not command the
reader's spreadsheet, and must write it inert.
"""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from tests.events.factories import RegistrationFactory
from tests.factories import EventPageFactory, UserFactory
from tests.guide.factories import AidPageFactory
from tests.housing.factories import HousingListingFactory
from tests.supervisors.factories import LeadFactory, SupervisorFactory

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://x","y")'


@pytest.fixture
def admin(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def download(client, url: str) -> bytes:
    response = client.get(url)
    assert response.status_code == 200
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def csv_rows(content: bytes) -> list[list[str]]:
    assert content.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def assert_french_and_inert(content: bytes) -> list[list[str]]:
    rows = csv_rows(content)
    assert len(rows[0]) > 1, "the header is split on semicolons"
    cells = [cell for row in rows for cell in row]
    assert "'" + FORMULA in cells
    assert FORMULA not in cells
    return rows


def list_url(name: str, file_format: str = "csv") -> str:
    return reverse(name) + f"?export={file_format}"


def test_housing_list_export_is_french_and_inert(admin):
    HousingListingFactory(title=FORMULA)
    assert_french_and_inert(
        download(admin, list_url("wagtailsnippets_housing_housinglisting:list"))
    )


def test_housing_list_xlsx_export_is_inert_with_dates_as_dates(admin):
    HousingListingFactory(title=FORMULA)
    content = download(admin, list_url("wagtailsnippets_housing_housinglisting:list", "xlsx"))
    sheet = load_workbook(io.BytesIO(content)).active
    values = [cell.value for cell in sheet[2]]
    assert "'" + FORMULA in values
    assert any(isinstance(value, datetime.date) for value in values)


def test_supervisor_list_export_is_french_and_inert(admin):
    SupervisorFactory(presentation=FORMULA)
    assert_french_and_inert(
        download(admin, list_url("wagtailsnippets_supervisors_supervisor:list"))
    )


def test_leads_export_is_french_and_inert(admin):
    LeadFactory(first_name=FORMULA)
    assert_french_and_inert(download(admin, list_url("wagtailsnippets_supervisors_lead:list")))


def test_approvals_ending_report_export_is_french_and_inert(admin):
    SupervisorFactory(
        phone=FORMULA, approval_end=timezone.localdate() + datetime.timedelta(days=10)
    )
    rows = assert_french_and_inert(download(admin, list_url("supervisors_approvals_ending")))
    day = (timezone.localdate() + datetime.timedelta(days=10)).strftime("%d/%m/%Y")
    assert day in rows[1]


def test_aids_to_review_export_is_french_and_inert(admin, portal):
    AidPageFactory(
        parent=portal["guide"],
        title=FORMULA,
        last_checked_on=timezone.localdate() - datetime.timedelta(days=400),
    )
    assert_french_and_inert(download(admin, list_url("guide_aids_to_review")))


def test_event_registrations_export_is_french_and_inert(admin, portal):
    event = EventPageFactory(parent=portal["events"])
    RegistrationFactory(event=event, last_name=FORMULA)
    url = reverse("event_registrations:export", args=[event.pk, "csv"])
    assert_french_and_inert(download(admin, url))


def test_every_admin_list_export_goes_through_the_french_excel_writer():
    from wagtail.snippets.models import get_snippet_models

    from core.tabular.views import FrenchExcelExportMixin
    from guide.viewsets import AidsToReviewView
    from supervisors.viewsets import ApprovalsEndingReportView

    exporting = [
        model.snippet_viewset.index_view_class
        for model in get_snippet_models()
        if isinstance(model.snippet_viewset.list_export, list | tuple)
        and model.snippet_viewset.list_export
    ]
    assert len(exporting) >= 3
    for view in [*exporting, AidsToReviewView, ApprovalsEndingReportView]:
        assert issubclass(view, FrenchExcelExportMixin), view
