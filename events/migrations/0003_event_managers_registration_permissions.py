"""Give the Event managers group the registrations: see, add, change (check-in, waiting list).

Permissions are created by a post_migrate signal, after every migration, so
they are created here first, as core's group migration does.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EVENT_MANAGERS = "Event managers"
CODENAMES = ["view_registration", "add_registration", "change_registration"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("events")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EVENT_MANAGERS)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="events", codename__in=CODENAMES)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=EVENT_MANAGERS).first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="events", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0002_registrations"),
        ("core", "0002_portal_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
