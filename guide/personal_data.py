"""The guide's entry in the register of processing: the referents published with the aids."""

from django.utils.translation import gettext_lazy as _

from core.personal_data import PUBLIC_TASK, Processing


def referent_retention() -> str:
    return _("While the referent is named on an aid; editors delete the contact when it changes.")


REFERENTS_PROCESSING = Processing(
    key="aid_referents",
    name=_("Aid referents"),
    data=_("The professional name, role, organisation, e-mail address and phone number."),
    purpose=_("To tell visitors whom to ask about an aid."),
    legal_basis=PUBLIC_TASK,
    retention=referent_retention,
    models=("guide.Referent",),
    order=20,
)
