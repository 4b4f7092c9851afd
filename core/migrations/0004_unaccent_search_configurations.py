"""Full-text search that ignores accents on PostgreSQL (core.search_text).

The `unaccent` extension, and for each language of the content a text search
configuration that folds accents before stemming: "infirmiere" and
"infirmière" give the same lexeme. SQLite has neither; core.search_text gives
it an unaccent() function instead.
"""

from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations

# (configuration, the built-in one it copies, its stemming dictionary)
CONFIGURATIONS = [
    ("french_unaccent", "french", "french_stem"),
    ("english_unaccent", "english", "english_stem"),
]


def create_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, parent, stemmer in CONFIGURATIONS:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
        schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {parent})")
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} "
            f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {stemmer}"
        )


def drop_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _parent, _stemmer in CONFIGURATIONS:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_pendingimport"),
    ]

    operations = [
        UnaccentExtension(),
        migrations.RunPython(create_configurations, drop_configurations),
    ]
