"""People with an account: students, interns, practitioners and staff."""

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models.fields import optional_link


class UserManager(BaseUserManager):
    """Users are known by their e-mail address; there is no username."""

    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """An account, with the profile that lets the portal suggest what fits.

    Every profile field is optional: the portal works without them, and the
    sign-up form says what each one is used for.
    """

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    profession = optional_link("core.Profession", _("profession"))
    career_stage = optional_link("core.CareerStage", _("career stage"))
    faculty = optional_link("core.Faculty", _("faculty"))
    specialty = optional_link("core.Specialty", _("specialty"))
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=5,
        blank=True,
        help_text=_("The language of the e-mails the portal sends you."),
    )

    # The profile fields that point to the shared term lists (core.models.taxonomy).
    PROFILE_TERM_FIELDS = ("profession", "career_stage", "faculty", "specialty")

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self) -> str:
        return self.get_full_name() or self.email
