"""The project's admin screens use only styles that exist: Wagtail's, or static/css/admin.css.

Wagtail ships the utility classes its own templates use, not all of Tailwind's:
a class it does not ship draws nothing (buttons became blank bars, counts ran
together, the search box slid under the filter).
"""

import re
from pathlib import Path

import pytest
import wagtail
from django.conf import settings
from django.urls import reverse
from wagtail.admin.icons import get_icons

TEMPLATES = Path(settings.BASE_DIR) / "templates"
ADMIN_TEMPLATES = sorted(TEMPLATES.glob("*/admin/**/*.html"))
WAGTAIL_CSS = Path(wagtail.__file__).parent / "admin/static/wagtailadmin/css/core.css"
PROJECT_CSS = Path(settings.BASE_DIR) / "static/css/admin.css"
CLASS_ATTRIBUTE = re.compile(r'class="([^"]*)"')
TEMPLATE_TAG = re.compile(r"{%.*?%}|{{.*?}}")
ICON = re.compile(r"""icon(?:_name=| name=)["']([\w-]+)["']""")


def defined_classes(css: str) -> set[str]:
    return {name.replace("\\", "") for name in re.findall(r"\.((?:[\w-]|\\.)+)", css)}


def used_classes(template: Path) -> set[str]:
    classes = set()
    for value in CLASS_ATTRIBUTE.findall(template.read_text()):
        classes.update(TEMPLATE_TAG.sub(" ", value).split())
    return classes


@pytest.mark.parametrize(
    "template", ADMIN_TEMPLATES, ids=lambda path: str(path.relative_to(TEMPLATES))
)
def test_admin_templates_use_only_defined_classes(template):
    defined = defined_classes(WAGTAIL_CSS.read_text()) | defined_classes(PROJECT_CSS.read_text())
    assert used_classes(template) - defined == set()


def test_icons_named_by_the_project_are_in_wagtails_sprite():
    sprite = get_icons()
    sources = [*TEMPLATES.glob("**/*.html"), *Path(settings.BASE_DIR).glob("*/wagtail_hooks.py")]
    names = {name for source in sources for name in ICON.findall(source.read_text())}
    assert names
    assert {name for name in names if f'id="icon-{name}"' not in sprite} == set()


def test_admin_stylesheet_is_on_the_projects_admin_screens(admin_client):
    response = admin_client.get(reverse("territory_commune_codes"))
    html = response.content.decode()
    assert "/static/css/admin.css" in html
    assert re.search(r'<body[^>]*class="[^"]*portail-admin', html)
