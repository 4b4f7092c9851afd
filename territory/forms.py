"""Choosing a commune, or a place to practise, in a public form: typed, with suggestions.

The département's hundreds of communes used to be a menu: slow to scroll on
a phone, and most of a search page's weight (two menus made the housing
search 137 KB). The visitor now types a name or a postcode; the browser
suggests from a list that static/js/suggest.js fetches once, when the field
is first used, and territory.lookup understands what was typed, with or
without JavaScript.
"""

from django import forms
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from territory.lookup import Found, NotDesignated, find_commune, find_place_or_commune
from territory.models import Commune


class PlaceInput(forms.TextInput):
    """A text input that suggest.js links to the suggestions at `data-suggestions`."""

    def __init__(self, suggestions_url, attrs=None):
        super().__init__(
            {
                "autocomplete": "off",
                "spellcheck": "false",
                "autocapitalize": "words",
                "data-suggestions": suggestions_url,
                **(attrs or {}),
            }
        )


class TypedPlaceField(forms.CharField):
    """Text that designates one commune or place; shows it back as its full label."""

    suggestions_url = reverse_lazy("territory:commune_suggestions")
    default_help_text = _("Type the name or the postcode.")

    def __init__(self, *, help_text=None, **kwargs):
        kwargs.setdefault("max_length", 120)
        super().__init__(
            widget=PlaceInput(self.suggestions_url),
            help_text=help_text or self.default_help_text,
            **kwargs,
        )
        # What the text of this form's submission designates, to show it back
        # in full ("melun" from a link reads "Melun (77000)").
        self.found: tuple[str, Found] | None = None
        # What a refused text may have meant, for the page to offer as links.
        self.candidates: list[Found] = []

    def find(self, text: str) -> Found:
        raise NotImplementedError

    def clean(self, value):
        text = super().clean(value)
        if not text:
            return None
        try:
            found = self.find(text)
        except NotDesignated as error:
            self.candidates = error.candidates
            raise
        self.found = (value, found)
        return self.found_value(found)

    def found_value(self, found: Found):
        return found

    def prepare_value(self, value):
        if self.found is not None and value == self.found[0]:
            return self.found[1].label
        return value


class CommuneField(TypedPlaceField):
    """One of the département's communes, cleaned to a Commune."""

    def find(self, text: str) -> Found:
        return find_commune(text)

    def found_value(self, found: Found) -> Commune:
        return Commune.objects.get(pk=found.pk)

    def label_from_instance(self, commune: Commune) -> str:
        return commune.name


class PlaceOrCommuneField(TypedPlaceField):
    """A place to practise or a commune, cleaned to a territory.lookup.Found (with its position)."""

    suggestions_url = reverse_lazy("territory:place_suggestions")
    default_help_text = _("A place to practise or a commune: its name, or the postcode.")

    def find(self, text: str) -> Found:
        return find_place_or_commune(text)
