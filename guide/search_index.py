"""The aids' full-text index on PostgreSQL: a tsvector stored with each aid.

Computed in every search, the vector (the title, summary and conditions of
every aid, stemmed) was the costliest part of the guide's search; stored and
indexed, a search only reads it. It is rebuilt from the
saved row whenever an aid is saved (AidPage.save), so it always describes
the live content, never a draft.
"""

from django.contrib.postgres.search import SearchVector
from django.db import connection
from django.db.models import OuterRef, QuerySet, Subquery

# Full-text search configuration per content language (PostgreSQL text search): the
# built-in ones with accents folded first (core's migration 0004).
SEARCH_CONFIGS = {"fr": "french_unaccent", "en": "english_unaccent"}
FALLBACK_CONFIG = "simple"
# What the vector is made of: a save that writes none of these leaves it as it is.
INDEXED_FIELDS = {"title", "summary", "conditions", "how_to_apply", "commitment_place", "locale"}


def config_for(language_code: str) -> str:
    return SEARCH_CONFIGS.get(language_code, FALLBACK_CONFIG)


def aid_vector(config: str) -> SearchVector:
    """The title weighs most, then the summary, then the conditions and how to apply."""
    return (
        SearchVector("title", weight="A", config=config)
        + SearchVector("summary", weight="B", config=config)
        + SearchVector("conditions", "how_to_apply", "commitment_place", weight="C", config=config)
    )


def refresh_search_vectors(aids: QuerySet) -> None:
    """Store the vector of these aids, each in its language's configuration."""
    if connection.vendor != "postgresql":
        return
    model = aids.model
    languages = set(aids.values_list("locale__language_code", flat=True))
    for language in languages:
        config = config_for(language)
        # An UPDATE cannot read the title from the parent table itself: a
        # subquery on the same row can.
        vector = model.objects.filter(pk=OuterRef("pk")).annotate(vector=aid_vector(config))
        aids.filter(locale__language_code=language).update(
            search_vector=Subquery(vector.values("vector")[:1])
        )
