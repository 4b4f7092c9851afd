"""Forms of the account: sign-up with the optional profile."""

from allauth.account.forms import SignupForm as AllauthSignupForm


class SignupForm(AllauthSignupForm):
    """E-mail and password; the profile is filled in afterwards, from the account."""
