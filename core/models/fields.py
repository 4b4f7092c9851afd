"""Field shapes that many models share."""

from django.db import models


def optional_link(to: str, verbose_name) -> models.ForeignKey:
    """A link to a record that may be deleted: the link is emptied then, and the target
    gets no reverse accessor (`related_name="+"`)."""
    return models.ForeignKey(
        to,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
