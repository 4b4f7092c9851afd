"""Background work of the directory: the e-mails about a new lead (the nightly expiry is a
job: supervisors/jobs.py).

The lead is committed before these tasks are enqueued, so a mail server that
is down delays the e-mails (the task backend retries) but loses no lead.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.models import Site

from accounts.lookup import verified_emails
from core.email import compose_email
from core.models import PortalSettings
from core.public_url import public_page_url, public_url
from supervisors.models import Lead

CDOM_STAFF_GROUP = "CDOM staff"


def staff_recipients() -> list[tuple[str, str]]:
    """(address, language) of each active member of the CDOM staff group."""
    group = Group.objects.filter(name=CDOM_STAFF_GROUP).first()
    if group is None:
        return []
    return [
        (user.email, user.preferred_language or settings.LANGUAGE_CODE)
        for user in group.user_set.filter(is_active=True).exclude(email="")
    ]


@task()
def notify_staff_of_lead(lead_id: int) -> int:
    """Tell each CDOM staff member, in their language, that a practitioner wants to host."""
    lead = Lead.objects.select_related("profession", "commune", "place").filter(pk=lead_id).first()
    if lead is None:
        return 0
    admin_url = public_url(reverse("wagtailsnippets_supervisors_lead:edit", args=[lead.pk]))
    sent = 0
    for address, language in staff_recipients():
        with translation.override(language):
            compose_email(
                _("A practitioner wants to become a supervisor: %(name)s") % {"name": lead},
                "supervisors/emails/new_lead.txt",
                {"lead": lead, "admin_url": admin_url},
                [address],
                language=language,
                links=(admin_url,),
            ).send()
        sent += 1
    return sent


def contact_url() -> str:
    """The site's contact page in the active language, or its home when none is chosen."""
    site = Site.objects.filter(is_default_site=True).first()
    page = PortalSettings.for_site(site).contact_page if site is not None else None
    return (page and public_page_url(page.localized)) or public_url("/")


@task()
def acknowledge_lead(lead_id: int) -> bool:
    """Thank the practitioner in the language they wrote in, and say what happens next.

    Anyone can type any address in the form: the e-mail repeats what was typed
    only to an address the sender's account has confirmed.
    """
    lead = Lead.objects.select_related("user").filter(pk=lead_id).first()
    if lead is None:
        return False
    confirmed = lead.user is not None and lead.email.lower() in {
        email.lower() for email in verified_emails(lead.user)
    }
    with translation.override(lead.language):
        contact = contact_url()
        compose_email(
            _("We received your interest in hosting students"),
            "supervisors/emails/lead_acknowledgement.txt",
            {"lead": lead, "address_is_confirmed": confirmed, "contact_url": contact},
            [lead.email],
            language=lead.language,
            links=(contact,),
        ).send()
    return True
