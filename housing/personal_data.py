"""The saved searches in "my account": listed, exported; erased with the account (cascade)."""

from typing import Any

from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.personal_data import PersonalDataItem, PersonalDataSection
from housing.models import SavedSearch


def saved_search_items(user: User) -> list[PersonalDataItem]:
    return [
        PersonalDataItem(saved.description, _("one e-mail a day at most when new listings match"))
        for saved in SavedSearch.objects.filter(user=user)
    ]


def saved_search_export(user: User) -> list[dict[str, Any]]:
    return [
        {
            "description": saved.description,
            "query": saved.query,
            "language": saved.language,
            "created_at": saved.created_at.isoformat(),
            "last_sent_on": saved.last_sent_on.isoformat() if saved.last_sent_on else None,
        }
        for saved in SavedSearch.objects.filter(user=user)
    ]


SAVED_SEARCHES_SECTION = PersonalDataSection(
    key="housing_saved_searches",
    label=_("Saved housing searches"),
    items=saved_search_items,
    export=saved_search_export,
    manage_url_name="housing:saved_searches",
    order=50,
)
