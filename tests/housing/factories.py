"""Factories for the housing registry's tests."""

import datetime

import factory
from django.utils import timezone

from housing.models import AvailabilityPeriod, HousingListing, SavedSearch
from tests.factories import UserFactory
from tests.territory.factories import CommuneFactory


class HousingListingFactory(factory.django.DjangoModelFactory):
    """A published listing, available from today for six months unless `periods` says otherwise.

    `periods=[(start, end), …]` sets the periods; `publish=False` leaves a draft.
    """

    title = factory.Sequence(lambda n: f"Chambre d’interne {n}")
    kind = "residence"
    commune = factory.SubFactory(CommuneFactory)
    address = factory.Sequence(lambda n: f"{n} rue de l’Hôpital")
    latitude = factory.LazyAttribute(lambda o: o.commune.latitude)
    longitude = factory.LazyAttribute(lambda o: o.commune.longitude)
    rent = 250
    offerer_type = "hospital"
    contact_name = "Service des internes"
    contact_email = factory.Sequence(lambda n: f"bailleur{n}@hopital.example.org")
    contact_phone = "01 64 00 00 00"
    last_confirmed_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = HousingListing
        skip_postgeneration_save = True

    @factory.post_generation
    def periods(obj, create, extracted, **kwargs):
        today = timezone.localdate()
        ranges = (
            extracted if extracted is not None else [(today, today + datetime.timedelta(days=180))]
        )
        for start, end in ranges:
            obj.periods.add(AvailabilityPeriod(start=start, end=end))
        if create:
            obj.save()

    @factory.post_generation
    def publish(obj, create, extracted, **kwargs):
        if not create:
            return
        if extracted is False:
            obj.live = False
            obj.save_revision()
            obj.save()
        else:
            obj.save_revision().publish()
        obj.refresh_from_db()


class SavedSearchFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    query = ""
    description = "Tous les logements"
    checked_until = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))

    class Meta:
        model = SavedSearch
