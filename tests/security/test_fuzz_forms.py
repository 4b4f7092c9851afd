"""Every public form, fuzzed from a valid submission: never a 500, never live markup, and
either the whole record is written (the success redirect) or nothing is."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from hypothesis import example, given

from accounts.models import User
from events.models import Registration
from relay.models import RelayedMessage
from supervisors.models import Lead
from tests.events.factories import EventPageFactory
from tests.factories import (
    CareerStageFactory,
    FacultyFactory,
    ProfessionFactory,
    SpecialtyFactory,
)
from tests.housing.factories import HousingListingFactory
from tests.security.fuzzing import FUZZ, SCRIPT, assert_safe, form_changes
from tests.supervisors.factories import become_supervisor_page, lead_form_answers
from tests.territory.factories import CommuneFactory

pytestmark = pytest.mark.django_db


def post(client, url: str, valid: dict, changes: dict):
    """POST the valid data with `changes` applied, from a clean rate-limit slate."""
    cache.clear()
    response = client.post(url, {**valid, **changes})
    assert_safe(response)
    return response


def wrote_one_only_on_success(response, before: int, after: int) -> bool:
    return after - before == (1 if response.status_code == 302 else 0)


def french_url(name: str) -> str:
    with translation.override("fr"):
        return reverse(name)


SIGNUP = {
    "email": "lea.fuzz@example.org",
    "password1": "Un-mot-de-passe-solide-42",
    "password2": "Un-mot-de-passe-solide-42",
}


@FUZZ
@given(changes=form_changes(list(SIGNUP)))
@example(changes={"email": SCRIPT})
def test_sign_up(client, portal, changes):
    before = User.objects.count()
    response = post(client, french_url("account_signup"), SIGNUP, changes)
    client.logout()
    assert wrote_one_only_on_success(response, before, User.objects.count())


PROFILE = ["first_name", "last_name", "profession", "career_stage", "faculty", "specialty"]


@FUZZ
@given(changes=form_changes([*PROFILE, "preferred_language"]))
@example(changes={"first_name": "x" * 5000})
def test_profile(client, portal, verified_user, changes):
    client.force_login(verified_user)
    saved = User.objects.values(*PROFILE).get(pk=verified_user.pk)
    response = post(client, french_url("accounts:profile"), {"preferred_language": "fr"}, changes)
    if response.status_code != 302:
        assert User.objects.values(*PROFILE).get(pk=verified_user.pk) == saved


@pytest.fixture
def finder_terms(db):
    ProfessionFactory(slug="sage-femme")
    CareerStageFactory(slug="etudiant")
    CommuneFactory(slug="coulommiers")


FINDER = {"profession": "sage-femme", "stage": "etudiant", "commune": "coulommiers"}


@FUZZ
@given(changes=form_changes([*FINDER, "email"]))
@example(changes={"email": SCRIPT})
def test_finder_email(client, portal, finder_terms, changes):
    url = f"{portal['guide'].url}quelles-aides-pour-moi/courriel/"
    before = len(mail.outbox)
    response = post(client, url, {**FINDER, "email": "karim@example.org"}, changes)
    assert wrote_one_only_on_success(response, before, len(mail.outbox))


@pytest.fixture
def become_page(portal):
    return become_supervisor_page(portal["supervisors"])


@pytest.fixture
def lead_answers(db):
    return lead_form_answers()


@FUZZ
@given(
    changes=form_changes(
        [
            *("first_name", "last_name", "email", "phone", "profession", "rpps", "place"),
            *("address", "commune", "available_from", "message", "consent"),
        ]
    )
)
@example(changes={"message": SCRIPT})
def test_lead_form(client, become_page, lead_answers, changes):
    before = Lead.objects.count()
    response = post(client, become_page.url, lead_answers, changes)
    assert wrote_one_only_on_success(response, before, Lead.objects.count())


@pytest.fixture
def event(portal):
    SpecialtyFactory()
    FacultyFactory()
    return EventPageFactory(
        parent=portal["events"],
        capacity=500,
        ask_specialty=True,
        free_question="Quelle table ronde vous intéresse ?",
    )


GUEST = {"first_name": "Inès", "last_name": "Garnier", "email": "ines@example.org"}
REGISTRATION = [*GUEST, "specialty", "faculty", "semester", "dietary_needs", "access_needs"]


@FUZZ
@given(changes=form_changes([*REGISTRATION, "free_answer"]))
@example(changes={"free_answer": SCRIPT, "email": "autre@example.org"})
def test_guest_event_registration(client, event, changes):
    before = Registration.objects.count()
    response = post(client, f"{event.url}inscription/", GUEST, changes)
    assert wrote_one_only_on_success(response, before, Registration.objects.count())


@pytest.fixture
def listing(portal):
    return HousingListingFactory()


@FUZZ
@given(changes=form_changes(["body"]))
@example(changes={"body": SCRIPT})
def test_relay_contact_form(client, listing, verified_user, changes):
    client.force_login(verified_user)
    before = RelayedMessage.objects.count()
    url = f"/fr/contact/logement/{listing.pk}/"
    response = post(client, url, {"body": "Bonjour, je cherche pour novembre."}, changes)
    assert wrote_one_only_on_success(response, before, RelayedMessage.objects.count())
