"""The aids' stored full-text vector (guide.search_index): the column everywhere, its GIN
index and its first values on PostgreSQL only (SQLite has neither)."""

import django.contrib.postgres.search
from django.db import migrations

INDEX = "guide_aidpage_search_vector_gin"


def index_and_fill(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from guide.search_index import refresh_search_vectors

    schema_editor.execute(
        f"CREATE INDEX {INDEX} ON guide_aidpage USING gin (search_vector)"  # noqa: S608
    )
    refresh_search_vectors(apps.get_model("guide", "AidPage").objects.all())


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("guide", "0003_editor_permissions"),
    ]

    operations = [
        migrations.AddField(
            model_name="aidpage",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(index_and_fill, drop_index),
    ]
