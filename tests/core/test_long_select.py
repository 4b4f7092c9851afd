"""LongSelect writes the markup Django's Select writes, only faster."""

from django import forms
from django.test.html import parse_html

from core.forms import LongSelect
from territory.models import Commune
from tests.territory.factories import CommuneFactory

CHOICES = [
    ("", "Anywhere"),
    ("Places", [("place:mspu", "MSPU <Coulommiers>"), ("place:ch", "CH « Melun »")]),
    ("Communes", [("commune:melun", 'Melun "77000"'), ("commune:l'isle", "L'Isle & co")]),
    (None, "None becomes empty"),
]


def both(value, attrs=None):
    django_html = forms.Select(choices=CHOICES).render("near", value, attrs)
    ours = LongSelect(choices=CHOICES).render("near", value, attrs)
    return parse_html(django_html), parse_html(ours)


def test_same_markup_as_django_select_with_groups_escaping_and_a_selection():
    expected, ours = both("commune:l'isle", {"id": "id_near", "aria-describedby": "a b"})
    assert ours == expected
    assert "selected" in str(ours)


def test_same_markup_with_nothing_selected_and_a_required_attribute():
    expected, ours = both(None, {"required": True})
    assert ours == expected


def test_model_choices_keep_their_values(db):
    CommuneFactory(name="Provins", slug="provins", postcode="77160")
    field = forms.ModelChoiceField(queryset=Commune.objects.all(), to_field_name="slug")
    field.widget = LongSelect(choices=field.choices)
    html = field.widget.render("commune", "provins")
    assert '<option value="provins" selected>Provins (77160)</option>' in html


def test_a_required_menu_is_marked_required_without_reading_its_choices_twice():
    reads = []

    def choices():
        reads.append(1)
        return CHOICES

    class Form(forms.Form):
        near = forms.ChoiceField(choices=choices, widget=LongSelect)

    html = str(Form()["near"])

    assert " required" in html
    assert len(reads) == 1
