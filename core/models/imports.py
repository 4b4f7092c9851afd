"""A spreadsheet an editor uploaded and is previewing before confirming its import."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingImport(models.Model):
    """The uploaded file between the preview and the confirmation.

    Kept in the database rather than in media storage: the file may hold
    contact details, and media files are served publicly. Confirming or
    abandoning removes it; the purge removes abandoned ones after a day.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    importer = models.CharField(max_length=100)
    filename = models.CharField(max_length=255)
    content = models.BinaryField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("pending import")
        verbose_name_plural = _("pending imports")

    def __str__(self) -> str:
        return self.filename
