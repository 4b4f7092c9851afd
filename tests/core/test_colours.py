"""Editors cannot pick a primary colour that text cannot be read on."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Site

from core.colours import contrast_ratio, validate_accent_behind, validate_text_contrast_on_white
from core.models import PortalSettings


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


def test_light_tint_is_accepted_as_accent_behind_dark_blue():
    validate_accent_behind("#e8f0fa", "#1d4f91")


def test_mid_blue_accent_is_refused_behind_dark_blue_text():
    with translation.override("fr"), pytest.raises(ValidationError) as refusal:
        validate_accent_behind("#6f8fc0", "#1d4f91")

    assert "la couleur principale" in refusal.value.messages[0]


@pytest.mark.django_db
def test_settings_refuse_an_accent_the_primary_colour_cannot_be_read_on():
    portal = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    portal.primary_colour, portal.accent_colour = "#1d4f91", "#3a6db0"

    with pytest.raises(ValidationError) as refusal:
        portal.full_clean()

    assert "accent_colour" in refusal.value.message_dict
