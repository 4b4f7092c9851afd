"""Run just before a worker starts: requeue the tasks its previous run left half-done."""

from django.core.management.base import BaseCommand

from core.services import requeue_interrupted_tasks


class Command(BaseCommand):
    help = (
        "Put back in the queue the tasks left running under WORKER_ID by a worker that was "
        "killed; run it before `db_worker --worker-id WORKER_ID`."
    )

    def add_arguments(self, parser):
        parser.add_argument("--worker-id", required=True)

    def handle(self, *args, worker_id: str, **options):
        count = requeue_interrupted_tasks(worker_id)
        self.stdout.write(f"{count} interrupted task(s) requeued for worker {worker_id}.")
