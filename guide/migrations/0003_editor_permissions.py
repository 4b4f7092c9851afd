"""Editors keep the guide's lists: funders, kinds of aid and referents."""

from django.db import migrations

from core.group_permissions import grant_operation

EDITORS = "Editors"
CODENAMES = [
    f"{action}_{model}"
    for model in ("funder", "aidkind", "referent")
    for action in ("add", "change", "delete")
]


class Migration(migrations.Migration):
    dependencies = [
        ("guide", "0002_aidkind_funder_referent_aidpage"),
        ("core", "0002_portal_groups"),
    ]

    operations = [grant_operation("guide", {EDITORS: CODENAMES})]
