"""Who may see or change what: every group against every thing, each cell a real request.

Rows are the things of issue 8 (pages, aids, housing, supervisors, leads,
registrations, contacts, exports, users); columns the people: an editor, a
CDOM staff member, an event manager, a student with a confirmed address and
an anonymous visitor. Admin cells GET the admin URL: "yes" is a 200, "no" a
redirect or a 403. Contact cells read the public page: "shown" means the
landlord's or practitioner's detail is in the HTML (its text, or in the map's
JSON for a position).
"""

import pytest
from django.contrib.auth.models import Group

from demo.users import grant_event_pages
from tests.events.factories import EventPageFactory, RegistrationFactory
from tests.factories import EmailAddressFactory
from tests.guide.factories import AidPageFactory
from tests.housing.factories import HousingListingFactory
from tests.supervisors.factories import LeadFactory, SupervisorFactory

pytestmark = pytest.mark.django_db

PEOPLE = ("editor", "cdom", "event_manager", "student", "anonymous")
GROUPS = {"editor": "Editors", "cdom": "CDOM staff", "event_manager": "Event managers"}

LANDLORD_EMAIL = "bailleur.prive@example.org"
LANDLORD_PHONE = "06 11 22 33 44"
SUPERVISOR_EMAIL = "dr.secret@example.org"
SUPERVISOR_PHONE = "06 55 66 77 88"
LANDLORD_ADDRESS = "17 allée des Tilleuls"
SUPERVISOR_ADDRESS = "23 rue du Docteur Roux"
# Positions with more decimals than anything public has: found in a page, they
# are the stored position itself.
LISTING_POSITION = (48.5412345, 2.6598765)
SUPERVISOR_POSITION = (48.5498765, 2.6412345)

Y, N = "yes", "no"
#              thing                      editor cdom  event_m student anonymous
ADMIN_MATRIX = {
    "edit a section page": (Y, N, N, N, N),
    "edit an aid": (Y, N, N, N, N),
    "edit an event page": (Y, N, Y, N, N),
    "list housing listings": (N, Y, N, N, N),
    "edit a housing listing": (N, Y, N, N, N),
    "export housing listings": (N, Y, N, N, N),
    "list supervisors": (Y, Y, N, N, N),
    "edit a supervisor": (Y, Y, N, N, N),
    "export supervisors": (Y, Y, N, N, N),
    "list leads": (Y, Y, N, N, N),
    "edit a lead": (Y, Y, N, N, N),
    "list registrations": (Y, N, Y, N, N),
    "export registrations": (Y, N, Y, N, N),
    "check in registrants": (Y, N, Y, N, N),
    "list users": (N, N, N, N, N),
    "choose a housing listing": (N, Y, N, N, N),
    "choose a supervisor": (Y, Y, N, N, N),
    "choose a lead": (Y, Y, N, N, N),
    "browse pages in the chooser": (Y, N, Y, N, N),
    "search pages in the chooser": (Y, N, Y, N, N),
    "read the translations report": (Y, N, Y, N, N),
    "read the aids to review": (Y, N, N, N, N),
}

SHOWN, HIDDEN = "shown", "hidden"
#              detail on a public page    editor  cdom    event_m student anonymous
CONTACT_MATRIX = {
    "landlord's e-mail":                 (HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN),
    "landlord's phone":                  (HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN),
    "supervisor's e-mail":               (HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN),
    "supervisor's phone":                (HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN),
    "landlord's address":                (SHOWN,  SHOWN,  SHOWN,  SHOWN,  HIDDEN),
    "supervisor's address":              (SHOWN,  SHOWN,  SHOWN,  SHOWN,  HIDDEN),
    "listing's position, its page":      (SHOWN,  SHOWN,  SHOWN,  SHOWN,  HIDDEN),
    "supervisor's position, their page": (SHOWN,  SHOWN,  SHOWN,  SHOWN,  HIDDEN),
    "listing's position, search map":    (HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN),
    "supervisor's position, directory":  (HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN),
}  # fmt: skip


def cells(matrix):
    return [
        pytest.param(thing, person, row[column], id=f"{thing} | {person}")
        for thing, row in matrix.items()
        for column, person in enumerate(PEOPLE)
    ]


@pytest.fixture
def world(portal):
    """One of each thing, in French, with the events section granted as the demo grants it."""
    grant_event_pages([portal["events"], portal["en"]["events"]])
    event = EventPageFactory(parent=portal["events"], capacity=10)
    RegistrationFactory(event=event)
    listing = HousingListingFactory(
        contact_email=LANDLORD_EMAIL,
        contact_phone=LANDLORD_PHONE,
        address=LANDLORD_ADDRESS,
        latitude=LISTING_POSITION[0],
        longitude=LISTING_POSITION[1],
    )
    supervisor = SupervisorFactory(
        email=SUPERVISOR_EMAIL,
        phone=SUPERVISOR_PHONE,
        address=SUPERVISOR_ADDRESS,
        latitude=SUPERVISOR_POSITION[0],
        longitude=SUPERVISOR_POSITION[1],
    )
    return {
        "section": portal["guide"],
        "aid": AidPageFactory(parent=portal["guide"]),
        "event": event,
        "listing": listing,
        "supervisor": supervisor,
        "lead": LeadFactory(),
    }


def admin_url(thing: str, world) -> str:
    snippets = "/admin/snippets"
    return {
        "edit a section page": f"/admin/pages/{world['section'].pk}/edit/",
        "edit an aid": f"/admin/pages/{world['aid'].pk}/edit/",
        "edit an event page": f"/admin/pages/{world['event'].pk}/edit/",
        "list housing listings": f"{snippets}/housing/housinglisting/",
        "edit a housing listing": f"{snippets}/housing/housinglisting/edit/{world['listing'].pk}/",
        "export housing listings": f"{snippets}/housing/housinglisting/?export=csv",
        "list supervisors": f"{snippets}/supervisors/supervisor/",
        "edit a supervisor": f"{snippets}/supervisors/supervisor/edit/{world['supervisor'].pk}/",
        "export supervisors": f"{snippets}/supervisors/supervisor/?export=csv",
        "list leads": f"{snippets}/supervisors/lead/",
        "edit a lead": f"{snippets}/supervisors/lead/edit/{world['lead'].pk}/",
        "list registrations": f"/admin/event-registrations/{world['event'].pk}/",
        "export registrations": f"/admin/event-registrations/{world['event'].pk}/export.csv",
        "check in registrants": f"/admin/event-registrations/{world['event'].pk}/check-in/",
        "list users": "/admin/users/",
        "choose a housing listing": "/admin/snippets/choose/housing/housinglisting/",
        "choose a supervisor": "/admin/snippets/choose/supervisors/supervisor/",
        "choose a lead": "/admin/snippets/choose/supervisors/lead/",
        "browse pages in the chooser": "/admin/choose-page/",
        "search pages in the chooser": "/admin/choose-page/search/?q=aide",
        "read the translations report": "/admin/localize/reports/translations/",
        "read the aids to review": "/admin/reports/aids-to-review/",
    }[thing]


def contact_page_and_detail(detail: str, world) -> tuple[str, str]:
    listing_url = world["listing"].get_absolute_url()
    supervisor_url = world["supervisor"].get_absolute_url()
    return {
        "landlord's e-mail": (listing_url, LANDLORD_EMAIL),
        "landlord's phone": (listing_url, LANDLORD_PHONE),
        "supervisor's e-mail": (supervisor_url, SUPERVISOR_EMAIL),
        "supervisor's phone": (supervisor_url, SUPERVISOR_PHONE),
        "landlord's address": (listing_url, LANDLORD_ADDRESS),
        "supervisor's address": (supervisor_url, SUPERVISOR_ADDRESS),
        "listing's position, its page": (listing_url, str(LISTING_POSITION[0])),
        "supervisor's position, their page": (supervisor_url, str(SUPERVISOR_POSITION[0])),
        "listing's position, search map": (index_url(listing_url), str(LISTING_POSITION[0])),
        "supervisor's position, directory": (
            index_url(supervisor_url),
            str(SUPERVISOR_POSITION[0]),
        ),
    }[detail]


def index_url(record_url: str) -> str:
    """The search or directory page above a record's page: its URL without the last part."""
    return record_url.rstrip("/").rsplit("/", 1)[0] + "/"


def sign_in(client, person: str) -> None:
    """Everyone but the anonymous visitor has an account with a confirmed address."""
    if person == "anonymous":
        return
    user = EmailAddressFactory(verified=True).user
    if person in GROUPS:
        user.groups.add(Group.objects.get(name=GROUPS[person]))
    client.force_login(user)


@pytest.mark.parametrize(("thing", "person", "expected"), cells(ADMIN_MATRIX))
def test_admin_access(client, world, thing, person, expected):
    sign_in(client, person)
    status = client.get(admin_url(thing, world)).status_code
    assert status in ((200,) if expected == Y else (302, 403)), status


@pytest.mark.parametrize(("detail", "person", "expected"), cells(CONTACT_MATRIX))
def test_contact_details_on_public_pages(client, world, detail, person, expected):
    sign_in(client, person)
    path, value = contact_page_and_detail(detail, world)
    response = client.get(path)
    assert response.status_code == 200
    assert (value in response.content.decode()) == (expected == SHOWN)


def test_the_translations_report_is_not_in_the_menu_of_staff_who_edit_no_page(client, world):
    sign_in(client, "cdom")
    assert "/admin/localize/reports/translations/" not in client.get("/admin/").content.decode()


def test_the_translations_report_is_in_the_menu_of_editors(client, world):
    sign_in(client, "editor")
    assert "/admin/localize/reports/translations/" in client.get("/admin/").content.decode()
