"""Editors keep the guide's lists: funders, kinds of aid and referents."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
CODENAMES = [
    f"{action}_{model}"
    for model in ("funder", "aidkind", "referent")
    for action in ("add", "change", "delete")
]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("guide")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.get_or_create(name=EDITORS)[0]
    editors.permissions.add(
        *Permission.objects.filter(content_type__app_label="guide", codename__in=CODENAMES)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for editors in Group.objects.filter(name=EDITORS):
        editors.permissions.remove(
            *Permission.objects.filter(content_type__app_label="guide", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("guide", "0002_aidkind_funder_referent_aidpage"),
        ("core", "0002_portal_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
