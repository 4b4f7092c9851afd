"""Give the Event managers group the registrations: see, add, change (check-in, waiting list).

Permissions are created by a post_migrate signal, after every migration, so
they are created here first, as core's group migration does.
"""

from django.db import migrations

from core.group_permissions import grant_operation

EVENT_MANAGERS = "Event managers"
CODENAMES = ["view_registration", "add_registration", "change_registration"]


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0002_registrations"),
        ("core", "0002_portal_groups"),
    ]

    operations = [grant_operation("events", {EVENT_MANAGERS: CODENAMES})]
