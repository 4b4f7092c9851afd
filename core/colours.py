"""Colour contrast, as WCAG 2.1 defines it, for the colours editors choose.

https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
MINIMUM_TEXT_CONTRAST = 4.5
# The lightest text the stylesheet sets on the accent tint (--text-muted).
MUTED_TEXT = "#4d4d4d"


def relative_luminance(hex_colour: str) -> float:
    """The relative luminance of an sRGB colour written #rrggbb."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """The contrast ratio between two colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def validate_hex_colour(value: str) -> None:
    if not HEX_COLOUR.match(value or ""):
        raise ValidationError(
            _("Enter a colour as # followed by six hexadecimal digits, e.g. #1d4f91.")
        )


def validate_text_contrast_on_white(value: str) -> None:
    """Refuse a colour that white text on it, or it on white, could not be read."""
    validate_hex_colour(value)
    ratio = contrast_ratio(value, "#ffffff")
    if ratio < MINIMUM_TEXT_CONTRAST:
        raise ValidationError(
            _(
                "This colour has a contrast of %(ratio).2f:1 with white; "
                "at least 4.5:1 is needed for text to be readable (WCAG 2.1 AA)."
            ),
            params={"ratio": ratio},
        )


def validate_accent_behind(accent: str, primary: str) -> None:
    """Refuse an accent tint on which the primary colour or the grey text could not be read.

    Highlighted blocks and amount badges set the primary colour and grey text
    on the accent; each needs 4.5:1 there too.
    """
    for foreground, name in ((primary, _("the primary colour")), (MUTED_TEXT, _("grey text"))):
        ratio = contrast_ratio(accent, foreground)
        if ratio < MINIMUM_TEXT_CONTRAST:
            raise ValidationError(
                _(
                    "On this accent colour, %(foreground)s has a contrast of %(ratio).2f:1; "
                    "at least 4.5:1 is needed (WCAG 2.1 AA). Choose a lighter tint."
                ),
                params={"foreground": name, "ratio": ratio},
            )
