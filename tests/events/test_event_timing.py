"""An evening under way shows as in progress, a past one says it took place."""

import datetime

import pytest
import time_machine

pytestmark = pytest.mark.django_db


def during(event):
    return time_machine.travel(event.start + datetime.timedelta(hours=1), tick=False)


def after(event):
    return time_machine.travel(event.end + datetime.timedelta(days=1), tick=False)


def test_evening_under_way_is_listed_as_taking_place_not_upcoming(client, event):
    with during(event):
        response = client.get("/fr/evenements/")
    assert [e.title for e in response.context["current_events"]] == [event.title]
    assert response.context["upcoming_events"] == []
    assert "En cours" in response.content.decode()


def test_evening_under_way_page_says_it_is_taking_place(client, event):
    with during(event):
        body = client.get(event.url).content.decode()
    assert "La soirée a lieu en ce moment, jusqu’à 21:30." in body


def test_evening_under_way_is_not_the_next_evening_on_the_home_page(client, event):
    with during(event):
        response = client.get("/fr/")
    assert response.context["next_event"] is None


def test_past_evening_page_says_it_took_place_instead_of_a_registration_box(client, event):
    with after(event):
        body = client.get(event.url).content.decode()
    date = event.start.astimezone(datetime.UTC).strftime("%d")
    assert "Cette soirée a eu lieu le" in body
    assert date.lstrip("0") in body
    assert 'id="registration-title"' not in body
