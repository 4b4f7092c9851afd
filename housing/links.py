"""The signed links of the saved searches' e-mails: a way out without signing in."""

from django.core import signing

from housing.models import SavedSearch

UNSUBSCRIBE_SALT = "housing.saved-search.unsubscribe"


def unsubscribe_token(saved: SavedSearch) -> str:
    return signing.dumps(saved.pk, salt=UNSUBSCRIBE_SALT)


def saved_search_from_token(token: str) -> SavedSearch | None:
    try:
        pk = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return SavedSearch.objects.filter(pk=pk).first()
