"""Form fields for spreadsheet cells: yes/no, numbers, a choice by label, a term of a list.

People type "oui", "Oui", "x" or "yes"; "19,5" or "1 250,00" as French Excel
writes numbers; a kind as "Studio" or "Chambre chez l'habitant"; a profession
by its slug or its name. These fields read what they mean, and say in the
editor's language what they could not read and what they accept.
"""

from collections.abc import Mapping

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q, TextChoices
from django.utils import translation
from django.utils.translation import gettext as _

from core.tabular.importing import header_key
from core.tabular.lookups import remembered

YES = {"oui", "yes", "o", "y", "1", "x", "vrai", "true"}
NO = {"non", "no", "n", "0", "faux", "false"}


class YesNoField(forms.Field):
    """A cell that says oui/non (or yes/no, 1/0, x/empty)."""

    def to_python(self, value):
        text = header_key("" if value is None else str(value))
        if not text:
            return None
        if text in YES:
            return True
        if text in NO:
            return False
        raise forms.ValidationError(_("Write “oui” or “non”, not “%(value)s”.") % {"value": value})

    def validate(self, value):
        return None


def french_number_text(value) -> str:
    """A number as French spreadsheets write it, made readable by Python: "1 250,50" → "1250.50".

    Spaces (ordinary, non-breaking or narrow) group thousands; a comma is the
    decimal separator; a trailing "€" or "m²" is a unit, not part of the number.
    """
    text = ("" if value is None else str(value)).strip()
    for unit in ("€", "m²", "m2"):
        text = text.removesuffix(unit)
    return "".join(text.split()).replace(",", ".")


class FrenchDecimalField(forms.DecimalField):
    """A decimal written with a comma or a point: "412,50", "412.50", "1 250 €"."""

    def to_python(self, value):
        return super().to_python(french_number_text(value))


class FrenchFloatField(forms.FloatField):
    """A coordinate written with a comma or a point: "48,9556", "48.9556"."""

    def to_python(self, value):
        return super().to_python(french_number_text(value))


class AcceptedLabels:
    """The labels of a choice, in the language active when shown: for the layout and errors."""

    def __init__(self, choices_class: type[TextChoices]):
        self.choices_class = choices_class

    def __str__(self) -> str:
        return ", ".join(_("“%(label)s”") % {"label": label} for label in self.choices_class.labels)


class LabelledChoiceField(forms.ChoiceField):
    """A choice given by its label in French or English ("Studio", "Chambre chez l'habitant"),
    its code, or one of the other words the staff's spreadsheets use for it (`aliases`)."""

    def __init__(self, *, choices_class, aliases: Mapping[str, str] | None = None, **kwargs):
        self.choices_class = choices_class
        self.aliases = {header_key(word): code for word, code in (aliases or {}).items()}
        super().__init__(choices=choices_class.choices, **kwargs)

    def to_python(self, value):
        text = header_key(str(value or ""))
        if text in self.aliases:
            return self.aliases[text]
        for code, label in self.choices_class.choices:
            names = {header_key(code)}
            for language in ("fr", "en"):
                with translation.override(language):
                    names.add(header_key(str(label)))
            if text in names:
                return code
        return str(value or "")

    def validate(self, value):
        if value and not self.valid_value(value):
            raise ValidationError(
                _("“%(value)s” is not accepted here. Write one of: %(labels)s.")
                % {"value": value, "labels": AcceptedLabels(self.choices_class)}
            )
        super().validate(value)


def find_term(model, text: str):
    """The term whose slug or French or English name is `text` (case ignored), or None."""
    return remembered(
        ("term", model, text.casefold()),
        lambda: (
            model.objects.filter(
                Q(slug__iexact=text) | Q(name_fr__iexact=text) | Q(name_en__iexact=text)
            )
            .order_by("pk")
            .first()
        ),
    )


class TermField(forms.CharField):
    """A term of an editable list, given by slug or by name."""

    def __init__(self, model, **kwargs):
        self.model = model
        super().__init__(**kwargs)

    def clean(self, value):
        text = super().clean(value)
        if not text:
            return None
        term = find_term(self.model, text)
        if term is None:
            raise ValidationError(
                _("“%(value)s” is not in the list of %(list)s.")
                % {"value": text, "list": self.model._meta.verbose_name_plural}
            )
        return term


class TermListField(forms.CharField):
    """Several terms, separated by commas."""

    def __init__(self, model, **kwargs):
        self.model = model
        super().__init__(required=False, **kwargs)

    def clean(self, value):
        terms = []
        unknown = []
        for text in (part.strip() for part in super().clean(value).split(",")):
            if not text:
                continue
            term = find_term(self.model, text)
            if term is None:
                unknown.append(f"« {text} »")
            else:
                terms.append(term)
        if unknown:
            raise ValidationError(
                _("Not in the list of %(list)s: %(values)s.")
                % {"list": self.model._meta.verbose_name_plural, "values": ", ".join(unknown)}
            )
        return terms
