"""The directory's demo content (a département's demo/content/dNN/supervisors.py),
created where missing."""

import datetime
from collections import Counter
from dataclasses import dataclass

from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.text import slugify
from wagtail.models import Page

from core.models import Faculty, Profession, Specialty
from core.national_terms import ensure_terms
from core.semesters import next_semester, semester_containing
from demo.pages import ensure_page
from demo.specs import PageSpec
from demo.taxonomy import LANGUAGES, LEARNER_LEVELS
from demo.text import Bilingual as T
from demo.translation import translate_page
from supervisors.models import (
    ConsentMethod,
    Lead,
    LearnerLevel,
    SpokenLanguage,
    Supervisor,
    SupervisorOpening,
)
from supervisors.services import resolve_position
from supervisors.validators import with_check_digit
from territory.models import Commune, PlaceToPractise

APPROVAL_DAYS = 5 * 365
GP_LEVELS = ("externe", "phase-socle", "phase-approfondissement", "saspas", "docteur-junior")


@dataclass(frozen=True)
class SupervisorSpec:
    """A fictional supervisor; `approval_days_left` places the end of the approval from today."""

    rpps_stem: str  # ten digits; the demo adds the Luhn check digit
    title: str
    first_name: str
    last_name: str
    profession: str
    specialty: str
    place: str = ""
    address: str = ""
    commune: str = ""
    levels: tuple[str, ...] = GP_LEVELS
    faculty: str = "upec"
    approval_days_left: int = 900
    max_interns: int = 2
    places_now: int = 1
    places_next: int = 1
    languages: tuple[str, ...] = ("francais",)
    presentation: T | None = None
    consent: str = "signed_form"


LEAD_STATES = ["new", "contacted", "training"]


@dataclass(frozen=True)
class LeadSpec:
    rpps_stem: str
    first_name: str
    last_name: str
    email: str
    profession: str
    # What the practitioner typed, or how many semesters after the current one
    # they can start (written as that semester's month when the demo is loaded).
    available_from: str | int
    state: str
    place: str = ""
    address: str = ""
    commune: str = ""
    message: str = ""
    language: str = "fr"


def ensure_supervisor_demo(
    directory: Page,
    directory_en: Page,
    supervisors: list[SupervisorSpec],
    leads: list[LeadSpec],
    become_supervisor: PageSpec,
) -> Counter:
    """The lists, supervisors, leads and the "become a supervisor" page, in both languages."""
    created: Counter = Counter()
    created["terms"] += ensure_lists()
    created["supervisors"] += ensure_supervisors(supervisors)
    created["leads"] += ensure_leads(leads)
    page, page_created = ensure_page(directory, become_supervisor, directory.locale)
    created["pages"] += page_created
    if page.get_translation_or_none(directory_en.locale) is None:
        translate_page(page, become_supervisor, directory_en.locale)
        created["translations"] += 1
    return created


def ensure_lists() -> int:
    return ensure_terms([(LearnerLevel, LEARNER_LEVELS), (SpokenLanguage, LANGUAGES)])


def ensure_supervisors(supervisors: list[SupervisorSpec]) -> int:
    """Create the missing demo supervisors, published with their recorded consent."""
    existing = set(Supervisor.objects.values_list("rpps", flat=True))
    missing = [s for s in supervisors if with_check_digit(s.rpps_stem) not in existing]
    for spec in missing:
        create_supervisor(spec)
    return len(missing)


def create_supervisor(spec: SupervisorSpec) -> Supervisor:
    today = timezone.localdate()
    approval_end = today + datetime.timedelta(days=spec.approval_days_left)
    place = PlaceToPractise.objects.filter(slug=spec.place).first() if spec.place else None
    commune = Commune.objects.filter(slug=spec.commune).first() if spec.commune else None
    position = resolve_position(place, spec.address, commune, None, None)
    current = semester_containing(today).start
    supervisor = Supervisor(
        rpps=with_check_digit(spec.rpps_stem),
        title=spec.title,
        first_name=spec.first_name,
        last_name=spec.last_name,
        profession=Profession.objects.get(slug=spec.profession),
        specialty=Specialty.objects.filter(slug=spec.specialty).first(),
        place=place,
        address=position.address,
        commune=position.commune,
        latitude=position.latitude,
        longitude=position.longitude,
        faculty=Faculty.objects.get(slug=spec.faculty),
        approval_start=approval_end - datetime.timedelta(days=APPROVAL_DAYS),
        approval_end=approval_end,
        max_interns=spec.max_interns,
        presentation=spec.presentation.fr if spec.presentation else "",
        presentation_en=spec.presentation.en if spec.presentation else "",
        email=f"{slugify(spec.first_name)}.{slugify(spec.last_name)}@example.org",
        phone=f"01 64 00 {spec.rpps_stem[-2:]} {spec.rpps_stem[-4:-2]}",
        consent_date=today - datetime.timedelta(days=30),
        consent_method=ConsentMethod(spec.consent),
    )
    supervisor.learner_levels.set(LearnerLevel.objects.filter(slug__in=spec.levels))
    supervisor.languages.set(SpokenLanguage.objects.filter(slug__in=spec.languages))
    supervisor.openings = [
        SupervisorOpening(semester_start=current, places=spec.places_now),
        SupervisorOpening(semester_start=next_semester(current).start, places=spec.places_next),
    ]
    supervisor.save()
    supervisor.save_revision(log_action=True).publish(skip_permission_checks=True)
    return supervisor


def available_from(spec: LeadSpec, today: datetime.date) -> str:
    """What the lead typed: free text, or the month of a semester to come, in their language."""
    if isinstance(spec.available_from, str):
        return spec.available_from
    semester = semester_containing(today)
    for _ in range(spec.available_from):
        semester = next_semester(semester.start)
    with translation.override(spec.language):
        return date_format(semester.start, "YEAR_MONTH_FORMAT").capitalize()


def ensure_leads(leads: list[LeadSpec]) -> int:
    today = timezone.localdate()
    existing = set(Lead.objects.values_list("rpps", flat=True))
    count = 0
    for spec in leads:
        rpps = with_check_digit(spec.rpps_stem)
        if rpps in existing:
            continue
        Lead.objects.create(
            rpps=rpps,
            first_name=spec.first_name,
            last_name=spec.last_name,
            email=spec.email,
            profession=Profession.objects.get(slug=spec.profession),
            place=PlaceToPractise.objects.filter(slug=spec.place).first() if spec.place else None,
            address=spec.address,
            commune=Commune.objects.filter(slug=spec.commune).first() if spec.commune else None,
            available_from=available_from(spec, today),
            message=spec.message,
            language=spec.language,
            state=spec.state,
            consent_date=today,
        )
        count += 1
    return count
