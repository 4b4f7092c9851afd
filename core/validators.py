"""What one-line text and people's names may hold, wherever they are typed or imported.

A line break in a title or a name breaks the e-mail headers built from it
(Django refuses to send a subject holding one), and a "first name" holding a
sentence and a link turns the portal's e-mails into a stranger's message.
Model fields, forms and spreadsheet imports use the same validators.
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Control characters (Cc: line breaks, tabs, NUL…), the Unicode line and
# paragraph separators, and the bidirectional overrides that make text read
# in another order than it is stored.
LINE_BREAKING_CATEGORIES = {"Cc", "Zl", "Zp"}
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Besides letters and their accents: what names are written with.
NAME_PUNCTUATION = set(" \u00a0-\u2010'’.")
# A dot followed by two letters or more ("www.example.org"): a domain, not an initial.
DOMAIN_LIKE = re.compile(r"\.[^\W\d_]{2,}")
# Whitespace to collapse; the non-breaking spaces French puts before « : ; ? ! » stay.
COLLAPSIBLE_SPACE = re.compile(r"[^\S\u00a0\u202f]+")


def has_control_characters(value: str) -> bool:
    return any(
        unicodedata.category(char) in LINE_BREAKING_CATEGORIES or char in BIDI_CONTROLS
        for char in value
    )


def validate_single_line(value: str) -> None:
    """Refuse line breaks, tabs and other control characters in a one-line field."""
    if has_control_characters(value):
        raise ValidationError(
            _("Write this on one line: line breaks, tabs and control characters are not allowed."),
            code="control_characters",
        )


def validate_person_name(value: str) -> None:
    """A name: letters (accented or not), spaces, hyphens, apostrophes (' or ’) and dots.

    Digits, slashes, colons and at signs are refused, so no address, link or
    phone number can pass for a name.
    """
    validate_single_line(value)
    for char in value:
        if char not in NAME_PUNCTUATION and unicodedata.category(char)[0] not in "LM":
            raise ValidationError(
                _("A name is written with letters, spaces, hyphens, apostrophes and dots only."),
                code="person_name",
            )
    if DOMAIN_LIKE.search(value):
        raise ValidationError(
            _("A name cannot be a web address: write your name only."), code="person_name_link"
        )


def one_line(text: str) -> str:
    """`text` with every run of whitespace and control characters made one space.

    For e-mail subjects and labels built from stored text that may predate the
    validators above.
    """
    cleaned = "".join(" " if has_control_characters(char) else char for char in text)
    return COLLAPSIBLE_SPACE.sub(" ", cleaned).strip()
