"""Practitioners who want to become supervisors, followed by CDOM staff until approval."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.validators import validate_person_name
from supervisors.validators import validate_rpps


class LeadState(models.TextChoices):
    NEW = "new", _("New")
    CONTACTED = "contacted", _("Contacted")
    IN_TRAINING = "training", _("In training")
    APPROVED = "approved", _("Approved")
    DECLINED = "declined", _("Declined")


class Lead(models.Model):
    """A practitioner's declaration of interest from the "become a supervisor" form.

    CDOM staff move it through its states; approving it creates the supervisor
    record (`services.approve_lead`). A declined lead is erased twelve months
    after it was declined (`purge_supervisor_leads`).
    """

    # What the practitioner fills in: the public form asks it, and staff export it.
    DECLARED_FIELDS = (
        "first_name",
        "last_name",
        "email",
        "phone",
        "profession",
        "rpps",
        "place",
        "address",
        "commune",
        "available_from",
        "message",
    )

    first_name = models.CharField(_("first name"), max_length=80, validators=[validate_person_name])
    last_name = models.CharField(_("last name"), max_length=80, validators=[validate_person_name])
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    profession = models.ForeignKey(
        "core.Profession",
        on_delete=models.PROTECT,
        related_name="supervisor_leads",
        verbose_name=_("profession"),
    )
    rpps = models.CharField(_("RPPS number"), max_length=11, validators=[validate_rpps])
    place = models.ForeignKey(
        "territory.PlaceToPractise",
        on_delete=models.SET_NULL,
        related_name="supervisor_leads",
        verbose_name=_("place to practise"),
        null=True,
        blank=True,
    )
    address = models.CharField(_("address of practice"), max_length=255, blank=True)
    commune = models.ForeignKey(
        "territory.Commune",
        on_delete=models.SET_NULL,
        related_name="supervisor_leads",
        verbose_name=_("commune"),
        null=True,
        blank=True,
    )
    available_from = models.CharField(_("could start"), max_length=120)
    message = models.TextField(_("message"), max_length=2000, blank=True)
    consent_date = models.DateField(_("agreed to be contacted on"))
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default="fr"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="supervisor_leads",
        null=True,
        blank=True,
        editable=False,
        help_text=_("The account that sent it, when the practitioner was signed in."),
    )
    state = models.CharField(
        _("state"), max_length=10, choices=LeadState.choices, default=LeadState.NEW
    )
    state_changed_at = models.DateTimeField(_("state changed on"), auto_now_add=True)
    notes = models.TextField(
        _("notes"),
        blank=True,
        help_text=_("For CDOM staff only: calls, training dates, next step."),
    )
    supervisor = models.OneToOneField(
        "supervisors.Supervisor",
        on_delete=models.SET_NULL,
        related_name="lead",
        null=True,
        blank=True,
        editable=False,
        verbose_name=_("supervisor record"),
    )
    created_at = models.DateTimeField(_("received on"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("prospective supervisor")
        verbose_name_plural = _("prospective supervisors")
        indexes = [models.Index(fields=["state", "state_changed_at"], name="lead_state")]

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name}"
