"""The registry's rules: availability, search filters, distances."""

import datetime

import pytest

from core.semesters import Semester
from housing.calendar import availability_calendar
from housing.search import SearchCriteria, Sort, search_listings
from housing.services.review import add_semester, apply_staff_review
from territory.geo import Point
from tests.housing.factories import HousingListingFactory
from tests.territory.factories import CommuneFactory

pytestmark = pytest.mark.django_db

D = datetime.date
MELUN = Point(48.5421, 2.6554)


SEARCH_DAY = D(2026, 10, 1)


def titles(criteria: SearchCriteria) -> list[str]:
    return [listing.title for listing in search_listings(criteria, SEARCH_DAY)]


def test_adding_a_semester_twice_keeps_one_period():
    listing = HousingListingFactory(periods=[])
    semester = Semester(D(2027, 5, 1), D(2027, 10, 31))
    add_semester(listing, semester)
    assert add_semester(listing, semester) is False
    assert len(listing.periods.all()) == 1


def test_search_on_a_date_finds_listings_available_that_day():
    HousingListingFactory(title="Hiver", periods=[(D(2027, 1, 1), D(2027, 3, 31))])
    HousingListingFactory(title="Été", periods=[(D(2027, 5, 1), D(2027, 10, 31))])
    assert titles(SearchCriteria(day=D(2027, 2, 10))) == ["Hiver"]


def test_search_for_a_semester_needs_a_period_covering_it():
    HousingListingFactory(title="Tout le semestre", periods=[(D(2026, 11, 3), D(2027, 4, 30))])
    HousingListingFactory(title="Deux mois", periods=[(D(2026, 11, 1), D(2026, 12, 31))])
    semester = Semester(D(2026, 11, 1), D(2027, 4, 30))
    assert titles(SearchCriteria(semester=semester)) == ["Tout le semestre"]


def test_near_search_keeps_listings_within_the_radius_nearest_first():
    melun = CommuneFactory(latitude=48.5421, longitude=2.6554)
    HousingListingFactory(title="Melun centre", commune=melun)
    HousingListingFactory(title="Dammarie", commune=melun, latitude=48.5163, longitude=2.6397)
    HousingListingFactory(title="Meaux", commune=melun, latitude=48.9601, longitude=2.8788)
    criteria = SearchCriteria(centre=MELUN, radius_km=10, sort=Sort.DISTANCE)
    assert titles(criteria) == ["Melun centre", "Dammarie"]


def test_near_search_measures_the_distance_in_km_from_the_public_position():
    HousingListingFactory(latitude=48.5163, longitude=2.6397)  # 3.1 km from the centre
    listing = search_listings(SearchCriteria(centre=MELUN, radius_km=10), D(2026, 10, 1)).get()
    assert listing.distance_km == pytest.approx(2.7, abs=0.05)  # from (48.52, 2.64)


def test_maximum_rent_excludes_dearer_listings():
    HousingListingFactory(title="Modeste", rent=200)
    HousingListingFactory(title="Cher", rent=600)
    assert titles(SearchCriteria(max_rent=300)) == ["Modeste"]


def test_step_free_filter_keeps_only_step_free_listings():
    HousingListingFactory(title="Plain-pied", is_step_free=True)
    HousingListingFactory(title="Escalier", is_step_free=False)
    assert titles(SearchCriteria(step_free=True)) == ["Plain-pied"]


def test_kind_and_furnished_filters_combine():
    HousingListingFactory(title="Studio meublé", kind="studio", furnished=True)
    HousingListingFactory(title="Studio vide", kind="studio", furnished=False)
    HousingListingFactory(title="Chambre meublée", kind="residence", furnished=True)
    assert titles(SearchCriteria(kind="studio", furnished=True)) == ["Studio meublé"]


def test_sort_by_rent_puts_the_cheapest_first():
    HousingListingFactory(title="B", rent=400)
    HousingListingFactory(title="A", rent=150)
    assert titles(SearchCriteria(sort=Sort.RENT)) == ["A", "B"]


def test_default_sort_puts_the_soonest_available_first():
    HousingListingFactory(title="Mai", periods=[(D(2027, 5, 1), D(2027, 10, 31))])
    HousingListingFactory(title="Novembre", periods=[(D(2026, 11, 1), D(2027, 4, 30))])
    assert titles(SearchCriteria()) == ["Novembre", "Mai"]


def test_drafts_are_not_found():
    HousingListingFactory(title="Brouillon", publish=False)
    assert titles(SearchCriteria()) == []


def test_calendar_marks_full_partial_and_missing_months():
    listing = HousingListingFactory(periods=[(D(2026, 11, 1), D(2026, 12, 15))])
    calendar = availability_calendar(listing.periods.all(), D(2026, 11, 5), months=3)
    assert [month.status for month in calendar] == ["available", "partly", "unavailable"]


def test_staff_review_confirms_and_adds_the_next_semester_only_when_asked():
    listing = HousingListingFactory()
    before = listing.last_confirmed_at
    semesters = listing.periods.count()

    apply_staff_review(listing, confirm_available=False, add_next_semester=False)
    assert listing.last_confirmed_at == before
    assert listing.periods.count() == semesters

    apply_staff_review(listing, confirm_available=True, add_next_semester=True)
    assert listing.last_confirmed_at != before
    assert listing.periods.count() == semesters + 1
