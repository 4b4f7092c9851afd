"""Matching what visitors type whatever their accents, case and hyphens.

People type "kine", "infirmiere" or "sage femme" for "kiné", "infirmière"
and "sage-femme". On PostgreSQL, the `unaccent` extension (and the text
search configurations built on it, see core's migration) folds accents; on
SQLite, used for development, a function of the same name is registered on
each connection, so that Django's `__unaccent` lookup works on both.
"""

import re
import unicodedata

from django.db.models import Q, QuerySet

MIN_WORD_LENGTH = 2


def strip_accents(text: str | None) -> str | None:
    """`text` without its accents, as PostgreSQL's unaccent() gives it ("Hôpital" → "Hopital")."""
    if text is None:
        return None
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def register_unaccent(sender, connection, **kwargs) -> None:
    """Give each SQLite connection an unaccent() function, as PostgreSQL's extension does."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("UNACCENT", 1, strip_accents, deterministic=True)


def search_words(query: str) -> list[str]:
    """The words of `query`, folded: anything but a letter or a digit separates words
    (hyphens, apostrophes, quotes), and single letters ("d’", "l’") are left out."""
    folded = strip_accents(query.casefold())
    return [word for word in re.findall(r"[^\W_]+", folded) if len(word) >= MIN_WORD_LENGTH]


def matching_every_word(queryset: QuerySet, fields: list[str], words: list[str]) -> QuerySet:
    """The rows in which each of `words` appears in one of `fields`, accents and case aside."""
    for word in words:
        found_in_a_field = Q()
        for name in fields:
            found_in_a_field |= Q(**{f"{name}__unaccent__icontains": word})
        queryset = queryset.filter(found_in_a_field)
    return queryset
