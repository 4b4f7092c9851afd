"""Factories for the supervisor directory."""

import datetime

import factory
from django.utils import timezone

from supervisors.models import (
    BecomeSupervisorPage,
    ConsentMethod,
    Lead,
    LearnerLevel,
    SpokenLanguage,
    Supervisor,
)
from supervisors.validators import with_check_digit
from tests.factories import FacultyFactory, ProfessionFactory, SpecialtyFactory, TermFactory
from tests.territory.factories import CommuneFactory


class LearnerLevelFactory(TermFactory):
    class Meta:
        model = LearnerLevel


class SpokenLanguageFactory(TermFactory):
    class Meta:
        model = SpokenLanguage


def today() -> datetime.date:
    return timezone.localdate()


class SupervisorFactory(factory.django.DjangoModelFactory):
    """A published supervisor with consent and an approval running today."""

    title = "Dr"
    first_name = "Claire"
    last_name = factory.Sequence(lambda n: f"Moreau{n}")
    rpps = factory.Sequence(lambda n: with_check_digit(f"{1000000000 + n}"))
    profession = factory.SubFactory(ProfessionFactory)
    specialty = factory.SubFactory(SpecialtyFactory)
    commune = factory.SubFactory(CommuneFactory)
    address = "1 place de la Mairie"
    latitude = factory.LazyAttribute(lambda o: o.commune.latitude)
    longitude = factory.LazyAttribute(lambda o: o.commune.longitude)
    faculty = factory.SubFactory(FacultyFactory)
    approval_start = factory.LazyFunction(lambda: today() - datetime.timedelta(days=365))
    approval_end = factory.LazyFunction(lambda: today() + datetime.timedelta(days=365 * 3))
    max_interns = 2
    email = factory.Sequence(lambda n: f"praticien{n}@example.org")
    phone = "01 64 14 77 77"
    consent_date = factory.LazyFunction(lambda: today() - datetime.timedelta(days=30))
    consent_method = ConsentMethod.SIGNED_FORM
    live = True

    class Meta:
        model = Supervisor


class LeadFactory(factory.django.DjangoModelFactory):
    first_name = "Lucie"
    last_name = factory.Iterator(["Martin", "Bernard", "Petit", "Durand", "Leroy", "Fournier"])
    email = factory.Sequence(lambda n: f"lead{n}@example.org")
    profession = factory.SubFactory(ProfessionFactory)
    rpps = factory.Sequence(lambda n: with_check_digit(f"{1000500000 + n}"))
    address = "6 rue Pasteur"
    commune = factory.SubFactory(CommuneFactory)
    available_from = "Novembre 2027"
    consent_date = factory.LazyFunction(today)

    class Meta:
        model = Lead


def become_supervisor_page(directory, slug="devenir-maitre-de-stage") -> BecomeSupervisorPage:
    """The "become a supervisor" page, published under the directory."""
    page = BecomeSupervisorPage(
        title="Devenir maître de stage",
        slug=slug,
        intro="Accueillir un étudiant, c’est transmettre votre métier.",
    )
    directory.add_child(instance=page)
    page.save_revision().publish()
    return page


def lead_form_answers() -> dict:
    """A valid "become a supervisor" form, as posted."""
    return {
        "first_name": "Lucie",
        "last_name": "Martin",
        "email": "lucie.martin@example.org",
        "phone": "",
        "profession": ProfessionFactory().pk,
        "rpps": "1000 3478 962",
        "place": "",
        "address": "6 rue Pasteur",
        "commune": CommuneFactory().name,  # typed, as a visitor would
        "available_from": "Novembre 2027",
        "message": "Quelles sont les dates de formation ?",
        "consent": "on",
    }
