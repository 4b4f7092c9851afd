"""Forms of the account: sign-up, profile, and the confirmation of an account's deletion."""

from typing import cast

from allauth.account.adapter import get_adapter
from allauth.account.fields import PasswordField
from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from core.validators import validate_person_name


class SignupForm(AllauthSignupForm):
    """E-mail and password; the profile is filled in afterwards, from the account."""

    reasons = {
        "email": _(
            "To sign you in, to confirm that the address is yours, and to send you only "
            "the messages about your account and what you sign up for."
        ),
        "password1": _("To protect your account. We store it encrypted; nobody can read it."),
        "password2": _("To make sure you typed it as you meant."),
    }


class ProfileForm(forms.ModelForm):
    """What the person tells us about themselves; every field is optional."""

    reasons = {
        "first_name": _("To address you by name in our e-mails and at events."),
        "last_name": _("To find your registration at events and on the guest list."),
        "profession": _("To show you the aids, housing and events that fit your profession."),
        "career_stage": _("Aids and housing depend on whether you study, train or practise."),
        "faculty": _("To tell you about the placements and partners of your faculty."),
        "specialty": _("To suggest supervisors and aids in your field."),
        "preferred_language": _("The language of the e-mails we send you."),
    }

    class Meta:
        model = User
        fields = ["first_name", "last_name", *User.PROFILE_TERM_FIELDS, "preferred_language"]
        widgets = {
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The name greets the person in the portal's e-mails: a name, not a sentence or a link.
        for name in ("first_name", "last_name"):
            self.fields[name].validators.append(validate_person_name)
        # A term that editors retired stays selectable for whoever already chose it.
        for name in User.PROFILE_TERM_FIELDS:
            field = cast(forms.ModelChoiceField, self.fields[name])
            current = getattr(self.instance, f"{name}_id", None)
            field.queryset = cast(QuerySet, field.queryset).filter(
                Q(is_active=True) | Q(pk=current)
            )
            field.empty_label = _("Not given")
        self.fields["preferred_language"] = forms.ChoiceField(
            label=capfirst(User._meta.get_field("preferred_language").verbose_name),
            choices=[("", _("Not given")), *settings.LANGUAGES],
            required=False,
        )


class DeleteAccountForm(forms.Form):
    """The current password, so that nobody erases an account from a session left open."""

    password = PasswordField(label=_("Password"), autocomplete="current-password")

    def __init__(self, user: User, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(get_adapter().error_messages["incorrect_password"])
        return password
