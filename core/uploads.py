"""Documents are checked by what they contain, not by the name they were given.

A file called `programme.pdf` that is really an HTML page would run its
scripts when opened from the site's domain. Each accepted extension maps to
the signature its content must start with; anything else is refused, with a
message the editor understands. Images are checked by Wagtail (Willow reads
the content; SVG is not accepted, see WAGTAILIMAGES_EXTENSIONS), counting
their pixels before anything decodes them (PortalImageField).
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

ZIP = b"PK\x03\x04"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SIGNATURES: dict[str, tuple[bytes, ...]] = {
    "pdf": (b"%PDF-",),
    "docx": (ZIP,),
    "xlsx": (ZIP,),
    "pptx": (ZIP,),
    "odt": (ZIP,),
    "ods": (ZIP,),
    "odp": (ZIP,),
    "doc": (OLE,),
    "xls": (OLE,),
}
# Plain-text formats have no signature: they are refused if they look like markup.
TEXT_EXTENSIONS = {"csv", "txt"}
MARKUP_STARTS = (b"<!doctype", b"<html", b"<svg", b"<?xml", b"<script")


def content_matches_extension(head: bytes, extension: str) -> bool:
    """Whether the first bytes of a file fit what its extension promises."""
    extension = extension.lower()
    if extension in TEXT_EXTENSIONS:
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        return not start.startswith(MARKUP_STARTS) and b"\x00" not in head
    return any(head.startswith(signature) for signature in SIGNATURES.get(extension, ()))


class PortalDocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing oversized files and files whose content lies."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload or not hasattr(upload, "content_type"):
            return upload  # Unchanged file on edit.
        if upload.size > settings.PORTAL_DOCUMENT_MAX_UPLOAD_SIZE:
            raise forms.ValidationError(
                _("This file is %(size)s; documents may not exceed %(limit)s.")
                % {
                    "size": filesizeformat(upload.size),
                    "limit": filesizeformat(settings.PORTAL_DOCUMENT_MAX_UPLOAD_SIZE),
                }
            )
        extension = upload.name.rsplit(".", 1)[-1] if "." in upload.name else ""
        head = upload.read(2048)
        upload.seek(0)
        if not content_matches_extension(head, extension):
            raise forms.ValidationError(
                _("The content of this file is not a %(extension)s document.")
                % {"extension": extension.upper() or _("known")}
            )
        return upload


def header_pixels(upload) -> int | None:
    """The pixels an image holds, read from its header alone; None if Pillow cannot tell."""
    try:
        with PILImage.open(upload) as header:
            width, height = header.size
            return width * height * getattr(header, "n_frames", 1)
    except Exception:  # Pillow cannot read it: Wagtail's checks decide, on the whole file
        return None
    finally:
        upload.seek(0)


def decode_whole(upload) -> None:
    """Check the file's structure, then decode every pixel, so that a truncated
    file fails here rather than in a rendition.

    Wagtail reads only the header when no pixel limit is set; the limit above
    bounds what this costs. verify() reads the whole structure (a PNG's chunks
    and their checksums), which holds even where Pillow was told to decode
    truncated files without complaint (WeasyPrint asks that of the whole
    process; guide.pdf takes it back).
    """
    try:
        with PILImage.open(upload) as image:
            image.verify()
        upload.seek(0)
        with PILImage.open(upload) as image:
            image.load()
    finally:
        upload.seek(0)


class PortalImageField(WagtailImageField):
    """Wagtail's image field, refusing too many pixels before decoding, and damaged files.

    Wagtail reads the size through Willow, which decodes the whole image: an
    11 000 × 11 000 px PNG of 15 KB took 19 s and 590 MB of a worker before its
    limit applied. A damaged image made Pillow fail in ways Wagtail lets through (a 500).
    """

    def check_image_pixel_size(self, f):
        pixels = header_pixels(f)
        if self.max_image_pixels is not None and pixels and pixels > self.max_image_pixels:
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {"num_pixels": pixels, "max_pixels_count": self.max_image_pixels},
                code="file_too_many_pixels",
            )
        try:
            super().check_image_pixel_size(f)
            decode_whole(f)
        except ValidationError:
            raise
        except Exception as error:  # Pillow raises many kinds of errors on a damaged file
            raise ValidationError(
                _("This image is damaged or incomplete; export it again and upload the new file."),
                code="damaged_image",
            ) from error


class PortalImageForm(BaseImageForm):
    """Wagtail's image form with PortalImageField (WAGTAILIMAGES_IMAGE_FORM_BASE)."""

    file = PortalImageField(label=capfirst(get_image_model()._meta.get_field("file").verbose_name))
