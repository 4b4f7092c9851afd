"""How every form of the portal is rendered: hints, reasons and errors wired to inputs.

Django 5.2 lets a form renderer choose the BoundField class, so allauth's forms
get the same treatment as ours without subclassing each of them.
https://docs.djangoproject.com/en/5.2/ref/forms/renderers/#django.forms.renderers.BaseRenderer.bound_field_class
"""

from collections.abc import Iterator
from html import escape

from django.forms import Select
from django.forms.boundfield import BoundField
from django.forms.renderers import DjangoTemplates
from django.forms.utils import flatatt
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe


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
    bound_field_class = DescribedBoundField


class LongSelect(Select):
    """A single-choice <select> for hundreds of options (the communes), written in Python.

    Django renders each option through its own template; with the ~500
    communes of a département, the two commune menus of the housing search
    took 140 of its 265 ms (benchmark data set). This writes the same markup
    in about 1 ms a menu, escaping with the standard library's `html.escape`,
    which does what Django's `escape` does without its lazy-string checks.
    """

    def use_required_attribute(self, initial) -> bool:
        # Django's looks at the first choice, which reads a list given as a
        # callable (territory.forms.CommuneChoiceField) once more. These menus
        # always start with an empty choice, which is what it checks for.
        return not self.is_hidden

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        selected = set(self.format_value(value))
        opening = format_html(
            '<select name="{}"{}>', name, flatatt(self.build_attrs(self.attrs, attrs))
        )
        options = "".join(self._options(self.choices, selected))
        return mark_safe(f"{opening}{options}</select>")  # noqa: S308 - every value is escaped

    def _options(self, choices, selected: set[str]) -> Iterator[str]:
        for value, label in choices:
            if isinstance(label, list | tuple):
                yield f'<optgroup label="{escape(str(value))}">'
                yield from self._options(label, selected)
                yield "</optgroup>"
            else:
                value = "" if value is None else str(value)
                mark = ""
                if value in selected:
                    # Like Django's Select: only the first option of a value is selected.
                    selected.discard(value)
                    mark = " selected"
                yield f'<option value="{escape(value)}"{mark}>{escape(str(label))}</option>'
