"""Editors keep the communes, their zonage and the places to practise."""

from django.db import migrations

from core.group_permissions import grant_operation

EDITORS = "Editors"
CODENAMES = [
    f"{action}_{model}"
    for model in ("commune", "placetopractise")
    for action in ("add", "change", "delete")
]


class Migration(migrations.Migration):
    dependencies = [
        ("territory", "0001_initial"),
        ("core", "0002_portal_groups"),
    ]

    operations = [grant_operation("territory", {EDITORS: CODENAMES})]
