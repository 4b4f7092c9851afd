"""Choosing a commune in a public form."""

from django import forms
from django.core.exceptions import ValidationError

from core.forms import LongSelect
from territory.models import Commune


class CommuneChoiceField(forms.ChoiceField):
    """One of the département's communes, chosen by slug and cleaned to a Commune.

    The ~500 choices are read as plain rows: a ModelChoiceField builds a model
    instance for each one on every page, which cost more than the rest of the
    form (these models are clusterable, with a slow constructor). The chosen
    commune is then fetched by itself, as a ModelChoiceField would.
    """

    widget = LongSelect

    def __init__(self, *, empty_label, **kwargs):
        self.empty_label = empty_label
        super().__init__(choices=self.commune_choices, **kwargs)

    def commune_choices(self) -> list[tuple[str, str]]:
        rows = Commune.objects.values_list("slug", "name", "postcode")
        return [("", self.empty_label), *((slug, f"{name} ({code})") for slug, name, code in rows)]

    def label_from_instance(self, commune: Commune) -> str:
        return str(commune)

    def validate(self, value) -> None:
        # Only "required": clean() checks the choice with one query instead of
        # reading the whole list again.
        forms.Field.validate(self, value)

    def clean(self, value) -> Commune | None:
        slug = super().clean(value)
        if not slug:
            return None
        try:
            return Commune.objects.get(slug=slug)
        except Commune.DoesNotExist:
            raise ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice", params={"value": slug}
            ) from None
