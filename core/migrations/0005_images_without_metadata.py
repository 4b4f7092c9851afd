"""Clean the images uploaded before originals lost their metadata, and their renditions."""

from django.db import migrations

from core.image_metadata import clean_stored_images


def clean_images(apps, schema_editor):
    clean_stored_images(apps.get_model("core", "PortalImage"), apps.get_model("core", "PortalRendition"))


class Migration(migrations.Migration):
    dependencies = [("core", "0004_unaccent_search_configurations")]

    operations = [migrations.RunPython(clean_images, migrations.RunPython.noop, elidable=True)]
