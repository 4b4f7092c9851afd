"""Django's form templates are rendered with Jinja2, the others with Django's engine."""

from django import forms
from django.forms.renderers import get_default_renderer
from django.template.backends.django import Template as DjangoTemplate
from django.template.backends.jinja2 import Template as Jinja2Template


def test_django_widgets_are_rendered_with_jinja2():
    renderer = get_default_renderer()

    assert isinstance(renderer.get_template("django/forms/widgets/select.html"), Jinja2Template)


def test_a_template_only_django_has_is_rendered_by_django():
    renderer = get_default_renderer()

    template = renderer.get_template("wagtailadmin/widgets/date_input.html")

    assert isinstance(template, DjangoTemplate)


def test_a_menu_renders_its_options_escaped_with_the_choice_selected():
    widget = forms.Select(choices=[("", "Indifférent"), ("a&b", "<Melun>")])

    html = widget.render("commune", "a&b", attrs={"id": "id_commune"})

    assert '<select name="commune" id="id_commune">' in html
    assert '<option value="a&amp;b" selected>&lt;Melun&gt;</option>' in html
    assert '<option value="">Indifférent</option>' in html
