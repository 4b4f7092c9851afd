"""Background work of the guide: e-mailing a finder's answer.

The address travels only in the task's arguments; the portal keeps no copy.
"""

from django_tasks import task

from guide.eligibility import FinderQuestion
from guide.emails import build_finder_email


@task()
def send_finder_answer(email: str, language: str, question: dict[str, int]) -> str:
    """Build the answer now (aids may have changed since the request) and send it."""
    message = build_finder_email(email, language, FinderQuestion(**question))
    if message is None:
        return "skipped"
    message.send()
    return "sent"
