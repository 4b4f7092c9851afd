"""Factories for the communes and places to practise that every section uses."""

import factory

from territory.models import Commune, CommuneZoning, PlaceToPractise


class CommuneFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Commune {n}")
    slug = factory.Sequence(lambda n: f"commune-{n}")
    insee_code = factory.Sequence(lambda n: f"77{n % 1000:03d}")
    postcode = "77000"
    latitude = 48.54
    longitude = 2.66

    class Meta:
        model = Commune
        skip_postgeneration_save = True

    @factory.post_generation
    def zones(obj, create, extracted, **kwargs):
        """`zones={profession: "zip"}` records the commune's zonage."""
        if create and extracted:
            for profession, zone in extracted.items():
                CommuneZoning.objects.create(commune=obj, profession=profession, zone=zone)


class PlaceToPractiseFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Maison de santé {n}")
    slug = factory.Sequence(lambda n: f"place-{n}")
    kind = "msp"
    address = "1 place de la Mairie"
    commune = factory.SubFactory(CommuneFactory)
    latitude = factory.LazyAttribute(lambda o: o.commune.latitude)
    longitude = factory.LazyAttribute(lambda o: o.commune.longitude)

    class Meta:
        model = PlaceToPractise
