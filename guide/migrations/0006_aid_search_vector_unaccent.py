"""The aids' stored vectors built again with the accent-folding configurations."""

from django.db import migrations


def refresh(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from guide.search_index import refresh_search_vectors

    refresh_search_vectors(apps.get_model("guide", "AidPage").objects.all())


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0004_unaccent_search_configurations"),
        ("guide", "0005_aidpage_applicant"),
    ]

    operations = [
        migrations.RunPython(refresh, migrations.RunPython.noop),
    ]
