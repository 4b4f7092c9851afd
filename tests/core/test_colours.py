"""Editors cannot pick a primary colour that text cannot be read on."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from core.colours import contrast_ratio, validate_text_contrast_on_white


def test_contrast_of_black_on_white_is_twenty_one():
    assert round(contrast_ratio("#000000", "#ffffff"), 2) == 21.0


def test_dark_blue_is_accepted_as_primary_colour():
    validate_text_contrast_on_white("#1d4f91")


def test_light_yellow_is_refused_as_primary_colour():
    with translation.override("en"), pytest.raises(ValidationError, match=r"4\.5:1"):
        validate_text_contrast_on_white("#ffd966")


def test_contrast_refusal_is_explained_in_french_on_the_french_admin():
    with translation.override("fr"), pytest.raises(ValidationError) as refusal:
        validate_text_contrast_on_white("#ffd966")
    assert "il faut au moins 4,5:1" in refusal.value.messages[0]


def test_malformed_colour_is_refused():
    with pytest.raises(ValidationError):
        validate_text_contrast_on_white("blue")
