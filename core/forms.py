"""How every form of the portal is rendered: hints, reasons and errors wired to inputs.

Django 5.2 lets a form renderer choose the BoundField class, so allauth's forms
get the same treatment as ours without subclassing each of them.
https://docs.djangoproject.com/en/5.2/ref/forms/renderers/#django.forms.renderers.BaseRenderer.bound_field_class
"""

from django.forms.boundfield import BoundField
from django.forms.renderers import DjangoTemplates, Jinja2
from django.template import TemplateDoesNotExist
from django.utils.functional import cached_property


class DescribedBoundField(BoundField):
    """A bound field that knows why we ask for it and tells screen readers (RGAA 11.10)."""

    @property
    def reason(self) -> str:
        """Why the portal asks for this field, from the form's `reasons` mapping."""
        return str(getattr(self.form, "reasons", {}).get(self.name, ""))

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        described_by = []
        if self.help_text:
            described_by.append(f"{self.auto_id}_helptext")
        if self.reason:
            described_by.append(f"{self.auto_id}_why")
        if self.errors:
            described_by.append(f"{self.auto_id}_error")
        if described_by:
            attrs["aria-describedby"] = " ".join(described_by)
        return attrs


class PortalFormRenderer(DjangoTemplates):
    """Django's own widget and form templates rendered with Jinja2, the others with
    Django's template language.

    Django ships each of its form templates for both engines, and they give the
    same HTML; with the template language, every option of a select and every
    attribute goes through a template include, and the directory's four menus
    took longer to render than their queries. A template that only exists
    for Django's engine (Wagtail's admin widgets) is rendered by it, as before.
    """

    bound_field_class = DescribedBoundField

    @cached_property
    def jinja2(self) -> Jinja2:
        return Jinja2()

    def get_template(self, template_name):
        try:
            return self.jinja2.get_template(template_name)
        except TemplateDoesNotExist:
            return super().get_template(template_name)
