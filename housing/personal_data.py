"""The saved searches in "my account": listed, exported; erased with the account (cascade)."""

from typing import Any

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.models import User
from core.personal_data import (
    CONSENT,
    PUBLIC_TASK,
    PersonalDataItem,
    PersonalDataSection,
    Processing,
)
from housing.models import SavedSearch
from housing.services.freshness import ENDED_LISTING_RETENTION_DAYS, purge_ended_listings


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


def listing_retention() -> str:
    return ngettext(
        "While the listing is offered; it is unpublished after its last available day and "
        "deleted %(days)d day later.",
        "While the listing is offered; it is unpublished after its last available day and "
        "deleted %(days)d days later.",
        ENDED_LISTING_RETENTION_DAYS,
    ) % {"days": ENDED_LISTING_RETENTION_DAYS}


def saved_search_retention() -> str:
    return _("Until you delete the search or your account.")


LISTINGS_PROCESSING = Processing(
    key="housing_listings",
    name=_("Housing listings"),
    data=_(
        "The landlord's or host's name, e-mail address and phone number, and the address "
        "of the accommodation."
    ),
    purpose=_(
        "To offer trainee doctors accommodation near their placement; the contact details "
        "are shown to signed-in visitors only."
    ),
    legal_basis=PUBLIC_TASK,
    retention=listing_retention,
    models=("housing.HousingListing",),
    purges=(purge_ended_listings,),
    order=50,
)
SAVED_SEARCHES_PROCESSING = Processing(
    key="housing_saved_searches",
    name=_("Saved housing searches"),
    data=_("Your search criteria and the language of the e-mails."),
    purpose=_("To e-mail you the new listings that match, one e-mail a day at most."),
    legal_basis=CONSENT,
    retention=saved_search_retention,
    models=("housing.SavedSearch",),
    section=SAVED_SEARCHES_SECTION.key,
    order=51,
)
