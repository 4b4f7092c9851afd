"""The registry's forms: the public search, and the admin form of a listing."""

import datetime
from typing import cast

from django import forms
from django.http import QueryDict
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from core.i18n import format_euros
from core.semesters import next_semester, semester_from_key, upcoming_semesters
from housing.models import ListingKind
from housing.search import DEFAULT_RADIUS_KM, SearchCriteria, Sort
from housing.services.review import apply_staff_review
from territory.forms import CommuneField, PlaceOrCommuneField


class HousingSearchForm(forms.Form):
    """The filters of the search page, read from the query string (shareable URLs)."""

    commune = CommuneField(label=_("Commune"), required=False)
    near = PlaceOrCommuneField(
        label=_("Near"),
        required=False,
        help_text=_("A place to practise or a commune; choose the distance below."),
    )
    radius = forms.IntegerField(
        label=_("Within (km)"),
        required=False,
        min_value=1,
        max_value=100,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "placeholder": DEFAULT_RADIUS_KM}),
    )
    date = forms.DateField(
        label=_("Available on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    semester = forms.ChoiceField(label=_("For the semester"), required=False)
    max_rent = forms.IntegerField(
        label=_("Maximum rent (€ a month)"),
        required=False,
        min_value=0,
        max_value=10000,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("Any kind")), *ListingKind.choices]
    )
    furnished = forms.BooleanField(label=_("Furnished"), required=False)
    step_free = forms.BooleanField(label=_("Step-free access"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=Sort.CHOICES)

    def __init__(self, *args, today: datetime.date | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()
        self.semesters = upcoming_semesters(self.today)
        cast(forms.ChoiceField, self.fields["semester"]).choices = [
            ("", _("Any")),
            *((semester.key, semester.label()) for semester in self.semesters),
        ]

    def clean_date(self) -> datetime.date | None:
        day = self.cleaned_data.get("date")
        if day is not None and day < self.today:
            raise forms.ValidationError(
                _(
                    "%(day)s is past: the registry lists only rooms still to be let. "
                    "Choose today or a later day."
                )
                % {"day": date_format(day)},
                code="past",
            )
        return day

    def criteria(self) -> SearchCriteria:
        """The valid filters; call after is_valid()."""
        data = self.cleaned_data
        near = data.get("near")
        centre, centre_label = (near.position, near.name) if near else (None, "")
        sort = data.get("sort") or Sort.AVAILABILITY
        if sort == Sort.DISTANCE and centre is None:
            sort = Sort.AVAILABILITY
        return SearchCriteria(
            commune=data.get("commune"),
            centre=centre,
            centre_label=centre_label,
            radius_km=data.get("radius") or DEFAULT_RADIUS_KM,
            day=data.get("date"),
            semester=semester_from_key(data.get("semester") or ""),
            max_rent=data.get("max_rent"),
            kind=data.get("kind") or "",
            furnished=bool(data.get("furnished")),
            step_free=bool(data.get("step_free")),
            sort=sort,
        )

    def active_filters(self) -> list[tuple[tuple[str, ...], str]]:
        """(the parameters to drop, the words) of each filter in use; call after is_valid()."""
        criteria = self.criteria()
        filters: list[tuple[tuple[str, ...], str]] = []
        if criteria.commune:
            filters.append((("commune",), criteria.commune.name))
        if criteria.centre:
            filters.append(
                (
                    ("near", "radius"),
                    _("within %(km)s km of %(place)s")
                    % {"km": criteria.radius_km, "place": criteria.centre_label},
                )
            )
        if criteria.kind:
            filters.append((("kind",), str(ListingKind(criteria.kind).label)))
        if criteria.semester:
            filters.append((("semester",), criteria.semester.label()))
        if criteria.day:
            filters.append(
                (("date",), _("available on %(day)s") % {"day": date_format(criteria.day)})
            )
        if criteria.max_rent is not None:
            filters.append(
                (("max_rent",), _("%(rent)s at most") % {"rent": format_euros(criteria.max_rent)})
            )
        if criteria.furnished:
            filters.append((("furnished",), str(_("furnished"))))
        if criteria.step_free:
            filters.append((("step_free",), str(_("step-free access"))))
        return filters

    def summary(self) -> str:
        """The search in words, for a saved search's name and its e-mails."""
        words = [str(text) for _names, text in self.active_filters()]
        return ", ".join(words) or str(_("All listings"))


def normalised_search(query: QueryDict) -> tuple[str, HousingSearchForm]:
    """The search part of a query string, in a stable order (no page, no view), and its
    form, validated.

    A commune or a place is written by its slug however it was typed, so that
    "Melun (77000)" and "melun" make one saved search, with a readable address.
    """
    kept = QueryDict(mutable=True)
    for name in sorted(HousingSearchForm.base_fields):
        for value in query.getlist(name):
            if value:
                kept.appendlist(name, value)
    form = HousingSearchForm(kept)
    if form.is_valid():
        if commune := form.cleaned_data["commune"]:
            kept.setlist("commune", [commune.slug])
        if near := form.cleaned_data["near"]:
            kept.setlist("near", [near.key])
    return kept.urlencode(), form


class HousingListingAdminForm(WagtailAdminModelForm):
    """The listing's admin form, with two shortcuts that work without JavaScript."""

    add_next_semester = forms.BooleanField(required=False)
    confirm_available = forms.BooleanField(
        label=_("Confirm it is still available"),
        required=False,
        help_text=_("Tick after checking with the offerer: the listing counts as confirmed today."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        semester = next_semester(timezone.localdate())
        self.fields["add_next_semester"].label = _("Add the next semester (%(period)s)") % {
            "period": semester.label()
        }
        self.fields["add_next_semester"].help_text = _(
            "Adds the period %(start)s – %(end)s when you save, unless it is already there."
        ) % {"start": date_format(semester.start), "end": date_format(semester.end)}

    def clean(self):
        cleaned = super().clean()
        periods = self.formsets.get("periods")
        if periods is not None and not cleaned.get("add_next_semester"):
            # The formsets are validated after this form, so read what was posted.
            kept = [
                form
                for form in periods.forms
                if (form.has_changed() or form.instance.pk)
                and not form.data.get(form.add_prefix("DELETE"))
            ]
            if not kept:
                self.add_error(
                    None,
                    _("Add at least one available period, or tick “Add the next semester”."),
                )
        return cleaned

    def save(self, commit=True):
        instance = super().save(commit=False)
        apply_staff_review(
            instance,
            confirm_available=bool(self.cleaned_data.get("confirm_available")),
            add_next_semester=bool(self.cleaned_data.get("add_next_semester")),
        )
        if commit:
            instance.save()
            self.save_m2m()
        return instance
