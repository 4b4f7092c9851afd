"""Editors write what daily life is like in each commune (« Vivre ici »)."""

from django.db import migrations

from core.group_permissions import grant_operation

EDITORS = "Editors"
CODENAMES = [f"{action}_communelife" for action in ("add", "change", "delete")]


class Migration(migrations.Migration):
    dependencies = [
        ("guide", "0008_living_here"),
        ("core", "0002_portal_groups"),
    ]

    operations = [grant_operation("guide", {EDITORS: CODENAMES})]
