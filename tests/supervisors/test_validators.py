"""The RPPS number: eleven digits, the last a Luhn check digit."""

import pytest
from django.core.exceptions import ValidationError

from supervisors.validators import luhn_is_valid, validate_rpps

VALID = ["10003478962", "10001234565", "81000000000", "1000 3478 962"]
INVALID_CHECK_DIGIT = ["10003478963", "10001234560", "81000000001"]
INVALID_SHAPE = ["1000347896", "100034789620", "1000347896A", ""]


@pytest.mark.parametrize("number", VALID)
def test_valid_rpps_numbers_pass(number):
    validate_rpps(number)


@pytest.mark.parametrize("number", INVALID_CHECK_DIGIT)
def test_rpps_number_with_a_wrong_check_digit_is_refused(number):
    with pytest.raises(ValidationError) as error:
        validate_rpps(number)
    assert error.value.code == "rpps_check_digit"


@pytest.mark.parametrize("number", INVALID_SHAPE)
def test_rpps_number_that_is_not_eleven_digits_is_refused(number):
    with pytest.raises(ValidationError) as error:
        validate_rpps(number)
    assert error.value.code == "rpps_length"


def test_luhn_catches_two_swapped_digits():
    assert luhn_is_valid("10003478962")
    assert not luhn_is_valid("10003748962")
