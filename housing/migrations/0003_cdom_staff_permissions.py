"""Let CDOM staff manage housing listings, and give their photos a collection of their own.

The snippet's publish/lock/unlock permissions are normally created after
migrations (post_migrate); they are created here so that they can be granted.
"""

from django.db import migrations

CDOM_STAFF = "CDOM staff"
LISTING_ACTIONS = ["add", "change", "delete", "view", "publish", "lock", "unlock"]
PHOTO_COLLECTION = "Logements"
IMAGE_CODENAMES = ["add_image", "change_image", "choose_image"]
STEP = 4
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def base36(number: int) -> str:
    digits = ""
    while number:
        number, digit = divmod(number, 36)
        digits = ALPHABET[digit] + digits
    return digits.rjust(STEP, "0")


def ensure_collection(apps, name):
    """A child of the root collection (treebeard paths by hand: no tree API in migrations)."""
    Collection = apps.get_model("wagtailcore", "Collection")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return None
    existing = Collection.objects.filter(depth=2, name=name).first()
    if existing is not None:
        return existing
    last = Collection.objects.filter(depth=2).order_by("-path").first()
    number = int(last.path[-STEP:], 36) + 1 if last else 1
    collection = Collection.objects.create(
        name=name, path=root.path + base36(number), depth=2, numchild=0
    )
    root.numchild += 1
    root.save(update_fields=["numchild"])
    return collection


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    group = Group.objects.filter(name=CDOM_STAFF).first()
    if group is None:
        return
    content_type, _ = ContentType.objects.get_or_create(app_label="housing", model="housinglisting")
    for action in LISTING_ACTIONS:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_housinglisting",
            defaults={"name": f"Can {action} housing listing"},
        )
        group.permissions.add(permission)
    collection = ensure_collection(apps, PHOTO_COLLECTION)
    if collection is None:
        return
    image_type, _ = ContentType.objects.get_or_create(app_label="wagtailimages", model="image")
    for codename in IMAGE_CODENAMES:
        permission, _ = Permission.objects.get_or_create(
            content_type=image_type,
            codename=codename,
            defaults={"name": codename.replace("_", " ")},
        )
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    group = Group.objects.filter(name=CDOM_STAFF).first()
    if group is None:
        return
    group.permissions.remove(*group.permissions.filter(content_type__app_label="housing"))
    GroupCollectionPermission.objects.filter(group=group, collection__name=PHOTO_COLLECTION).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("housing", "0002_listings"),
        ("wagtailimages", "0027_image_description"),
        ("core", "0002_portal_groups"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
