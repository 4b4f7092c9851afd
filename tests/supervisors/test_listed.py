""" "Listed" has one definition, `Supervisor.objects.listed()`; the reasons given
to staff for a record not being listed must agree with it, case by case."""

import datetime

import pytest

from supervisors import services
from supervisors.models import Supervisor
from tests.supervisors.factories import SupervisorFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 20)

CASES = {
    "listed": {},
    "no consent": {"consent_date": None, "consent_method": ""},
    "consent withdrawn": {"consent_withdrawn_on": TODAY - datetime.timedelta(days=3)},
    "no faculty": {"faculty": None},
    "approval not started": {"approval_start": TODAY + datetime.timedelta(days=1)},
    "approval ended": {"approval_end": TODAY - datetime.timedelta(days=1)},
    "not published": {"live": False},
}


@pytest.mark.parametrize("case", CASES)
def test_listed_queryset_blockers_and_is_listed_agree(case):
    fields = {
        "approval_start": TODAY - datetime.timedelta(days=30),
        "approval_end": TODAY + datetime.timedelta(days=30),
        "consent_date": TODAY - datetime.timedelta(days=60),
        **CASES[case],
    }
    supervisor = SupervisorFactory(**fields)
    in_directory = Supervisor.objects.listed(TODAY).filter(pk=supervisor.pk).exists()
    assert in_directory == (case == "listed")
    assert supervisor.is_listed(TODAY) == in_directory
    assert (not services.publication_blockers(supervisor, TODAY)) == in_directory


def test_unsaved_record_is_not_listed():
    assert not SupervisorFactory.build().is_listed()
