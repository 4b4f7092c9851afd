"""CDOM staff and editors keep the supervisor list and follow the prospective supervisors.

Neither group gets page permissions here: the directory's pages stay with
editors through their page permissions on the tree. The snippet-specific
permissions (publish, lock, unlock) are created by Wagtail after migrations,
so they are created here first.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
CDOM_STAFF = "CDOM staff"

RECORD_PERMISSIONS = [
    *(f"{action}_supervisor" for action in ("add", "change", "delete", "publish", "lock", "unlock")),
    *(f"{action}_lead" for action in ("add", "change", "delete")),
]
TERM_PERMISSIONS = [
    f"{action}_{model}"
    for model in ("learnerlevel", "spokenlanguage")
    for action in ("add", "change", "delete")
]
GRANTS = {
    CDOM_STAFF: RECORD_PERMISSIONS,
    EDITORS: RECORD_PERMISSIONS + TERM_PERMISSIONS,
}
SNIPPET_ACTIONS = {"supervisor": ["publish", "lock", "unlock"]}


def ensure_permissions(apps):
    app_config = apps.get_app_config("supervisors")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for model, actions in SNIPPET_ACTIONS.items():
        content_type = ContentType.objects.get_for_model(apps.get_model("supervisors", model))
        for action in actions:
            Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )


def grant(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        group = Group.objects.get_or_create(name=name)[0]
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="supervisors", codename__in=codenames)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        for group in Group.objects.filter(name=name):
            group.permissions.remove(
                *Permission.objects.filter(
                    content_type__app_label="supervisors", codename__in=codenames
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("supervisors", "0002_supervisors_and_leads"),
        ("core", "0002_portal_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
