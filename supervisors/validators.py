"""Validation of the numbers a practitioner gives us."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

RPPS_LENGTH = 11


def luhn_is_valid(digits: str) -> bool:
    """Whether a string of digits ends with the right Luhn check digit (ISO/IEC 7812-1)."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def with_check_digit(stem: str) -> str:
    """`stem` followed by the digit that makes it a valid Luhn number (for fictional numbers)."""
    return next(stem + str(d) for d in range(10) if luhn_is_valid(stem + str(d)))


def normalise_rpps(value: str) -> str:
    """The number without the spaces, dots and dashes people type to group digits."""
    return "".join(char for char in str(value) if char not in " .-\u00a0")


def validate_rpps(value: str) -> None:
    """An RPPS number: 11 digits, the last one a Luhn check digit.

    The Répertoire partagé des professionnels de santé gives every health
    professional in France one such number; the check digit catches a typo.
    """
    number = normalise_rpps(value)
    if len(number) != RPPS_LENGTH or not number.isdigit():
        raise ValidationError(
            _("An RPPS number has 11 digits, such as 10003478962."), code="rpps_length"
        )
    if not luhn_is_valid(number):
        raise ValidationError(
            _("This RPPS number is not valid: check for a typo in its digits."),
            code="rpps_check_digit",
        )
