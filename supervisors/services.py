"""The directory's business rules: consent and approval gate publication; leads become records.

Every function runs in a transaction; views, admin screens, the import and the
scheduled command call them rather than changing the records themselves.
"""

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.lookup import verified_emails
from accounts.models import User
from core.personal_data import matching_any_email
from supervisors import tasks
from supervisors.models import Lead, LeadState, Supervisor
from territory.models import Commune, PlaceToPractise

APPROVAL_WARNING_DAYS = 60
DECLINED_LEAD_RETENTION_DAYS = 365
# RGPD: a practitioner who withdrew consent is unpublished at once; the record
# is kept this long so CDOM staff can answer a question about it, then erased.
WITHDRAWN_SUPERVISOR_RETENTION_DAYS = 30


@dataclass(frozen=True)
class Position:
    """Where a supervisor is shown: the address, the commune and the coordinates."""

    address: str
    commune: Commune | None
    latitude: float | None
    longitude: float | None


def resolve_position(
    place: PlaceToPractise | None,
    address: str,
    commune: Commune | None,
    latitude: float | None,
    longitude: float | None,
) -> Position:
    """Fill what is missing from the place to practise, then from the commune.

    Coordinates typed by staff win; otherwise the place's are exact and the
    commune's centre is an approximation good enough for a "within 20 km" search.
    """
    if place is not None:
        address = address or place.address
        commune = commune or place.commune
        if latitude is None or longitude is None:
            latitude, longitude = place.latitude, place.longitude
    if commune is not None and (latitude is None or longitude is None):
        latitude, longitude = commune.latitude, commune.longitude
    return Position(address, commune, latitude, longitude)


def publication_blockers(supervisor: Supervisor, day: datetime.date | None = None) -> list[str]:
    """Why the record is not in the public directory on `day`; empty when it is."""
    day = day or timezone.localdate()
    reasons = []
    if supervisor.consent_date is None:
        reasons.append(_("the practitioner's consent to be listed is not recorded"))
    elif supervisor.consent_withdrawn_on is not None:
        reasons.append(_("the practitioner withdrew their consent"))
    if supervisor.faculty_id is None or supervisor.approval_start is None:
        reasons.append(_("the approving faculty and the approval dates are not recorded"))
    elif supervisor.approval_start > day:
        reasons.append(_("the approval has not started yet"))
    elif supervisor.approval_end is None or supervisor.approval_end < day:
        reasons.append(_("the approval has ended"))
    if not supervisor.live:
        reasons.append(_("the record is not published"))
    return reasons


@transaction.atomic
def unpublish(supervisor: Supervisor, user: User | None = None) -> None:
    """Take the record off the directory now, with an entry in its history."""
    if supervisor.live:
        supervisor.unpublish(user=user, log_action=True)


@transaction.atomic
def withdraw_consent(
    supervisor: Supervisor, on: datetime.date | None = None, user: User | None = None
) -> Supervisor:
    """The practitioner no longer wants to be listed: record it and unpublish at once."""
    supervisor = Supervisor.objects.select_for_update().get(pk=supervisor.pk)
    supervisor.consent_withdrawn_on = on or timezone.localdate()
    supervisor.save(update_fields=["consent_withdrawn_on"])
    unpublish(supervisor, user)
    return supervisor


def approvals_ending_soon(day: datetime.date | None = None) -> QuerySet[Supervisor]:
    """Published records whose approval ends within 60 days: CDOM staff ask for the renewal."""
    return (
        Supervisor.objects.filter(live=True)
        .approval_ending_within(APPROVAL_WARNING_DAYS, day)
        .select_related("faculty", "commune")
        .order_by("approval_end", "last_name")
    )


@transaction.atomic
def unpublish_ended_approvals(day: datetime.date | None = None) -> int:
    """Unpublish every record whose approval ended before `day`; return how many."""
    day = day or timezone.localdate()
    ended = list(Supervisor.objects.select_for_update().filter(live=True, approval_end__lt=day))
    for supervisor in ended:
        supervisor.unpublish(log_action=True)
    return len(ended)


@transaction.atomic
def create_lead(*, language: str, user: User | None = None, **fields) -> Lead:
    """Record a declaration of interest, tell CDOM staff and acknowledge it to the practitioner.

    The e-mails are enqueued once the lead is committed, so a mail server that
    is down delays them but loses no lead.
    """
    lead = Lead.objects.create(
        language=language,
        user=user if user is not None and user.is_authenticated else None,
        consent_date=timezone.localdate(),
        **fields,
    )
    transaction.on_commit(lambda: tasks.notify_staff_of_lead.enqueue(lead.pk))
    transaction.on_commit(lambda: tasks.acknowledge_lead.enqueue(lead.pk))
    return lead


@transaction.atomic
def change_lead_state(lead: Lead, state: str, user: User | None = None) -> Lead:
    """Move a lead to `state`; approving it creates the supervisor record."""
    if state not in LeadState.values:
        raise ValueError(f"Unknown lead state: {state}")
    lead = Lead.objects.select_for_update().get(pk=lead.pk)
    if state == LeadState.APPROVED:
        approve_lead(lead, user)
        return Lead.objects.get(pk=lead.pk)
    if lead.state != state:
        lead.state = state
        lead.state_changed_at = timezone.now()
        lead.save(update_fields=["state", "state_changed_at"])
    return lead


NO_POSITION = gettext_lazy(
    "Choose the lead's place to practise or commune before approving it: "
    "the record needs a position."
)


@transaction.atomic
def approve_lead(lead: Lead, user: User | None = None) -> Supervisor:
    """Mark the lead approved and create its supervisor record, pre-filled, as a draft.

    Staff complete what the form does not ask (the faculty and the approval's
    dates, the learners, the consent to be listed) and publish it. Approving
    twice returns the same record; a record with the same RPPS number is reused.
    """
    lead = (
        Lead.objects.select_for_update(of=("self",))
        .select_related("place", "commune")
        .get(pk=lead.pk)
    )
    if lead.supervisor is not None:
        return lead.supervisor
    supervisor = Supervisor.objects.filter(rpps=lead.rpps).first()
    if supervisor is None:
        position = resolve_position(lead.place, lead.address, lead.commune, None, None)
        if position.latitude is None or position.longitude is None:
            # A record needs a position to be found "within 20 km".
            raise ValidationError(NO_POSITION)
        supervisor = Supervisor(
            first_name=lead.first_name,
            last_name=lead.last_name,
            rpps=lead.rpps,
            profession=lead.profession,
            place=lead.place,
            address=position.address,
            commune=position.commune,
            latitude=position.latitude,
            longitude=position.longitude,
            email=lead.email,
            phone=lead.phone,
            live=False,
        )
        supervisor.save()
        supervisor.save_revision(user=user, log_action=True)
    lead.supervisor = supervisor
    lead.state = LeadState.APPROVED
    lead.state_changed_at = timezone.now()
    lead.save(update_fields=["supervisor", "state", "state_changed_at"])
    return supervisor


def leads_of(user: User) -> QuerySet[Lead]:
    """The account's declarations of interest: sent signed in, or with an address it confirmed."""
    return Lead.objects.filter(Q(user=user) | matching_any_email("email", verified_emails(user)))


@transaction.atomic
def erase_leads_of(user: User) -> None:
    """For account deletion: the declarations sent without the account go too."""
    leads_of(user).delete()


@transaction.atomic
def purge_declined_leads(now: datetime.datetime | None = None) -> int:
    """Erase leads declined more than twelve months ago (RGPD retention); return how many."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=DECLINED_LEAD_RETENTION_DAYS)
    deleted, _by_model = Lead.objects.filter(
        state=LeadState.DECLINED, state_changed_at__lt=cutoff
    ).delete()
    return deleted


@transaction.atomic
def purge_withdrawn_supervisors(now: datetime.datetime | None = None) -> int:
    """Erase the records whose consent was withdrawn over 30 days ago (RGPD); return how many.

    Their revisions, which hold the same contact details, go with them.
    """
    cutoff = timezone.localdate(now) - datetime.timedelta(days=WITHDRAWN_SUPERVISOR_RETENTION_DAYS)
    withdrawn = Supervisor.objects.filter(consent_withdrawn_on__lt=cutoff)
    count = 0
    for supervisor in withdrawn:
        supervisor.delete()
        count += 1
    return count
