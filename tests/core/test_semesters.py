"""Semesters: November to April and May to October."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from core.semesters import (
    Semester,
    next_semester,
    semester_containing,
    semester_from_key,
    upcoming_semesters,
    validate_semester_start,
)

D = datetime.date


def test_next_semester_before_november_is_november_to_april():
    assert next_semester(D(2026, 10, 20)) == Semester(D(2026, 11, 1), D(2027, 4, 30))


def test_next_semester_during_the_winter_semester_is_may_to_october():
    assert next_semester(D(2026, 11, 22)) == Semester(D(2027, 5, 1), D(2027, 10, 31))


def test_a_day_in_february_belongs_to_the_semester_that_started_in_november():
    assert semester_containing(D(2027, 2, 1)).start == D(2026, 11, 1)


def test_upcoming_semesters_follow_each_other():
    keys = [semester.key for semester in upcoming_semesters(D(2026, 11, 22))]
    assert keys == ["2026-11", "2027-05", "2027-11"]


def test_an_unknown_semester_key_is_ignored():
    assert semester_from_key("2026-07") is None
    assert semester_from_key("novembre") is None


def test_a_semester_label_reads_in_the_active_language(settings):
    from django.utils import translation

    with translation.override("fr"):
        assert semester_containing(D(2027, 2, 1)).label() == "novembre 2026 – avril 2027"


@pytest.mark.parametrize("day", [D(2026, 11, 2), D(2026, 9, 1)])
def test_a_semester_starts_on_the_first_of_may_or_november(day):
    with pytest.raises(ValidationError):
        validate_semester_start(day)
