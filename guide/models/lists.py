"""The guide's editable lists: who funds an aid, what kind of aid it is, whom to call.

Funders and kinds follow the shared term lists (core.models.taxonomy): one row
with a French and an English label, not a translatable snippet, so that a
funder is the same row on /fr/ and /en/, facet links keep their meaning when a
visitor switches language, and wagtail-localize copies the choice as it is
onto the English aid page.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from core.i18n import pick_label
from core.models.taxonomy import Term


class Funder(Term):
    """Who pays for an aid: the département, the Région, the ARS, the Assurance Maladie…"""

    website = models.URLField(_("website"), blank=True)

    panels = [*Term.panels, FieldPanel("website")]

    class Meta(Term.Meta):
        verbose_name = _("funder")
        verbose_name_plural = _("funders")


class AidKind(Term):
    """What an aid is: a grant, a study bursary, a contract, a bonus, housing, support…"""

    class Meta(Term.Meta):
        verbose_name = _("kind of aid")
        verbose_name_plural = _("kinds of aid")


class Referent(index.Indexed, models.Model):
    """The person a visitor calls or writes to about an aid.

    A professional contact published with the editor's agreement: the public
    guide shows it, which is its purpose.
    """

    name = models.CharField(_("name"), max_length=120)
    role_fr = models.CharField(_("role in French"), max_length=160)
    role_en = models.CharField(_("role in English"), max_length=160, blank=True)
    organisation = models.CharField(_("organisation"), max_length=160, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("role_fr"), FieldPanel("role_en")]),
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("organisation"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("referent")
        verbose_name_plural = _("referents")

    def __str__(self) -> str:
        return f"{self.name} — {self.role}"

    @property
    def role(self) -> str:
        """The role in the active language, French when there is no English."""
        return pick_label(self.role_fr, self.role_en)
