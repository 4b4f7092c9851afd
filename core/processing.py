"""The portal-wide entries of the register of processing: imports and background tasks."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.personal_data import PUBLIC_TASK, Processing
from core.services import (
    ABANDONED_IMPORT_RETENTION,
    purge_abandoned_imports,
    purge_finished_task_results,
)


def import_retention() -> str:
    days = ABANDONED_IMPORT_RETENTION.days
    return ngettext(
        "Until the import is confirmed or abandoned, %(days)d day at most.",
        "Until the import is confirmed or abandoned, %(days)d days at most.",
        days,
    ) % {"days": days}


def task_retention() -> str:
    days = settings.TASK_RESULT_RETENTION_DAYS
    return ngettext(
        "%(days)d day after the e-mail is sent.",
        "%(days)d days after the e-mail is sent.",
        days,
    ) % {"days": days}


IMPORTS_PROCESSING = Processing(
    key="spreadsheet_imports",
    name=_("Spreadsheets imported by staff"),
    data=_(
        "The uploaded file, which may hold the contact details of landlords or practitioners, "
        "between its preview and its confirmation."
    ),
    purpose=_("To let staff check a spreadsheet before its rows are imported."),
    legal_basis=PUBLIC_TASK,
    retention=import_retention,
    models=("core.PendingImport",),
    purges=(purge_abandoned_imports,),
    order=90,
)
TASKS_PROCESSING = Processing(
    key="background_tasks",
    name=_("E-mails waiting to be sent"),
    data=_("Which registration, message or search an e-mail is about, and whether it was sent."),
    purpose=_("To send e-mails in the background and send them again when the mail server fails."),
    legal_basis=PUBLIC_TASK,
    retention=task_retention,
    models=("django_tasks_database.DBTaskResult",),
    purges=(purge_finished_task_results,),
    order=91,
)
