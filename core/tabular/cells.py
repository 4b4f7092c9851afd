"""Form fields for spreadsheet cells: yes/no, a choice by code or label, a term of a list.

People type "oui", "Oui", "x" or "yes"; a kind as "studio" or "Studio"; a
profession by its slug or its name. These fields read what they mean, and
say in the editor's language what they could not read.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext as _

from core.tabular.importing import header_key

YES = {"oui", "yes", "o", "y", "1", "x", "vrai", "true"}
NO = {"non", "no", "n", "0", "faux", "false"}


class YesNoField(forms.Field):
    """A cell that says oui/non (or yes/no, 1/0, x/empty)."""

    def to_python(self, value):
        text = header_key(str(value or ""))
        if not text:
            return None
        if text in YES:
            return True
        if text in NO:
            return False
        raise forms.ValidationError(_("Write “oui” or “non”, not “%(value)s”.") % {"value": value})

    def validate(self, value):
        return None


class LabelledChoiceField(forms.ChoiceField):
    """A choice given by its code or by its label in French or English ("Studio", "studio")."""

    def __init__(self, *, choices_class, **kwargs):
        self.choices_class = choices_class
        super().__init__(choices=choices_class.choices, **kwargs)

    def to_python(self, value):
        text = header_key(str(value or ""))
        for code, label in self.choices_class.choices:
            names = {header_key(code)}
            for language in ("fr", "en"):
                with translation.override(language):
                    names.add(header_key(str(label)))
            if text in names:
                return code
        return str(value or "")


def find_term(model, text: str):
    """The term whose slug or French or English name is `text` (case ignored), or None."""
    return (
        model.objects.filter(
            Q(slug__iexact=text) | Q(name_fr__iexact=text) | Q(name_en__iexact=text)
        )
        .order_by("pk")
        .first()
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
