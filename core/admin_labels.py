"""The project's own words where Wagtail's generic admin phrases read badly in French.

Wagtail builds "Add %(model_name)s" from the model's name, which its French
catalogue renders "Ajouter un(e) logement": each model the project names gets
its phrase here, with the right article. The generic phrases that need no
model ("No %(model_name)s match your query.", "Choose another", "0 minutes")
are rewritten in locale/fr (tests/core/test_admin_wording.py).
"""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import IndexView

ADD_LABELS = {
    "core.careerstage": _("Add a career stage"),
    "core.faculty": _("Add a faculty"),
    "core.profession": _("Add a profession"),
    "core.specialty": _("Add a specialty"),
    "guide.aidkind": _("Add a kind of aid"),
    "guide.communelife": _("Add a commune’s “Living here” text"),
    "guide.funder": _("Add a funder"),
    "guide.referent": _("Add a contact person"),
    "housing.housinglisting": _("Add a housing listing"),
    "supervisors.lead": _("Add a future supervisor"),
    "supervisors.learnerlevel": _("Add a learner level"),
    "supervisors.spokenlanguage": _("Add a spoken language"),
    "supervisors.supervisor": _("Add a supervisor"),
    "territory.commune": _("Add a commune"),
    "territory.placetopractise": _("Add a place to practise"),
}


class NamedModelLabelsMixin:
    """An admin listing whose "Add" button says what it adds, with the right article."""

    @cached_property
    def add_item_label(self):
        label = ADD_LABELS.get(self.model._meta.label_lower) if self.model else None
        return label or super().add_item_label


class NamedIndexView(NamedModelLabelsMixin, IndexView):
    """Wagtail's snippet listing with the project's "Add" phrase."""
