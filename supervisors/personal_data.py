"""What the directory holds about an account: the declarations of interest it sent or confirmed.

Supervisor records are not accounts: CDOM staff keep them, with the
practitioner's recorded consent, and erase them on request. Leads sent
without an account are erased twelve months after they are declined
(`purge_supervisor_leads`), or with the account that confirmed their address.
"""

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
from supervisors.services import (
    DECLINED_LEAD_RETENTION_DAYS,
    WITHDRAWN_SUPERVISOR_RETENTION_DAYS,
    erase_leads_of,
    leads_of,
    purge_declined_leads,
    purge_withdrawn_supervisors,
)


def lead_items(user: User) -> list[PersonalDataItem]:
    return [
        PersonalDataItem(
            _("Interest in becoming a supervisor, sent on %(date)s")
            % {"date": lead.created_at.date().isoformat()},
            lead.get_state_display(),
        )
        for lead in leads_of(user)
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
        for lead in leads_of(user).select_related("profession", "place", "commune")
    ]


LEADS_SECTION = PersonalDataSection(
    key="supervisor_leads",
    label=_("Becoming a supervisor"),
    items=lead_items,
    export=lead_export,
    erase=erase_leads_of,
    order=60,
)


def supervisor_retention() -> str:
    return ngettext(
        "While the approval lasts and the practitioner consents; a record whose consent is "
        "withdrawn is unpublished at once and erased %(days)d day later.",
        "While the approval lasts and the practitioner consents; a record whose consent is "
        "withdrawn is unpublished at once and erased %(days)d days later.",
        WITHDRAWN_SUPERVISOR_RETENTION_DAYS,
    ) % {"days": WITHDRAWN_SUPERVISOR_RETENTION_DAYS}


def lead_retention() -> str:
    return ngettext(
        "Until the practitioner becomes a supervisor; a declined declaration is erased "
        "%(days)d day after it was declined.",
        "Until the practitioner becomes a supervisor; a declined declaration is erased "
        "%(days)d days after it was declined.",
        DECLINED_LEAD_RETENTION_DAYS,
    ) % {"days": DECLINED_LEAD_RETENTION_DAYS}


SUPERVISORS_PROCESSING = Processing(
    key="supervisors",
    name=_("Internship supervisor directory"),
    data=_(
        "The practitioner's name, RPPS number, profession, place and address of practice, "
        "approval, presentation, e-mail address and phone number."
    ),
    purpose=_(
        "To let students find a supervisor. The e-mail address and the phone number are never "
        "shown on the site, not even to signed-in visitors: students write through the site's "
        "contact form, and the staff use them to reach the practitioner."
    ),
    legal_basis=CONSENT,
    retention=supervisor_retention,
    models=("supervisors.Supervisor",),
    purges=(purge_withdrawn_supervisors,),
    order=60,
)
LEADS_PROCESSING = Processing(
    key="supervisor_leads",
    name=_("Declarations of interest in becoming a supervisor"),
    data=_(
        "Name, e-mail address, phone number, profession, RPPS number, place of practice, "
        "availability and message."
    ),
    purpose=_("To let the CDOM contact the practitioner and follow them to the approval."),
    legal_basis=PUBLIC_TASK,
    retention=lead_retention,
    models=("supervisors.Lead",),
    purges=(purge_declined_leads,),
    section=LEADS_SECTION.key,
    order=61,
)
