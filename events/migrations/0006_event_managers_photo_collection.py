"""Event managers illustrate their evenings: a collection of images of their own.

They may add, edit and choose images in the "Soirées" collection only; the
rest of the media library (logos, listing photos) stays out of their reach.
"""

from django.db import migrations

from core.group_permissions import ensure_permissions

EVENT_MANAGERS = "Event managers"
COLLECTION_NAME = "Soirées"
CODENAMES = ["add_image", "change_image", "choose_image"]


BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def next_child_path(Collection, root) -> str:
    """Treebeard's path for a new last child of `root` (its API is not on historical models).

    A path is the parent's followed by a four-character base-36 step.
    """
    last = (
        Collection.objects.filter(path__startswith=root.path, depth=root.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    step = int(last[-4:], 36) + 1 if last else 1
    digits = ""
    for _ in range(4):
        step, digit = divmod(step, 36)
        digits = BASE36[digit] + digits
    return root.path + digits


def create_collection(apps, schema_editor):
    ensure_permissions(apps, "wagtailimages", {})
    Collection = apps.get_model("wagtailcore", "Collection")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    collection = Collection.objects.filter(name=COLLECTION_NAME, depth=2).first()
    if collection is None:
        collection = Collection.objects.create(
            name=COLLECTION_NAME, depth=2, path=next_child_path(Collection, root), numchild=0
        )
        root.numchild += 1
        root.save(update_fields=["numchild"])
    group = Group.objects.get_or_create(name=EVENT_MANAGERS)[0]
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailimages", codename__in=CODENAMES
    ):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


def remove_collection_permissions(apps, schema_editor):
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupCollectionPermission.objects.filter(
        group__name=EVENT_MANAGERS, collection__name=COLLECTION_NAME
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0005_registrant_names_are_names"),
        ("core", "0002_portal_groups"),
    ]

    operations = [migrations.RunPython(create_collection, remove_collection_permissions)]
