"""Grant model permissions to the portal's staff groups, from data migrations.

Django creates permissions after every migration has run (post_migrate), and
Wagtail's snippet-specific ones (publish, lock, unlock) are created then too,
so a migration that grants them must create them first. Each app's migration
states what each group gets and returns `grant_operation(...)`.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

Grants = dict[str, list[str]]  # group name → permission codenames


def ensure_permissions(apps, app_label: str, snippet_actions: dict[str, list[str]]) -> None:
    """Create the app's permissions now, with the snippet actions of `snippet_actions`."""
    app_config = apps.get_app_config(app_label)
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for model, actions in snippet_actions.items():
        content_type = ContentType.objects.get_for_model(apps.get_model(app_label, model))
        for action in actions:
            Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )


def grant_operation(
    app_label: str, grants: Grants, snippet_actions: dict[str, list[str]] | None = None
) -> migrations.RunPython:
    """A migration operation giving each group its permissions on `app_label`'s models."""

    def permissions(apps, codenames):
        Permission = apps.get_model("auth", "Permission")
        return Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)

    def grant(apps, schema_editor):
        ensure_permissions(apps, app_label, snippet_actions or {})
        Group = apps.get_model("auth", "Group")
        for name, codenames in grants.items():
            Group.objects.get_or_create(name=name)[0].permissions.add(*permissions(apps, codenames))

    def revoke(apps, schema_editor):
        Group = apps.get_model("auth", "Group")
        for name, codenames in grants.items():
            for group in Group.objects.filter(name=name):
                group.permissions.remove(*permissions(apps, codenames))

    return migrations.RunPython(grant, revoke)
