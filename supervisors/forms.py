"""The forms of the directory: its filters, the declaration of interest, the admin record."""

from dataclasses import dataclass
from typing import cast

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from core.models import Profession, Specialty
from supervisors.models import Lead, LearnerLevel, SpokenLanguage
from supervisors.services import resolve_position
from supervisors.validators import normalise_rpps
from territory.forms import CommuneField
from territory.models import PlaceToPractise

RADIUS_CHOICES = [5, 10, 20, 30, 50]


@dataclass(frozen=True)
class DirectoryTerms:
    """The active terms the directory filters on. Every search shows the same lists,
    so the directory reads them once and caches them with its own path (renaming or
    hiding a term purges the directory: see supervisors.apps)."""

    specialty: list[Specialty]
    level: list[LearnerLevel]
    language: list[SpokenLanguage]

    @classmethod
    def read(cls) -> "DirectoryTerms":
        return cls(
            specialty=list(Specialty.objects.active()),
            level=list(LearnerLevel.objects.active()),
            language=list(SpokenLanguage.objects.active()),
        )


class TermChoiceField(forms.TypedChoiceField):
    """A term chosen by slug, among the terms given to the form: filtered addresses read
    well and survive a language switch. Cleans to the term, or None."""

    def __init__(self, **kwargs):
        super().__init__(required=False, empty_value=None, **kwargs)

    def set_terms(self, terms: list) -> None:
        by_slug = {term.slug: term for term in terms}
        self.choices = [("", _("All")), *((term.slug, term.name) for term in terms)]
        self.coerce = by_slug.__getitem__


class DirectoryFilterForm(forms.Form):
    """The directory's filters, read from the query string (GET): shareable and script-free."""

    specialty = TermChoiceField(label=_("Specialty"))
    level = TermChoiceField(label=_("Learners accepted"))
    commune = CommuneField(label=_("Commune"), required=False)
    radius = forms.TypedChoiceField(
        label=_("Distance from the commune"),
        choices=[
            ("", _("In the commune only")),
            *[(km, _("Within %(km)s km") % {"km": km}) for km in RADIUS_CHOICES],
        ],
        coerce=int,
        empty_value=None,
        required=False,
    )
    language = TermChoiceField(label=_("Language spoken"))
    free = forms.BooleanField(label=_("With places free this semester"), required=False)

    def __init__(self, data=None, *, terms: DirectoryTerms | None = None):
        super().__init__(data)
        terms = terms or DirectoryTerms.read()
        for name in ("specialty", "level", "language"):
            cast(TermChoiceField, self.fields[name]).set_terms(getattr(terms, name))

    def active_filters(self) -> list[tuple[str, str]]:
        """(field name, text) of each filter in use, for the "remove filter" chips."""
        if not self.is_valid():
            return []
        chips = []
        for name in ("specialty", "level", "commune", "language"):
            value = self.cleaned_data.get(name)
            if value is not None:
                chips.append((name, f"{self.fields[name].label} : {value.name}"))
        radius = self.cleaned_data.get("radius")
        if radius and self.cleaned_data.get("commune") is not None:
            chips.append(("radius", gettext("Within %(km)s km") % {"km": radius}))
        if self.cleaned_data.get("free"):
            chips.append(("free", str(self.fields["free"].label)))
        return chips


class LeadForm(forms.ModelForm):
    """A practitioner declares an interest in hosting students (the "become a supervisor" form)."""

    # The two ways of answering "Where do you practise?": a place, or an address and commune.
    PRACTICE_FIELDS = ("place", "address", "commune")
    practice_reason = _("To tell you which faculties and health centres are near you.")

    reasons = {
        "first_name": _("To address you by name when we contact you."),
        "last_name": _("To find you in the Order's register and in the faculty's lists."),
        "email": _("To acknowledge your message and to contact you about the next steps."),
        "phone": _("If you prefer that we call you."),
        "profession": _("The training and the approval depend on your profession."),
        "rpps": _("To check with the Order that you are registered to practise."),
        "available_from": _("To plan your training and your first students."),
        "message": _("Anything that helps us prepare our call."),
    }

    rpps = forms.CharField(
        label=_("RPPS number"),
        # Room for the spaces people type to group the digits; cleaned to 11 digits.
        max_length=20,
        help_text=_("11 digits, on your professional card (CPS)."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    commune = CommuneField(label=_("Commune of your practice"), required=False)
    consent = forms.BooleanField(
        label=_(
            "I agree that the Département and the CDOM keep these details to contact me about "
            "becoming a supervisor."
        ),
        help_text=_(
            "They are kept while we follow your application, and erased twelve months after "
            "it ends if you do not become a supervisor. You may ask us to erase them at any time."
        ),
    )

    class Meta:
        model = Lead
        fields = Lead.DECLARED_FIELDS
        labels = {
            "place": _("Place of practice, if it is listed"),
            "address": _("Or the address of your practice"),
            "available_from": _("When could you start?"),
            "message": _("Your message"),
        }
        help_texts = {
            "available_from": _("A semester or a date: “November 2026”, “as soon as possible”…"),
        }
        widgets = {
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "address": forms.TextInput(attrs={"autocomplete": "address-line1"}),
            "message": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        profession = cast(forms.ModelChoiceField, self.fields["profession"])
        profession.queryset = Profession.objects.active()
        profession.empty_label = _("Choose your profession")
        place = cast(forms.ModelChoiceField, self.fields["place"])
        place.queryset = PlaceToPractise.objects.active().exclude(kind="cabin")
        place.empty_label = _("Not in the list")

    @property
    def practice_fields(self) -> list:
        return [self[name] for name in self.PRACTICE_FIELDS]

    def clean_rpps(self) -> str:
        return normalise_rpps(self.cleaned_data["rpps"])

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        has_address = cleaned.get("address") and cleaned.get("commune")
        if not cleaned.get("place") and not has_address and not self.has_error("place"):
            self.add_error(
                "place",
                _("Choose your place of practice, or give its address and its commune."),
            )
        return cleaned


class SupervisorAdminForm(WagtailAdminModelForm):
    """The admin record: position from the place or commune; consent required to publish."""

    def clean(self):
        cleaned = super().clean()
        position = resolve_position(
            cleaned.get("place"),
            cleaned.get("address", ""),
            cleaned.get("commune"),
            cleaned.get("latitude"),
            cleaned.get("longitude"),
        )
        if position.commune is None:
            self.add_error("commune", _("Choose a place to practise or a commune."))
        cleaned.update(
            address=position.address,
            commune=position.commune,
            latitude=position.latitude,
            longitude=position.longitude,
        )
        for name in ("address", "commune", "latitude", "longitude"):
            if name in self.errors and cleaned.get(name) is not None:
                del self.errors[name]
        start, end = cleaned.get("approval_start"), cleaned.get("approval_end")
        if start and end and end < start:
            self.add_error("approval_end", _("The approval cannot end before it starts."))
        if "action-publish" in self.data:
            self.check_publishable(cleaned)
        return cleaned

    def check_publishable(self, cleaned: dict) -> None:
        """Refuse to publish what the directory could not show: no consent, no approval."""
        if not cleaned.get("consent_date") or not cleaned.get("consent_method"):
            self.add_error(
                "consent_date",
                _(
                    "Record the practitioner's consent (date and how it was given) "
                    "before publishing."
                ),
            )
        if cleaned.get("consent_withdrawn_on"):
            self.add_error(
                "consent_withdrawn_on",
                _("The practitioner withdrew their consent: the record cannot be published."),
            )
        for name in ("faculty", "approval_start", "approval_end"):
            if not cleaned.get(name) and not self.has_error(name):
                self.add_error(name, _("Required to publish the record."))
