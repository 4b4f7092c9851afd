import pytest
from django.utils import translation

from core.i18n import format_euros
from guide.amounts import Amount


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", "jusqu’à 20\u202f000\u00a0€ par an pendant 3 ans"),
        ("en", "up to €20,000 a year for 3 years"),
    ],
)
def test_maximum_only_reads_up_to_amount_per_period_for_years(language, expected):
    with translation.override(language):
        assert Amount(maximum=20000, period="year", years=3).describe() == expected


def test_equal_minimum_and_maximum_read_as_one_amount():
    with translation.override("en"):
        assert Amount(300, 300, "month", 2).describe() == "€300 a month for 2 years"


def test_range_reads_from_minimum_to_maximum():
    with translation.override("en"):
        assert Amount(5000, 20000, "once").describe() == "€5,000 to €20,000"


def test_one_year_is_singular():
    with translation.override("en"):
        assert Amount(700, 700, "month", 1).describe() == "€700 a month for 1 year"


def test_amount_paid_once_ignores_duration():
    with translation.override("en"):
        assert Amount(maximum=36000, period="once", years=3).describe() == "up to €36,000"


def test_no_amount_reads_as_empty():
    assert Amount().describe() == ""
    assert Amount().badge() == ""


def test_badge_is_short_form_per_year_in_french():
    with translation.override("fr"):
        assert (
            Amount(maximum=20000, period="year", years=3).badge() == "jusqu’à 20\u202f000\u00a0€/an"
        )


def test_french_euros_use_narrow_spaces_and_trailing_symbol():
    with translation.override("fr"):
        assert format_euros(1234567) == "1\u202f234\u202f567\u00a0€"


@pytest.mark.parametrize(
    ("amount", "total"),
    [
        (Amount(maximum=300, period="month", years=2), 7200),
        (Amount(maximum=20000, period="year", years=3), 60000),
        (Amount(maximum=20000, period="year"), 20000),
        (Amount(maximum=36000, period="once"), 36000),
        (Amount(minimum=1200, period="month"), 14400),
        (Amount(), 0),
    ],
)
def test_total_is_most_the_aid_brings_over_its_duration(amount, total):
    assert amount.total() == total
