"""Create the portal's staff groups and give each what its job needs.

Permissions are created by a post_migrate signal, after every migration has
run, so they are created here first for the apps whose permissions we grant.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
CDOM_STAFF = "CDOM staff"
EVENT_MANAGERS = "Event managers"

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
EDITOR_COLLECTION_PERMISSIONS = {
    "wagtailimages": ["add_image", "change_image", "choose_image"],
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
}
EDITOR_MODEL_PERMISSIONS = {
    "core": [
        f"{action}_{model}"
        for model in ("profession", "careerstage", "faculty", "specialty")
        for action in ("add", "change", "delete")
    ]
    + ["change_portalsettings"],
    "wagtail_localize": ["submit_translation"],
}


def ensure_permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None


def create_groups(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    groups = {name: Group.objects.get_or_create(name=name)[0]
              for name in (EDITORS, CDOM_STAFF, EVENT_MANAGERS)}
    for group in groups.values():
        group.permissions.add(access_admin)

    editors = groups[EDITORS]
    for app_label, codenames in EDITOR_MODEL_PERMISSIONS.items():
        editors.permissions.add(
            *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        )

    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        for codename in EDITOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=editors,
                page=root_page,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for app_label, codenames in EDITOR_COLLECTION_PERMISSIONS.items():
            for permission in Permission.objects.filter(
                content_type__app_label=app_label, codename__in=codenames
            ):
                GroupCollectionPermission.objects.get_or_create(
                    group=editors, collection=root_collection, permission=permission
                )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=[EDITORS, CDOM_STAFF, EVENT_MANAGERS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
