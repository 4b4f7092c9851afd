"""The portal's image model: every image carries a text alternative."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from core.image_metadata import store_without_metadata


class PortalImage(AbstractImage):
    """An image whose description is its mandatory text alternative (RGAA 1.1).

    Its file is stored without metadata (core.image_metadata), however it
    came: the admin's forms, the multiple upload (which stores the file before
    the image), a script.
    """

    description = models.CharField(
        max_length=255,
        verbose_name=_("text alternative"),
        help_text=_(
            "Describe what the image shows for people who cannot see it, "
            "e.g. “Interns talking with a GP in a health centre”."
        ),
    )

    admin_form_fields = (*Image.admin_form_fields,)

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @classmethod
    def from_db(cls, db, field_names, values):
        image = super().from_db(db, field_names, values)
        image._cleaned_file_name = image.__dict__.get("file")
        return image

    def save(self, *args, **kwargs):
        # A file the row did not hold when it was read is a new upload: clean it.
        if self.file and self.file.name != getattr(self, "_cleaned_file_name", None):
            store_without_metadata(self)
        super().save(*args, **kwargs)
        self._cleaned_file_name = self.file.name


class PortalRendition(AbstractRendition):
    image = models.ForeignKey(PortalImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
