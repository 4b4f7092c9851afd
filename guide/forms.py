"""The guide's forms: the eligibility finder, e-mailing its answer, and list filters.

All are plain GET forms except the e-mail one; choices are addressed by slug so
that an answer's URL reads well and survives a change of language.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.models import CareerStage, Profession
from territory.forms import CommuneField
from territory.models import PlaceKind


class FinderForm(forms.Form):
    """The three questions of "Which aids for me?"."""

    profession = forms.ModelChoiceField(
        label=_("Your profession"),
        queryset=Profession.objects.active(),
        to_field_name="slug",
        empty_label=_("Choose a profession"),
    )
    stage = forms.ModelChoiceField(
        label=_("Where you are in your career"),
        queryset=CareerStage.objects.active(),
        to_field_name="slug",
        empty_label=_("Choose a stage"),
    )
    commune = CommuneField(
        label=_("The commune where you would practise"),
        help_text=_("Its name or its postcode: the zonage, and so some aids, depend on it."),
    )


class EmailAnswerForm(FinderForm):
    """The finder's three answers, carried in hidden fields, and where to send the result."""

    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    reasons = {
        "email": _(
            "Only to send you this list, once. We do not keep your address "
            "and will not write to you again."
        ),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("profession", "stage", "commune"):
            self.fields[name].widget = forms.HiddenInput()


class PlaceFilterForm(forms.Form):
    """Filter the places to practise by kind and by profession present."""

    kind = forms.ChoiceField(
        label=_("Kind of place"),
        choices=[("", _("All kinds")), *PlaceKind.choices],
        required=False,
    )
    profession = forms.ModelChoiceField(
        label=_("Profession present"),
        queryset=Profession.objects.active(),
        to_field_name="slug",
        empty_label=_("All professions"),
        required=False,
    )


class CommuneLookupForm(forms.Form):
    """Go to a commune's page from the zonage list, by name or postcode."""

    commune = CommuneField(label=_("Find a commune"))


class ZonageForm(forms.Form):
    """Which profession's zonage the map of communes shows."""

    profession = forms.ModelChoiceField(
        label=_("Zonage for"),
        queryset=Profession.objects.active(),
        to_field_name="slug",
        empty_label=None,
        required=False,
    )
