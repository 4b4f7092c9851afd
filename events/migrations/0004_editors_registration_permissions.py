"""Editors run the evenings too: they export registrants and check guests in at the door.

Event managers keep the same rights without the rest of the site's pages.
"""

from django.db import migrations

from core.group_permissions import grant_operation

EDITORS = "Editors"
CODENAMES = ["view_registration", "add_registration", "change_registration"]


class Migration(migrations.Migration):
    dependencies = [("events", "0003_event_managers_registration_permissions")]

    operations = [grant_operation("events", {EDITORS: CODENAMES})]
