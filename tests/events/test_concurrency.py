"""Sixty people press "Register" at once for twenty seats: nobody is oversold (PostgreSQL)."""

import threading

import pytest
from django.db import connection, connections

from events import services
from events.models import Registration
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="row locks need PostgreSQL (CI runs it)"
    ),
]


def test_sixty_parallel_registrations_for_twenty_seats_confirm_exactly_twenty(event):
    event.capacity = 20
    event.save()
    users = [UserFactory() for _ in range(60)]
    barrier = threading.Barrier(len(users))
    errors = []

    def register(user):
        try:
            barrier.wait()
            registrant = services.Registrant(
                user.email, user.first_name, user.last_name, "fr", user
            )
            services.register(event, registrant)
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=register, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    statuses = list(Registration.objects.values_list("status", flat=True))
    assert statuses.count(Registration.Status.CONFIRMED) == 20
    assert statuses.count(Registration.Status.WAITING) == 40
