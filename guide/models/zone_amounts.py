"""An aid's amount that depends on the zone of the commune where one practises.

A département may scale its support "to the commune's shortage of
care"; the ARS zonage is how a shortage is measured. An editor gives one row
per zone (and, when it differs, per profession): the finder, the aid page and
the commune page then show the amount that applies where the visitor looks.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from territory.models import Zone


class AidZoneAmount(Orderable):
    """How much an aid brings in one zone, for one profession or for all of them."""

    aid = ParentalKey("guide.AidPage", on_delete=models.CASCADE, related_name="zone_amounts")
    zone = models.CharField(_("zone"), max_length=4, choices=Zone.choices)
    profession = models.ForeignKey(
        "core.Profession",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("profession"),
        help_text=_("Leave empty when the amount is the same for every profession."),
    )
    amount_min = models.PositiveIntegerField(_("minimum amount (€)"), null=True, blank=True)
    amount_max = models.PositiveIntegerField(_("maximum amount (€)"), null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("zone"), FieldPanel("profession")]),
        FieldRowPanel([FieldPanel("amount_min"), FieldPanel("amount_max")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("amount in a zone")
        verbose_name_plural = _("amounts per zone")

    def __str__(self) -> str:
        return f"{self.get_zone_display()}: {self.amount_min}–{self.amount_max}"

    def clean(self):
        super().clean()
        if self.amount_min is None and self.amount_max is None:
            raise ValidationError({"amount_max": _("Give an amount for this zone.")})
        if (
            self.amount_min is not None
            and self.amount_max is not None
            and self.amount_min > self.amount_max
        ):
            raise ValidationError({"amount_max": _("The maximum cannot be less than the minimum.")})
