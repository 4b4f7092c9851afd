"""A worker killed mid-task: its task runs again, once, when the worker comes back."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

pytestmark = pytest.mark.django_db


def running_under(*worker_ids: str) -> DBTaskResult:
    return DBTaskResult.objects.create(
        status=TaskResultStatus.RUNNING,
        started_at=timezone.now(),
        worker_ids=list(worker_ids),
        args_kwargs={"args": [1, "confirmation"], "kwargs": {}},
        task_path="events.tasks.send_registration_email",
        backend_name="default",
        run_after=timezone.now(),
    )


def requeue(worker_id: str) -> None:
    call_command("requeue_interrupted_tasks", worker_id=worker_id, stdout=io.StringIO())


def test_task_left_running_by_the_worker_is_ready_again():
    interrupted = running_under("worker-1")
    requeue("worker-1")
    interrupted.refresh_from_db()
    assert interrupted.status == TaskResultStatus.READY
    assert DBTaskResult.objects.ready().get() == interrupted


def test_task_running_under_another_worker_is_left_alone():
    elsewhere = running_under("worker-1", "worker-2")
    requeue("worker-1")
    elsewhere.refresh_from_db()
    assert elsewhere.status == TaskResultStatus.RUNNING


def test_requeued_task_that_then_finished_is_not_run_a_third_time():
    running_under("worker-1")
    requeue("worker-1")
    DBTaskResult.objects.update(status=TaskResultStatus.SUCCESSFUL, finished_at=timezone.now())
    requeue("worker-1")
    assert DBTaskResult.objects.get().status == TaskResultStatus.SUCCESSFUL
