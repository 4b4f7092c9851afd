"""CDOM staff and editors keep the supervisor list and follow the prospective supervisors.

Neither group gets page permissions here: the directory's pages stay with
editors through their page permissions on the tree. The snippet-specific
permissions (publish, lock, unlock) are created by Wagtail after migrations,
so they are created here first.
"""

from django.db import migrations

from core.group_permissions import grant_operation

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


class Migration(migrations.Migration):
    dependencies = [
        ("supervisors", "0002_supervisors_and_leads"),
        ("core", "0002_portal_groups"),
    ]

    operations = [grant_operation("supervisors", GRANTS, SNIPPET_ACTIONS)]
