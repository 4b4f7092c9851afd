"""Factories for the portal's models (factory_boy and wagtail-factories)."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from accounts.models import User
from core.models import CareerStage, Faculty, Profession, Specialty, StandardPage
from events.models import EventIndexPage, EventPage
from guide.models import GuideIndexPage
from home.models import HomePage
from housing.models import HousingIndexPage
from supervisors.models import SupervisorIndexPage

TEST_PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = "Léa"
    last_name = factory.Sequence(lambda n: f"Martin{n}")
    password = factory.PostGenerationMethodCall("set_password", TEST_PASSWORD)

    class Meta:
        model = User
        skip_postgeneration_save = True

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class TermFactory(factory.django.DjangoModelFactory):
    name_fr = factory.Sequence(lambda n: f"Terme {n}")
    name_en = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.Sequence(lambda n: f"term-{n}")

    class Meta:
        abstract = True


class ProfessionFactory(TermFactory):
    class Meta:
        model = Profession


class CareerStageFactory(TermFactory):
    class Meta:
        model = CareerStage


class FacultyFactory(TermFactory):
    class Meta:
        model = Faculty


class SpecialtyFactory(TermFactory):
    class Meta:
        model = Specialty


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Accueil"
    headline = "Venez vous former et exercer chez nous"
    intro = "Aides, logements, maîtres de stage et soirées d’accueil."

    class Meta:
        model = HomePage


class SectionFactory(wagtail_factories.PageFactory):
    card_summary = "Une phrase qui résume la rubrique."
    intro = "<p>Introduction de la rubrique.</p>"
    show_in_menus = True


class GuideIndexPageFactory(SectionFactory):
    title = "Aides à l’installation"
    slug = "aides"

    class Meta:
        model = GuideIndexPage


class HousingIndexPageFactory(SectionFactory):
    title = "Logements"
    slug = "logements"

    class Meta:
        model = HousingIndexPage


class SupervisorIndexPageFactory(SectionFactory):
    title = "Maîtres de stage"
    slug = "maitres-de-stage"

    class Meta:
        model = SupervisorIndexPage


class EventIndexPageFactory(SectionFactory):
    title = "Événements"
    slug = "evenements"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Soirée d’accueil des internes {n}")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=3))
    venue_name = "Hôtel du Département"
    venue_address = "12 rue des Saints-Pères, 77010 Melun"
    intro = "Rencontrez les praticiens et les élus du territoire."

    class Meta:
        model = EventPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "Mentions légales"
    intro = "Qui publie ce site."

    class Meta:
        model = StandardPage


class EmailAddressFactory(factory.django.DjangoModelFactory):
    """allauth's record of a user's address; verified unless told otherwise."""

    user = factory.SubFactory(UserFactory)
    email = factory.LazyAttribute(lambda o: o.user.email)
    verified = True
    primary = True

    class Meta:
        model = "account.EmailAddress"
