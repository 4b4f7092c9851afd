"""The aid guide's demo: funders, kinds and referents, then the aids in French and English.

Aids are created under the guide index where their slug is missing, and
translated through wagtail-localize as the other demo pages are; an aid that
exists is left as it is.
"""

import datetime

from django.utils import timezone
from wagtail.models import Locale, Page

from core.demo.content.guide import AIDS, FUNDERS, KINDS, REFERENTS, AidSpec
from core.demo.pages import ensure_page
from core.demo.specs import PageSpec
from core.demo.text import Bilingual
from core.demo.translation import translate_page
from core.models import CareerStage, Profession
from guide.models import AidKind, AidPage, Funder, Referent

TEXT_FIELDS = ("commitment_place", "commitment_details", "amount_note")


def document_blocks(documents: Bilingual) -> list[dict]:
    """The documents to provide, one block a line, each line paired with its translation."""
    lines = zip(documents.fr.splitlines(), documents.en.splitlines(), strict=True)
    return [{"type": "document", "value": Bilingual(fr, en)} for fr, en in lines]


def ensure_guide_lists() -> int:
    """The funders, kinds of aid and referents of the demo that do not exist yet."""
    created = 0
    for model, terms in ((Funder, FUNDERS), (AidKind, KINDS)):
        existing = set(model.objects.values_list("slug", flat=True))
        missing = [
            model(slug=term.slug, name_fr=term.name.fr, name_en=term.name.en, sort_order=rank * 10)
            for rank, term in enumerate(terms, start=1)
            if term.slug not in existing
        ]
        model.objects.bulk_create(missing)
        created += len(missing)
    for spec in REFERENTS:
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


def aid_page_spec(spec: AidSpec, pages: dict[str, AidPage], today: datetime.date) -> PageSpec:
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
            (Referent.objects.get(email=r.email) for r in REFERENTS if r.key == spec.referent),
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


def ensure_aids(guide: Page, english: Locale) -> int:
    """The demo aids under `guide`, each with its English translation; how many were created."""
    created = 0
    today = timezone.localdate()
    pages: dict[str, AidPage] = {}
    for spec in AIDS:
        page_spec = aid_page_spec(spec, pages, today)
        page, was_created = ensure_page(guide, page_spec, guide.locale)
        created += was_created
        pages[spec.key] = page
        if page.get_translation_or_none(english) is None:
            translate_page(page, page_spec, english)
            created += 1
    return created


def ensure_guide(guide: Page, english: Locale) -> int:
    """The guide's lists and aids; returns how many rows and pages were created."""
    return ensure_guide_lists() + ensure_aids(guide, english)
