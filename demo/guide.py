"""The aid guide's demo: funders, kinds and referents, then the aids in French and English.

Aids are created under the guide index where their slug is missing, and
translated through wagtail-localize as the other demo pages are; an aid that
exists is left as it is.
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone
from wagtail.models import Locale, Page

from core.models import CareerStage, Profession
from core.national_terms import ensure_terms
from demo.pages import ensure_page
from demo.specs import PageSpec
from demo.taxonomy import AID_KINDS, TermSpec
from demo.text import Bilingual
from demo.text import Bilingual as T
from demo.translation import translate_page
from guide.models import AidKind, AidPage, AidZoneAmount, Funder, Referent

TEXT_FIELDS = ("commitment_place", "commitment_details", "amount_note")


def document_blocks(documents: Bilingual) -> list[dict]:
    """The documents to provide, one block a line, each line paired with its translation."""
    lines = zip(documents.fr.splitlines(), documents.en.splitlines(), strict=True)
    return [{"type": "document", "value": Bilingual(fr, en)} for fr, en in lines]


@dataclass(frozen=True)
class ReferentSpec:
    key: str
    name: str
    role: T
    organisation: str
    email: str
    phone: str


@dataclass(frozen=True)
class AidSpec:
    """One aid of the demo, in French and English; texts are `Bilingual`, links are slugs."""

    key: str
    title: T
    slug: T
    summary: T
    conditions: T
    how_to_apply: T
    kind: str
    funders: tuple[str, ...]
    applicant: str = "person"
    professions: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    required_zone: str = ""
    amount_min: int | None = None
    amount_max: int | None = None
    amount_period: str = "once"
    amount_years: int | None = None
    amount_note: T | None = None
    commitment_years: int | None = None
    commitment_place: T | None = None
    commitment_details: T | None = None
    documents: T | None = None
    window_days: tuple[int, int] | None = None  # (opens, closes) in days from today
    validity: str = "open"
    ended_on: datetime.date | None = None
    superseded_by: str = ""
    referent: str = ""
    official_url: str = ""
    checked_days_ago: int = 30
    # The amount per zone of the commune, when it depends on it: (zone, minimum, maximum).
    zone_amounts: tuple[tuple[str, int | None, int | None], ...] = ()
    extra: dict = field(default_factory=dict)


def ensure_guide_lists(funders: list[TermSpec], referents: list[ReferentSpec]) -> int:
    """The funders, kinds of aid and referents of the demo that do not exist yet."""
    created = ensure_terms([(Funder, funders), (AidKind, AID_KINDS)])
    for spec in referents:
        _referent, was_created = Referent.objects.get_or_create(
            email=spec.email,
            defaults={
                "name": spec.name,
                "role_fr": spec.role.fr,
                "role_en": spec.role.en,
                "organisation": spec.organisation,
                "phone": spec.phone,
            },
        )
        created += was_created
    return created


def aid_page_spec(
    spec: AidSpec,
    pages: dict[str, AidPage],
    today: datetime.date,
    referents: list[ReferentSpec],
) -> PageSpec:
    """The aid as a PageSpec, its lists and links resolved to rows and pages."""
    fields = {
        "summary": spec.summary,
        "conditions": spec.conditions,
        "how_to_apply": spec.how_to_apply,
        "applicant": spec.applicant,
        "kind": AidKind.objects.get(slug=spec.kind),
        "funders": list(Funder.objects.filter(slug__in=spec.funders)),
        "professions": list(Profession.objects.filter(slug__in=spec.professions)),
        "career_stages": list(CareerStage.objects.filter(slug__in=spec.stages)),
        "required_zone": spec.required_zone,
        "amount_min": spec.amount_min,
        "amount_max": spec.amount_max,
        "amount_period": spec.amount_period,
        "amount_years": spec.amount_years,
        "commitment_years": spec.commitment_years,
        "validity": spec.validity,
        "ended_on": spec.ended_on,
        "official_url": spec.official_url,
        "last_checked_on": today - datetime.timedelta(days=spec.checked_days_ago),
        "referent": next(
            (Referent.objects.get(email=r.email) for r in referents if r.key == spec.referent),
            None,
        ),
        "superseded_by": pages.get(spec.superseded_by),
    }
    fields.update(
        {
            name: getattr(spec, name)
            for name in TEXT_FIELDS
            if isinstance(getattr(spec, name), Bilingual)
        }
    )
    if isinstance(spec.documents, Bilingual):
        fields["documents"] = document_blocks(spec.documents)
    if spec.window_days:
        opens, closes = spec.window_days
        fields.update(
            all_year=False,
            opens_on=today + datetime.timedelta(days=opens),
            closes_on=today + datetime.timedelta(days=closes),
        )
    return PageSpec(key=spec.key, model=AidPage, title=spec.title, slug=spec.slug, fields=fields)


def ensure_aids(
    guide: Page, english: Locale, aids: list[AidSpec], referents: list[ReferentSpec]
) -> int:
    """The demo aids under `guide`, each with its English translation; how many were created."""
    created = 0
    today = timezone.localdate()
    pages: dict[str, AidPage] = {}
    for spec in aids:
        page_spec = aid_page_spec(spec, pages, today, referents)
        page, was_created = ensure_page(guide, page_spec, guide.locale)
        created += was_created
        if was_created and spec.zone_amounts:
            page.zone_amounts = [
                AidZoneAmount(zone=zone, amount_min=low, amount_max=high)
                for zone, low, high in spec.zone_amounts
            ]
            page.save_revision().publish()
        pages[spec.key] = page
        if page.get_translation_or_none(english) is None:
            translate_page(page, page_spec, english)
            created += 1
    return created


def ensure_guide(
    guide: Page,
    english: Locale,
    funders: list[TermSpec],
    referents: list[ReferentSpec],
    aids: list[AidSpec],
) -> int:
    """The guide's lists and aids; returns how many rows and pages were created."""
    return ensure_guide_lists(funders, referents) + ensure_aids(guide, english, aids, referents)
