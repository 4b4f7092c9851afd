"""An aid's amount as data, and how it reads: "jusqu’à 20 000 € par an pendant 3 ans".

Amounts are whole euros; the period says how often they are paid and the
duration for how many years. The sentence is built in the active language.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from core.i18n import format_euros


class AmountPeriod(models.TextChoices):
    MONTH = "month", gettext_lazy("per month")
    YEAR = "year", gettext_lazy("per year")
    ONCE = "once", gettext_lazy("once")


@dataclass(frozen=True)
class Amount:
    """How much an aid is worth: a minimum and/or a maximum, how often, for how long."""

    minimum: int | None = None
    maximum: int | None = None
    period: str = AmountPeriod.ONCE
    years: int | None = None

    @property
    def is_stated(self) -> bool:
        return self.minimum is not None or self.maximum is not None

    def _range(self) -> str:
        low, high = self.minimum, self.maximum
        if low is not None and high is not None and low != high:
            return _("%(low)s to %(high)s") % {"low": format_euros(low), "high": format_euros(high)}
        if high is not None and not low:
            return _("up to %(amount)s") % {"amount": format_euros(high)}
        if low is not None and high is None:
            return _("from %(amount)s") % {"amount": format_euros(low)}
        return format_euros(high if high is not None else low)

    def _period(self) -> str:
        return {
            AmountPeriod.MONTH: _("a month"),
            AmountPeriod.YEAR: _("a year"),
        }.get(self.period, "")

    def _duration(self) -> str:
        if not self.years or self.period == AmountPeriod.ONCE:
            return ""
        return ngettext("for %(years)d year", "for %(years)d years", self.years) % {
            "years": self.years
        }

    def describe(self) -> str:
        """The whole sentence: "up to €20,000 a year for 3 years"; empty when no amount is set."""
        if not self.is_stated:
            return ""
        return " ".join(part for part in (self._range(), self._period(), self._duration()) if part)

    def badge(self) -> str:
        """The short form for an aid card: "jusqu’à 20 000 €/an" / "up to €20,000/year"."""
        if not self.is_stated:
            return ""
        suffix = {AmountPeriod.MONTH: _("/month"), AmountPeriod.YEAR: _("/year")}.get(
            self.period, ""
        )
        return f"{self._range()}{suffix}"

    def total(self) -> int:
        """The most the aid can bring over its whole duration, in euros (one year if unstated)."""
        high = self.maximum if self.maximum is not None else (self.minimum or 0)
        if self.period == AmountPeriod.MONTH:
            return high * 12 * (self.years or 1)
        if self.period == AmountPeriod.YEAR:
            return high * (self.years or 1)
        return high
