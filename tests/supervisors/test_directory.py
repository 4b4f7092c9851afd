"""The public directory: filters in the address, a page per supervisor, no contact for strangers."""

import datetime
import json

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.semesters import semester_containing
from relay.urls import contact_url
from supervisors.models import SupervisorIndexPage, SupervisorOpening
from tests.factories import SpecialtyFactory
from tests.supervisors.factories import (
    LearnerLevelFactory,
    SpokenLanguageFactory,
    SupervisorFactory,
)
from tests.territory.factories import CommuneFactory

pytestmark = pytest.mark.django_db


def names(response) -> list[str]:
    return [s.last_name for s in response.context["search"].page]


def test_directory_lists_published_supervisors_only(client, directory):
    shown = SupervisorFactory(last_name="Visible")
    SupervisorFactory(last_name="Draft", live=False)
    SupervisorFactory(last_name="NoConsent", consent_date=None)
    response = client.get(directory.url)
    assert response.status_code == 200
    assert names(response) == [shown.last_name]


def test_filter_by_specialty_keeps_only_that_specialty(client, directory):
    paediatrician = SupervisorFactory(last_name="Enfant")
    SupervisorFactory(last_name="Autre")
    response = client.get(directory.url, {"specialty": paediatrician.specialty.slug})
    assert names(response) == ["Enfant"]


def test_filter_by_learner_level(client, directory):
    saspas = LearnerLevelFactory(slug="saspas")
    supervisor = SupervisorFactory(last_name="Saspas")
    supervisor.learner_levels.set([saspas])
    supervisor.save()
    SupervisorFactory(last_name="Autre")
    assert names(client.get(directory.url, {"level": "saspas"})) == ["Saspas"]


def test_filter_by_language(client, directory):
    english = SpokenLanguageFactory(slug="anglais")
    supervisor = SupervisorFactory(last_name="English")
    supervisor.languages.set([english])
    supervisor.save()
    SupervisorFactory(last_name="Autre")
    assert names(client.get(directory.url, {"language": "anglais"})) == ["English"]


def test_filter_by_commune_without_radius_keeps_that_commune(client, directory):
    melun = CommuneFactory(slug="melun")
    SupervisorFactory(last_name="Melun", commune=melun)
    SupervisorFactory(last_name="Ailleurs")
    assert names(client.get(directory.url, {"commune": "melun"})) == ["Melun"]


def test_filter_by_distance_from_a_commune_sorts_nearest_first(client, directory):
    melun = CommuneFactory(slug="melun", latitude=48.5421, longitude=2.6554)
    fontainebleau = CommuneFactory(slug="fontainebleau", latitude=48.4047, longitude=2.7016)
    meaux = CommuneFactory(slug="meaux", latitude=48.9601, longitude=2.8788)
    SupervisorFactory(last_name="Fontainebleau", commune=fontainebleau)
    SupervisorFactory(last_name="Meaux", commune=meaux)
    SupervisorFactory(last_name="Melun", commune=melun)
    response = client.get(directory.url, {"commune": "melun", "radius": "20"})
    assert names(response) == ["Melun", "Fontainebleau"]
    assert "16 km" in response.content.decode()


def test_filter_places_free_this_semester(client, directory):
    current = semester_containing(timezone.localdate()).start
    free = SupervisorFactory(last_name="Libre")
    full = SupervisorFactory(last_name="Complet")
    SupervisorOpening.objects.create(supervisor=free, semester_start=current, places=2)
    SupervisorOpening.objects.create(supervisor=full, semester_start=current, places=0)
    assert names(client.get(directory.url, {"free": "on"})) == ["Libre"]


def test_unknown_filter_value_is_reported_and_lists_everyone(client, directory):
    SupervisorFactory()
    response = client.get(directory.url, {"specialty": "nope"})
    assert response.status_code == 200
    assert len(names(response)) == 1
    assert "error-summary" in response.content.decode()


def test_active_filter_has_a_chip_that_removes_it(client, directory):
    melun = CommuneFactory(slug="melun")
    SupervisorFactory(commune=melun)
    response = client.get(directory.url, {"commune": "melun", "radius": "10", "free": "on"})
    remove_urls = {chip.remove_url for chip in response.context["search"].chips}
    assert "?free=on" in remove_urls
    assert "?commune=melun&radius=10" in remove_urls


def test_directory_is_paginated_by_twenty(client, directory):
    SupervisorFactory.create_batch(25)
    first = client.get(directory.url)
    second = client.get(directory.url, {"page": 2})
    assert len(first.context["search"].page) == 20
    assert len(second.context["search"].page) == 5
    assert first.context["search"].total == 25


def test_the_map_shows_the_page_of_results_the_list_shows(client, directory):
    """Not the whole directory: its 2,000 markers made a 400 KB page."""
    SupervisorFactory.create_batch(25)
    for number, count in ((1, 20), (2, 5)):
        response = client.get(directory.url, {"page": number})
        markers = response.context["directory_map"]["markers"]
        assert [marker["url"] for marker in markers] == [
            supervisor.url for supervisor in response.context["search"].page
        ]
        assert len(markers) == count


def test_directory_and_map_never_show_contact_details(client, directory):
    SupervisorFactory(email="secret@example.org", phone="06 99 99 99 99")
    body = client.get(directory.url).content.decode()
    assert "secret@example.org" not in body
    assert "06 99 99 99 99" not in body


def test_map_data_holds_names_and_links_only(client, directory):
    supervisor = SupervisorFactory(email="secret@example.org")
    response = client.get(directory.url)
    marker = response.context["directory_map"]["markers"][0]
    assert set(marker) == {"latitude", "longitude", "label", "url", "kind", "radius_m"}
    assert marker["url"].endswith(f"/{supervisor.pk}-{supervisor.slug}/")
    assert "secret" not in json.dumps(response.context["directory_map"])


def query_count(client, url) -> int:
    # A first request refills the caches (settings, menu) that the saves purged
    # or that the test cache's size evicted: what is compared is a render.
    client.get(url, {"free": "on"})
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, {"free": "on"}).status_code == 200
    return len(queries)


def test_directory_query_count_does_not_grow_with_the_number_of_supervisors(
    client, directory, settings
):
    settings.PAGE_CACHE_SECONDS = 0  # the queries of rendering, not a page from the cache
    current = semester_containing(timezone.localdate()).start
    level = LearnerLevelFactory()
    language = SpokenLanguageFactory()

    def add(count):
        for supervisor in SupervisorFactory.create_batch(count):
            supervisor.learner_levels.set([level])
            supervisor.languages.set([language])
            supervisor.openings = [SupervisorOpening(semester_start=current, places=1)]
            supervisor.save()

    add(20)
    with_20 = query_count(client, directory.url)
    add(480)
    with_500 = query_count(client, directory.url)
    assert with_20 == with_500


def test_directory_never_reads_contact_details_or_rpps(client, directory, settings):
    """The public list reads only what its cards show (supervisors.models CARD_FIELDS)."""
    settings.PAGE_CACHE_SECONDS = 0
    shown = SupervisorFactory(email="cabinet@example.org", phone="01 02 03 04 05")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(directory.url)
    assert names(response) == [shown.last_name]
    supervisor_queries = [q["sql"] for q in queries if 'FROM "supervisors_supervisor"' in q["sql"]]
    assert supervisor_queries
    for column in ("rpps", "address", "email", "phone", "consent_method"):
        assert not any(f'"supervisors_supervisor"."{column}"' in sql for sql in supervisor_queries)


def test_supervisor_page_shows_the_record(client, directory):
    supervisor = SupervisorFactory(presentation="Médecine rurale et visites à domicile.")
    response = client.get(directory.supervisor_url(supervisor))
    assert response.status_code == 200
    body = response.content.decode()
    assert supervisor.display_name in body
    assert "Médecine rurale" in body


def test_supervisor_page_shows_the_english_presentation_on_the_english_site(client, portal):
    supervisor = SupervisorFactory(presentation="En français.", presentation_en="In English.")
    english_directory = SupervisorIndexPage.objects.get(pk=portal["en"]["supervisors"].pk)
    body = client.get(english_directory.supervisor_url(supervisor)).content.decode()
    assert "In English." in body


def test_supervisor_page_with_a_wrong_slug_redirects_to_the_right_one(client, directory):
    supervisor = SupervisorFactory(first_name="Claire", last_name="Moreau")
    response = client.get(f"{directory.url}{supervisor.pk}-old-name/")
    assert response.status_code == 301
    assert response.url == directory.supervisor_url(supervisor)


@pytest.mark.parametrize(
    "changes",
    [
        {"live": False},
        {"consent_date": None},
        {"consent_withdrawn_on": datetime.date(2026, 1, 1)},
        {"approval_end": datetime.date(2020, 1, 1), "approval_start": datetime.date(2015, 1, 1)},
    ],
)
def test_unlisted_supervisor_has_no_public_page(client, directory, changes):
    supervisor = SupervisorFactory(**changes)
    assert client.get(directory.supervisor_url(supervisor)).status_code == 404


def test_anonymous_visitor_sees_no_contact_but_a_sign_in_prompt(client, directory):
    supervisor = SupervisorFactory(email="secret@example.org", phone="06 99 99 99 99")
    body = client.get(directory.supervisor_url(supervisor)).content.decode()
    assert "secret@example.org" not in body
    assert "06 99 99 99 99" not in body
    assert "/compte/connexion/?next=" in body


def test_verified_student_gets_the_relay_form_but_never_the_phone(
    client, directory, verified_student
):
    supervisor = SupervisorFactory(email="secret@example.org", phone="06 99 99 99 99")
    client.force_login(verified_student)
    body = client.get(directory.supervisor_url(supervisor)).content.decode()
    assert "06 99 99 99 99" not in body
    assert "secret@example.org" not in body
    assert 'name="body"' in body


def test_a_supervisor_without_e_mail_is_said_to_take_no_message_and_shows_no_phone(
    client, directory, verified_student
):
    supervisor = SupervisorFactory(email="", phone="06 99 99 99 99")
    client.force_login(verified_student)
    body = client.get(directory.supervisor_url(supervisor)).content.decode()
    assert "06 99 99 99 99" not in body
    assert "ne reçoit pas encore de messages" in body


def test_signed_in_user_without_verified_email_sees_no_phone(client, directory, user):
    supervisor = SupervisorFactory(phone="06 99 99 99 99")
    client.force_login(user)
    body = client.get(directory.supervisor_url(supervisor)).content.decode()
    assert "06 99 99 99 99" not in body


def test_english_directory_uses_the_same_filters(client, portal):
    SupervisorFactory(last_name="Anglais")
    english = SupervisorIndexPage.objects.get(pk=portal["en"]["supervisors"].pk)
    response = client.get(english.url)
    assert english.url == "/en/supervisors/"
    assert response.status_code == 200
    assert "1 supervisor" in response.content.decode()


def test_verified_student_sees_the_relay_form_on_the_supervisor_page(
    client, directory, verified_student
):
    supervisor = SupervisorFactory()
    client.force_login(verified_student)
    body = client.get(directory.supervisor_url(supervisor)).content.decode()
    assert f'action="{contact_url(supervisor)}"' in body
    assert 'name="body"' in body


def test_verified_student_writes_to_a_supervisor_through_the_relay(
    client, directory, verified_student, django_capture_on_commit_callbacks
):
    supervisor = SupervisorFactory(email="praticienne@example.org")
    client.force_login(verified_student)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(contact_url(supervisor), {"body": "Bonjour, je cherche un stage."})
    assert response.status_code == 302
    assert response.url == directory.supervisor_url(supervisor)
    assert mail.outbox[-1].to == ["praticienne@example.org"]


def test_unlisted_supervisor_cannot_be_written_to(client, directory, verified_student):
    supervisor = SupervisorFactory(consent_date=None)
    client.force_login(verified_student)
    assert client.get(contact_url(supervisor)).status_code == 404


def test_the_directory_links_to_the_become_page_while_it_is_published(
    client, directory, become_page
):
    """The link is cached with the directory's path: unpublishing the page purges it."""
    url = directory.url + "?debug=1"  # a query the page cache skips: rendered each time
    assert f'href="{become_page.url}"' in client.get(url).content.decode()

    become_page.unpublish()

    assert f'href="{become_page.url}"' not in client.get(url).content.decode()


# `debug=1`: a query the page cache skips, so each request renders the directory.
RENDERED = {"debug": "1"}
# The filters' own reads of their lists (the cards' lists are joined to the supervisors).
TERM_LISTS = tuple(
    f'FROM "{table}" WHERE'
    for table in ("core_specialty", "supervisors_learnerlevel", "supervisors_spokenlanguage")
)


def test_searches_share_the_lists_their_filters_offer(client, directory):
    saspas = LearnerLevelFactory(slug="saspas", name_fr="SASPAS")
    SupervisorFactory(last_name="Saspas", learner_levels=[saspas])
    client.get(directory.url, RENDERED)

    with CaptureQueriesContext(connection) as queries:
        response = client.get(directory.url, {"level": "saspas", **RENDERED})

    assert names(response) == ["Saspas"]
    assert '<option value="saspas" selected>SASPAS</option>' in response.content.decode()
    assert not any(term_list in query["sql"] for query in queries for term_list in TERM_LISTS)


def test_a_new_or_renamed_term_is_offered_by_the_filters_at_once(client, directory):
    level = LearnerLevelFactory(slug="saspas", name_fr="SASPAS")
    client.get(directory.url, RENDERED)

    level.name_fr = "Stage autonome (SASPAS)"
    level.save()
    SpecialtyFactory(slug="geriatrie", name_fr="Gériatrie")
    content = client.get(directory.url, RENDERED).content.decode()

    assert '<option value="saspas">Stage autonome (SASPAS)</option>' in content
    assert '<option value="geriatrie">Gériatrie</option>' in content


def test_english_supervisor_page_marks_a_presentation_only_in_french(client, portal):
    supervisor = SupervisorFactory(presentation="En français.", presentation_en="")
    english_directory = SupervisorIndexPage.objects.get(pk=portal["en"]["supervisors"].pk)
    body = client.get(english_directory.supervisor_url(supervisor)).content.decode()
    assert '<div class="prose" lang="fr"><p>En français.</p></div>' in body
