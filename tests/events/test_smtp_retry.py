"""A mail server that refuses: the registration stays, the e-mail is retried later."""

import datetime
import smtplib
import socket

import pytest
from aiosmtpd.controller import Controller
from django.utils import timezone
from django_tasks import default_task_backend

from events import services
from events.models import Registration
from events.tasks import send_registration_email
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


class RefuseThenAccept:
    """An SMTP handler that answers "try again later" to the first `refusals` messages."""

    def __init__(self, refusals: int):
        self.refusals = refusals
        self.received = []

    async def handle_DATA(self, server, session, envelope):
        if self.refusals:
            self.refusals -= 1
            return "451 4.3.0 Mail server busy, try again later"
        self.received.append(envelope)
        return "250 Message accepted"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    handler = RefuseThenAccept(refusals=1)
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = False
    yield handler
    controller.stop()


@pytest.fixture
def task_queue(settings):
    """Tasks queued, not run: the test runs each one as the worker would."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()
    yield default_task_backend
    default_task_backend.clear()


def run(result):
    return result.task.call(*result.args, **result.kwargs)


def test_refused_email_keeps_the_registration_and_is_retried_until_sent(
    event, smtp_server, task_queue, django_capture_on_commit_callbacks
):
    user = UserFactory()
    registrant = services.Registrant(user.email, user.first_name, user.last_name, "fr", user)
    with django_capture_on_commit_callbacks(execute=True):
        registration = services.register(event, registrant)
    (first,) = task_queue.results

    assert run(first) == "retry scheduled"
    assert Registration.objects.get(pk=registration.pk).status == Registration.Status.CONFIRMED
    assert smtp_server.received == []
    retry = task_queue.results[1]
    assert retry.args == [registration.pk, "confirmed", 2]
    assert retry.task.run_after > timezone.now() + datetime.timedelta(seconds=50)

    assert run(retry) == "sent"
    (envelope,) = smtp_server.received
    assert envelope.rcpt_tos == [user.email]
    assert b"text/calendar" in envelope.content


def test_email_is_given_up_after_the_last_attempt(event, smtp_server, task_queue):
    from events.tasks import MAX_ATTEMPTS
    from tests.events.factories import RegistrationFactory

    registration = RegistrationFactory(event=event)
    smtp_server.refusals = 1
    with pytest.raises(smtplib.SMTPException):
        send_registration_email.call(registration.pk, "confirmed", MAX_ATTEMPTS)
    assert task_queue.results == []
