"""The registration form, built from the questions the editors chose, and the staff forms."""

import re
from typing import cast

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from core.models import Faculty, Specialty
from core.validators import validate_person_name
from events.models import EventPage, RegistrantMessage

SEMESTERS = [(n, str(n)) for n in range(1, 11)]

REASONS = {
    "first_name": _("To print your name on the guest list and welcome you by name."),
    "last_name": _("To find you on the guest list at the door."),
    "email": _(
        "To confirm your registration, send you the calendar file and tell you if anything "
        "changes. Nothing else."
    ),
    "specialty": _("To seat you with practitioners of your specialty at the round tables."),
    "faculty": _("To invite the right teachers from your faculty."),
    "semester": _("To pair first-semester interns with those who know the area."),
    "dietary_needs": _("So that the buffet has something for you."),
    "access_needs": _("So that we prepare the venue for you (step-free access, hearing loop…)."),
    "free_answer": _("The organisers asked this to prepare the evening."),
}


def active_terms(model, current=None):
    return model.objects.filter(Q(is_active=True) | Q(pk=getattr(current, "pk", None)))


class RegistrationForm(forms.Form):
    """Name and e-mail for guests, then only the questions the event asks.

    For a signed-in person, the e-mail comes from the account, the name too
    unless the profile lacks it (the list at the door needs it), and the
    answers start from their profile.
    """

    first_name = forms.CharField(
        label=_("First name"),
        max_length=150,
        validators=[validate_person_name],
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=150,
        validators=[validate_person_name],
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    specialty = forms.ModelChoiceField(
        label=_("Specialty"), queryset=Specialty.objects.none(), required=False
    )
    faculty = forms.ModelChoiceField(
        label=_("Faculty"), queryset=Faculty.objects.none(), required=False
    )
    semester = forms.TypedChoiceField(
        label=_("Semester of internship"),
        choices=[("", _("Not given")), *SEMESTERS],
        coerce=int,
        empty_value=None,
        required=False,
    )
    dietary_needs = forms.CharField(
        label=_("Dietary needs"),
        max_length=300,
        required=False,
        help_text=_("e.g. vegetarian, no pork, allergy to nuts."),
    )
    access_needs = forms.CharField(
        label=_("Access needs"),
        max_length=300,
        required=False,
        help_text=_("e.g. wheelchair user, hearing loop."),
    )
    free_answer = forms.CharField(label="", max_length=500, required=False)

    reasons = REASONS

    def __init__(self, event: EventPage, user: User | None = None, *args, **kwargs):
        self.user = user if user is not None and user.is_authenticated else None
        if self.user is not None:
            kwargs.setdefault(
                "initial",
                {
                    "first_name": self.user.first_name,
                    "last_name": self.user.last_name,
                    "specialty": self.user.specialty_id,
                    "faculty": self.user.faculty_id,
                },
            )
        super().__init__(*args, **kwargs)
        if self.user is not None:
            del self.fields["email"]
            if self.user.first_name.strip() and self.user.last_name.strip():
                del self.fields["first_name"]
                del self.fields["last_name"]
        for name, asked in event.asks.items():
            if not asked:
                del self.fields[name]
        for name, model in (("specialty", Specialty), ("faculty", Faculty)):
            if name in self.fields:
                field = cast(forms.ModelChoiceField, self.fields[name])
                field.queryset = active_terms(model)
                field.empty_label = _("Not given")
        if "free_answer" in self.fields:
            self.fields["free_answer"].label = event.free_question

    def answers(self) -> dict:
        """The answers to the event's questions, for `events.services.register`."""
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in ("first_name", "last_name", "email")
        }


class StaffRegistrationForm(forms.Form):
    """Staff add someone by hand: a guest of the département, a phone registration."""

    first_name = forms.CharField(
        label=_("First name"), max_length=150, validators=[validate_person_name]
    )
    last_name = forms.CharField(
        label=_("Last name"), max_length=150, validators=[validate_person_name]
    )
    email = forms.EmailField(label=_("E-mail address"))
    language = forms.ChoiceField(label=_("Language of the e-mails"), choices=settings.LANGUAGES)


# A first line that only greets ("Bonjour à tous,", "Hello everyone!"): each e-mail
# already begins with "Bonjour <first name>,".
GREETING = re.compile(
    r"\A\s*(?:bonjour|bonsoir|salut|hello|hi|dear|good evening|cher|chère|chers|chères"
    r"|madame|monsieur|mesdames)\b[^\n]{0,60}\n+",
    re.IGNORECASE,
)


def without_greeting(text: str) -> str:
    """The message without a greeting line of its own, since the e-mail greets by name."""
    return GREETING.sub("", text, count=1).strip()


class MessageForm(forms.Form):
    """A message from staff to the confirmed registrants, the waiting list or both."""

    audience = forms.ChoiceField(
        label=_("Send to"),
        choices=RegistrantMessage.Audience.choices,
        initial=RegistrantMessage.Audience.CONFIRMED,
        widget=forms.RadioSelect,
    )
    subject = forms.CharField(label=_("Subject"), max_length=150)
    message = forms.CharField(
        label=_("Message"),
        widget=forms.Textarea,
        max_length=5000,
        help_text=_(
            "Write the text only: each e-mail begins with “Hello <first name>,” and ends with "
            "the evening’s date, place and cancellation link. You see it before it is sent."
        ),
    )

    def clean_message(self) -> str:
        message = without_greeting(self.cleaned_data["message"])
        if not message:
            raise forms.ValidationError(_("Write the message itself: the greeting is added."))
        return message


class WalkInForm(forms.Form):
    """Someone at the door who did not register: a name for the list, an address if they like."""

    first_name = forms.CharField(
        label=_("First name"), max_length=150, validators=[validate_person_name]
    )
    last_name = forms.CharField(
        label=_("Last name"), max_length=150, validators=[validate_person_name]
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        required=False,
        help_text=_("Optional: nothing is sent to it."),
    )
    beyond = forms.BooleanField(label=_("Let in beyond the capacity"), required=False)
