"""What the registry remembers to send: students' saved searches and the owners' reminders."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SavedSearch(models.Model):
    """A student's search, sent back by e-mail (at most daily) when new listings match it.

    `query` is the search's query string, as in the shareable URL; it is read
    again through the search form, so a saved search follows the form's rules.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="housing_saved_searches",
        verbose_name=_("user"),
    )
    query = models.CharField(_("search"), max_length=500, blank=True)
    description = models.CharField(_("description"), max_length=300)
    language = models.CharField(_("language"), max_length=5, default="fr")
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    checked_until = models.DateTimeField(
        _("listings checked until"),
        default=timezone.now,
        help_text=_("Listings published after this moment are news for this search."),
    )
    last_sent_on = models.DateField(_("last e-mail sent on"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")
        constraints = [
            models.UniqueConstraint(fields=["user", "query"], name="one_saved_search_per_query")
        ]

    def __str__(self) -> str:
        return self.description


class FreshnessNotice(models.Model):
    """A reminder sent to a listing's owner, so the same reminder is never sent twice.

    `due_on` is the day the listing will be unpublished or flagged: a new
    period or a confirmation moves it, and the next reminder is sent in time.
    """

    class Kind(models.TextChoices):
        ENDING = "ending", _("last period ends")
        UNCONFIRMED = "unconfirmed", _("confirmation due")

    listing = models.ForeignKey(
        "housing.HousingListing", on_delete=models.CASCADE, related_name="freshness_notices"
    )
    kind = models.CharField(max_length=12, choices=Kind.choices)
    due_on = models.DateField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["listing", "kind", "due_on"], name="one_notice_per_listing_kind_due_date"
            )
        ]

    def __str__(self) -> str:
        return f"{self.listing_id} {self.kind} {self.due_on}"
