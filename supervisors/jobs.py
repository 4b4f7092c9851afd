"""The directory's periodic jobs: entry points, like views, that run the services on a schedule."""

from django_tasks import task

from supervisors.services import unpublish_ended_approvals


@task()
def unpublish_ended_approvals_task() -> int:
    """Unpublish the records whose approval has ended (run daily)."""
    return unpublish_ended_approvals()
