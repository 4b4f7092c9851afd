"""The lists of professions and career stages that every section shares.

Each term is one row with its label in French and in English, so the guide,
the housing registry, the supervisor directory and the user profile point to
the same rows in both languages (filters and shared links keep working when a
visitor switches language) and editors extend the lists in the admin.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from core.i18n import pick_label


class TermQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class Term(index.Indexed, models.Model):
    """A term of an editable list, labelled in both languages of the site."""

    name_fr = models.CharField(_("name in French"), max_length=120)
    name_en = models.CharField(_("name in English"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        help_text=_("Used in the addresses of filtered lists; do not change it once published."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order in lists"), default=100)
    is_active = models.BooleanField(
        _("offered in forms"),
        default=True,
        help_text=_("Untick to stop offering this term without losing what already uses it."),
    )

    objects = TermQuerySet.as_manager()

    panels = [
        FieldPanel("name_fr"),
        FieldPanel("name_en"),
        FieldPanel("slug"),
        FieldPanel("sort_order"),
        FieldPanel("is_active"),
    ]
    search_fields = [
        index.SearchField("name_fr"),
        index.SearchField("name_en"),
        index.AutocompleteField("name_fr"),
    ]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name_fr"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """The label in the active language, French when there is no other."""
        return pick_label(self.name_fr, self.name_en)


class Profession(Term):
    """A health profession: GP, midwife, physiotherapist, nurse…"""

    class Meta(Term.Meta):
        verbose_name = _("profession")
        verbose_name_plural = _("professions")


class CareerStage(Term):
    """Where someone is in their career: student, intern, junior doctor, settled…"""

    class Meta(Term.Meta):
        verbose_name = _("career stage")
        verbose_name_plural = _("career stages")


class Faculty(Term):
    """A faculty of medicine, midwifery or rehabilitation where students train."""

    class Meta(Term.Meta):
        verbose_name = _("faculty")
        verbose_name_plural = _("faculties")


class Specialty(Term):
    """A medical specialty or field of practice: general medicine, paediatrics…"""

    class Meta(Term.Meta):
        verbose_name = _("specialty")
        verbose_name_plural = _("specialties")
