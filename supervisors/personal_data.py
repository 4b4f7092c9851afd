"""What the directory holds about an account: the declarations of interest sent while signed in.

Supervisor records are not accounts: CDOM staff keep them, with the
practitioner's recorded consent, and erase them on request. Leads sent
without an account are erased twelve months after they are declined
(`purge_supervisor_leads`).
"""

from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.personal_data import PersonalDataItem, PersonalDataSection
from supervisors.models import Lead


def lead_items(user: User) -> list[PersonalDataItem]:
    return [
        PersonalDataItem(
            _("Interest in becoming a supervisor, sent on %(date)s")
            % {"date": lead.created_at.date().isoformat()},
            lead.get_state_display(),
        )
        for lead in Lead.objects.filter(user=user)
    ]


def lead_export(user: User) -> list[dict]:
    return [
        {
            "sent_at": lead.created_at.isoformat(),
            "first_name": lead.first_name,
            "last_name": lead.last_name,
            "email": lead.email,
            "phone": lead.phone,
            "profession": lead.profession.slug,
            "rpps": lead.rpps,
            "place": lead.place.name if lead.place else "",
            "address": lead.address,
            "commune": lead.commune.name if lead.commune else "",
            "available_from": lead.available_from,
            "message": lead.message,
            "state": lead.state,
        }
        for lead in Lead.objects.filter(user=user).select_related("profession", "place", "commune")
    ]


LEADS_SECTION = PersonalDataSection(
    key="supervisor_leads",
    label=_("Becoming a supervisor"),
    items=lead_items,
    export=lead_export,
    order=60,
)
