"""Factories for the guide: aids, funders, kinds, referents."""

import factory
import wagtail_factories

from guide.models import AidKind, AidPage, Funder, Referent
from tests.factories import TermFactory


class FunderFactory(TermFactory):
    name_fr = factory.Sequence(lambda n: f"Financeur {n}")
    name_en = factory.Sequence(lambda n: f"Funder {n}")
    slug = factory.Sequence(lambda n: f"funder-{n}")

    class Meta:
        model = Funder


class AidKindFactory(TermFactory):
    name_fr = factory.Sequence(lambda n: f"Type {n}")
    name_en = factory.Sequence(lambda n: f"Kind {n}")
    slug = factory.Sequence(lambda n: f"kind-{n}")

    class Meta:
        model = AidKind


class ReferentFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Claire Dupont {n}")
    role_fr = "Chargée de mission démographie médicale"
    role_en = "Officer for medical demography"
    email = factory.Sequence(lambda n: f"referent{n}@departement.example")
    phone = "01 64 14 77 77"

    class Meta:
        model = Referent


class AidPageFactory(wagtail_factories.PageFactory):
    """An aid open all year, for every profession and stage, with no zone required."""

    title = factory.Sequence(lambda n: f"Aide à l’installation {n}")
    summary = "Une aide pour s’installer dans le département."
    kind = factory.SubFactory(AidKindFactory)
    conditions = "<p>Être diplômé.</p>"
    how_to_apply = "<p>Écrire au Département.</p>"
    amount_max = 10000
    amount_period = "once"

    class Meta:
        model = AidPage
        skip_postgeneration_save = True

    @factory.post_generation
    def funders(obj, create, extracted, **kwargs):
        if create:
            obj.funders.set(extracted if extracted is not None else [FunderFactory()])
            obj.save()

    @factory.post_generation
    def professions(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.professions.set(extracted)
            obj.save()

    @factory.post_generation
    def career_stages(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.career_stages.set(extracted)
            obj.save()


def midwife_bursary(parent, midwife, student) -> AidPage:
    """The finder's example: €300 a month for two years, for midwifery students who will
    practise in a priority zone (ZIP or ZAC)."""
    return AidPageFactory(
        parent=parent,
        title="Bourse d’études sages-femmes",
        professions=[midwife],
        career_stages=[student],
        required_zone="zip_or_zac",
        amount_min=300,
        amount_max=300,
        amount_period="month",
        amount_years=2,
    )
