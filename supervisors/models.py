"""The internship-supervisor directory."""

from django.utils.translation import gettext_lazy as _

from core.models import SectionIndexPage


class SupervisorIndexPage(SectionIndexPage):
    """The directory's entry page (/fr/maitres-de-stage/): who hosts students."""

    icon_name = "supervisors"
    template = "supervisors/supervisor_index_page.html"

    class Meta:
        verbose_name = _("supervisor directory")
