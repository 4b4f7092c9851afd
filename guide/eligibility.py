"""Which aids a professional can claim: the finder's answer, read from the aids' facts.

The finder's page and its e-mail both ask `find_eligible_aids`, so a visitor reads
the same answer in either.
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from core.i18n import format_euros
from core.models import CareerStage, Profession
from guide.amounts import Amount
from guide.models.aids import AidPage, AidPageQuerySet, RequiredZone, Status
from territory.models import Commune, Zone

NOT_CLAIMABLE_STATUSES = {Status.CLOSED, Status.SUPERSEDED, Status.WINDOW_CLOSED}


@dataclass(frozen=True)
class FinderQuestion:
    """What a visitor asked the finder of the guide `index_page_id`, by ids: it travels to
    the e-mail task as JSON (`asdict`), and the answer is worked out when it is sent."""

    index_page_id: int
    profession_id: int
    career_stage_id: int
    commune_id: int


def zone_is_met(required_zone: str, commune_zone: str) -> bool:
    """Whether practising in a commune of `commune_zone` satisfies an aid's `required_zone`."""
    return commune_zone in RequiredZone.accepted_zones(required_zone)


@dataclass(frozen=True)
class Eligibility:
    """One aid in a finder's answer, and whether the commune's zone suits it."""

    aid: AidPage
    zone_required: bool
    zone_met: bool
    # The aid's amount in the commune's zone, for the profession asked about.
    amount: Amount

    @property
    def is_claimable(self) -> bool:
        return self.zone_met

    @property
    def amount_depends_on_zone(self) -> bool:
        return bool(self.aid.zone_amounts.all())


@dataclass
class FinderAnswer:
    """The aids one may claim as `profession` at `career_stage` practising in `commune`."""

    profession: Profession
    career_stage: CareerStage
    commune: Commune
    zone: str
    claimable: list[Eligibility] = field(default_factory=list)
    zone_not_met: list[Eligibility] = field(default_factory=list)

    @property
    def total(self) -> int:
        """The most the claimable aids can bring together, each over its whole duration."""
        return sum(item.amount.total() for item in self.claimable)

    @property
    def total_text(self) -> str:
        return format_euros(self.total)

    @property
    def zone_label(self) -> str:
        return str(Zone(self.zone).label)


def amounts_in_commune(
    aid: AidPage, commune: Commune, professions: list[Profession]
) -> list[tuple[Amount, list[Profession]]]:
    """What an aid whose amount depends on the zone brings in `commune`, per profession
    (grouped when several professions get the same amount); empty for a fixed amount.

    Reads the prefetched zone amounts and the commune's prefetched zonings.
    """
    if not aid.zone_amounts.all():
        return []
    groups: dict[Amount, list[Profession]] = {}
    for profession in professions:
        amount = aid.amount_for(commune.zone_for(profession), profession)
        if amount.is_stated:
            groups.setdefault(amount, []).append(profession)
    return list(groups.items())


def aid_concerns(aid: AidPage, profession: Profession, career_stage: CareerStage) -> bool:
    """Whether `aid` is meant for `profession` at `career_stage` (an empty list means anyone).

    Reads the prefetched professions and career stages.
    """
    professions = {p.pk for p in aid.professions.all()}
    stages = {s.pk for s in aid.career_stages.all()}
    return (not professions or profession.pk in professions) and (
        not stages or career_stage.pk in stages
    )


def aids_open_to_applications(
    aids: AidPageQuerySet, today: datetime.date | None = None
) -> list[AidPage]:
    """The aids one may apply for on `today`: in force and with their window not closed.

    The one rule of "eligible here" that the finder and a commune's page
    start from; each then keeps those whose zone the commune meets.
    """
    today = today or timezone.localdate()
    return [aid for aid in aids.in_force() if aid.status(today) not in NOT_CLAIMABLE_STATUSES]


def finder_order(
    aid: AidPage, profession: Profession, career_stage: CareerStage, zone: str = Zone.NONE
) -> tuple:
    """The most valuable aid (in `zone`) first; at equal value, the aid meant for this
    profession and stage before one open to everyone, then by title.

    Reads the prefetched professions, career stages and zone amounts.
    """
    named_for_them = sum(
        (
            profession.pk in {p.pk for p in aid.professions.all()},
            career_stage.pk in {s.pk for s in aid.career_stages.all()},
        )
    )
    return (-aid.amount_for(zone, profession).total(), -named_for_them, aid.title.casefold())


def find_eligible_aids(
    aids: AidPageQuerySet,
    profession: Profession,
    career_stage: CareerStage,
    commune: Commune,
    today: datetime.date | None = None,
) -> FinderAnswer:
    """The finder's answer: aids a person may claim, split by whether the zone is met.

    Closed and superseded aids, aids whose application window has passed and
    aids that a commune or a structure applies for never appear.
    """
    zone = commune.zone_for(profession)
    answer = FinderAnswer(profession, career_stage, commune, zone)
    candidates = (
        aids.for_a_person()
        .select_related("kind", "referent")
        .prefetch_related("funders", "professions", "career_stages", "zone_amounts")
    )
    concerned = [
        aid
        for aid in aids_open_to_applications(candidates, today)
        if aid_concerns(aid, profession, career_stage)
    ]
    concerned.sort(key=lambda aid: finder_order(aid, profession, career_stage, zone))
    for aid in concerned:
        required = bool(aid.required_zone)
        item = Eligibility(
            aid,
            required,
            zone_is_met(aid.required_zone, zone),
            aid.amount_for(zone, profession),
        )
        (answer.claimable if item.zone_met else answer.zone_not_met).append(item)
    return answer
