"""One-line text and people's names, as typed in forms and imported from spreadsheets."""

import pytest
from django.core.exceptions import ValidationError

from core.validators import one_line, validate_person_name, validate_single_line


@pytest.mark.parametrize(
    "value", ["Studio\nProvins", "Studio\r", "Tab\there", "NUL\x00", "L\u2028S"]
)
def test_single_line_text_refuses_line_breaks_and_control_characters(value):
    with pytest.raises(ValidationError):
        validate_single_line(value)


def test_single_line_text_accepts_accents_and_punctuation():
    validate_single_line("Studio meublé à Provins – 2 pièces, 30 m² (près de l’hôpital)")


def test_one_line_keeps_the_non_breaking_space_of_french_punctuation():
    assert (
        one_line("Votre place est confirmée\u00a0: Soirée")
        == "Votre place est confirmée\u00a0: Soirée"
    )


def test_one_line_makes_every_break_and_run_of_spaces_one_space():
    assert one_line("  Studio\r\n\tà   Provins\x00 ") == "Studio à Provins"


@pytest.mark.parametrize(
    "name",
    ["Zoé", "Jean-Édouard", "O’Brien", "d'Artagnan", "J. R. R.", "Anne Marie", "Łukasz", "محمد"],
)
def test_a_name_accepts_letters_accents_spaces_hyphens_apostrophes_and_dots(name):
    validate_person_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "Voir http://arnaque.example",
        "www.arnaque.example",
        "appelez le 0612345678",
        "a@b.fr",
        "Zoé\n",
    ],
)
def test_a_name_refuses_links_digits_and_line_breaks(name):
    with pytest.raises(ValidationError):
        validate_person_name(name)
