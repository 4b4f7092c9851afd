import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from guide.models import AidPage, Status
from tests.factories import UserFactory
from tests.guide.factories import AidPageFactory

# A page instance reads the default locale from the database, even unsaved.
pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 3, 1)


def window(opens, closes, **fields):
    return AidPage(all_year=False, opens_on=opens, closes_on=closes, **fields)


def test_aid_open_all_year_is_open():
    assert AidPage(all_year=True).status(TODAY) == Status.OPEN


def test_superseded_aid_says_so_whatever_its_window():
    assert AidPage(all_year=True, validity="superseded").status(TODAY) == Status.SUPERSEDED


def test_closed_aid_is_closed():
    assert AidPage(all_year=True, validity="closed").status(TODAY) == Status.CLOSED


def test_window_closing_within_thirty_days_is_closing_soon():
    aid = window(datetime.date(2026, 1, 1), datetime.date(2026, 3, 20))
    assert aid.status(TODAY) == Status.CLOSING_SOON


def test_window_closing_later_is_open():
    aid = window(datetime.date(2026, 1, 1), datetime.date(2026, 6, 30))
    assert aid.status(TODAY) == Status.OPEN


def test_window_in_the_future_opens_later():
    aid = window(datetime.date(2026, 4, 1), datetime.date(2026, 6, 30))
    assert aid.status(TODAY) == Status.NOT_YET_OPEN


def test_window_in_the_past_is_closed_for_applications():
    aid = window(datetime.date(2025, 9, 1), datetime.date(2026, 2, 28))
    assert aid.status(TODAY) == Status.WINDOW_CLOSED


def test_superseded_aid_without_successor_is_refused(guide):
    aid = AidPageFactory(parent=guide)
    aid.validity = "superseded"
    with pytest.raises(ValidationError) as error:
        aid.full_clean()
    assert "superseded_by" in error.value.message_dict


def test_maximum_below_minimum_is_refused(guide):
    aid = AidPageFactory(parent=guide)
    aid.amount_min, aid.amount_max = 500, 100
    with pytest.raises(ValidationError) as error:
        aid.full_clean()
    assert "amount_max" in error.value.message_dict


def test_window_closing_before_it_opens_is_refused(guide):
    aid = AidPageFactory(parent=guide)
    aid.all_year = False
    aid.opens_on, aid.closes_on = datetime.date(2026, 5, 1), datetime.date(2026, 4, 1)
    with pytest.raises(ValidationError) as error:
        aid.full_clean()
    assert "closes_on" in error.value.message_dict


def test_record_check_notes_today_and_the_editor(guide):
    aid = AidPageFactory(parent=guide)
    editor = UserFactory()
    aid.record_check(editor)
    assert aid.last_checked_by == editor
    assert aid.last_checked_on == timezone.localdate()


def test_documents_are_one_per_block_without_blanks():
    aid = AidPage(
        documents=[
            ("document", "Certificat de scolarité"),
            ("document", "  "),
            ("document", "  RIB  "),
        ]
    )
    assert aid.document_list == ["Certificat de scolarité", "RIB"]


def test_closed_aid_page_does_not_say_applications_all_year(client, guide):
    aid = AidPageFactory(
        parent=guide, all_year=True, validity="closed", ended_on=datetime.date(2026, 1, 1)
    )
    html = client.get(aid.url).content.decode()
    assert "Toute l’année" not in html
    assert "Plus de nouvelles demandes depuis le" in html
