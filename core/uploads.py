"""Documents are checked by what they contain, not by the name they were given.

A file called `programme.pdf` that is really an HTML page would run its
scripts when opened from the site's domain. Each accepted extension maps to
the signature its content must start with; anything else is refused, with a
message the editor understands. Images are checked by Wagtail itself (Willow
reads the content; SVG is not accepted, see WAGTAILIMAGES_EXTENSIONS).
"""

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm

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
