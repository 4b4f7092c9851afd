"""Factories for the events' registrations."""

import factory
from django.utils import timezone

from events.models import Registration
from tests.factories import EventPageFactory

__all__ = ["EventPageFactory", "RegistrationFactory"]


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A confirmed guest registration; pass `status` and the matching timestamps as needed."""

    event = factory.SubFactory(EventPageFactory)
    email = factory.Sequence(lambda n: f"interne{n}@example.org")
    first_name = "Camille"
    last_name = factory.Sequence(lambda n: f"Durand{n}")
    language = "fr"
    status = Registration.Status.CONFIRMED
    confirmed_at = factory.LazyFunction(timezone.now)
    waiting_since = factory.LazyAttribute(
        lambda o: timezone.now() if o.status == Registration.Status.WAITING else None
    )

    class Meta:
        model = Registration
