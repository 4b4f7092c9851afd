"""Portal-wide upkeep: retention of uploads and task results, and tasks a dead worker left."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from core.models import PendingImport

# An editor previews a spreadsheet and confirms it within minutes; one left
# behind may hold contact details, so it does not outlive the day.
ABANDONED_IMPORT_RETENTION = datetime.timedelta(days=1)


@transaction.atomic
def purge_abandoned_imports(now: datetime.datetime | None = None) -> int:
    """Delete the spreadsheets uploaded over a day ago and never confirmed; return how many."""
    cutoff = (now or timezone.now()) - ABANDONED_IMPORT_RETENTION
    deleted, _by_model = PendingImport.objects.filter(created_at__lt=cutoff).delete()
    return deleted


@transaction.atomic
def purge_finished_task_results(now: datetime.datetime | None = None) -> int:
    """Delete the results of background tasks that finished over TASK_RESULT_RETENTION_DAYS ago.

    Their arguments name the registrations and messages an e-mail was about;
    tasks still waiting or running are never touched. Returns how many went.
    """
    cutoff = (now or timezone.now()) - datetime.timedelta(days=settings.TASK_RESULT_RETENTION_DAYS)
    deleted, _by_model = DBTaskResult.objects.finished().filter(finished_at__lt=cutoff).delete()
    return deleted


@transaction.atomic
def requeue_interrupted_tasks(worker_id: str) -> int:
    """Put back in the queue the tasks left running by a worker that died; return how many.

    django-tasks-db marks a task RUNNING when a worker claims it and never looks
    at it again: a worker killed mid-task leaves it so for ever. Each worker
    runs under a fixed id (`db_worker --worker-id`) and calls this as it starts,
    when nothing can be running under its id any more; the task then runs again,
    once.
    """
    interrupted = [
        result.pk
        for result in DBTaskResult.objects.select_for_update().running()
        if result.worker_ids and result.worker_ids[-1] == worker_id
    ]
    return DBTaskResult.objects.filter(pk__in=interrupted).update(
        status=TaskResultStatus.READY, started_at=None
    )
