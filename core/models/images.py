"""The portal's image model: every image carries a text alternative."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class PortalImage(AbstractImage):
    """An image whose description is its mandatory text alternative (RGAA 1.1)."""

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


class PortalRendition(AbstractRendition):
    image = models.ForeignKey(PortalImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
