"""The students' saved searches."""

from django.db import transaction

from accounts.models import User
from housing.models import SavedSearch


@transaction.atomic
def save_search(
    user: User, query: str, description: str, language: str
) -> tuple[SavedSearch, bool]:
    """Remember the user's search (its normalised query string, forms.normalised_search,
    and the search in words); True when it is new."""
    saved, created = SavedSearch.objects.get_or_create(
        user=user,
        query=query,
        defaults={"description": description[:300], "language": language},
    )
    return saved, created
