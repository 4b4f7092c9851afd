"""The directory's own editable lists: the learners a supervisor takes, the languages spoken."""

from django.utils.translation import gettext_lazy as _

from core.models.taxonomy import Term


class LearnerLevel(Term):
    """A level of training a supervisor may host: extern, intern in the foundation phase, SASPAS…"""

    class Meta(Term.Meta):
        verbose_name = _("learner level")
        verbose_name_plural = _("learner levels")


class SpokenLanguage(Term):
    """A language a supervisor speaks with students and patients."""

    class Meta(Term.Meta):
        verbose_name = _("language spoken")
        verbose_name_plural = _("languages spoken")
