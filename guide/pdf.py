"""The whole guide as one document: an A4 page to print and a PDF made with WeasyPrint.

The PDF is generated from the live aids, so the guide the CDOM partnership
hands out is never out of date. It is cached per guide and language under a
key that includes the latest publication date and the number of live aids:
publishing, unpublishing or adding an aid changes the key, so the next
download is generated afresh, with no signal to wire. Its links lead to the
public URL whatever host the request named, so one key serves every visitor.
"""

import base64
import mimetypes

from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.db.models import Count, Max
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from PIL import ImageFile
from wagtail.images.shortcuts import get_rendition_or_not_found

from core.i18n import active_language
from core.models import PortalSettings
from core.public_url import public_page_url, public_url
from guide.models import GuideIndexPage, Validity

PDF_STYLESHEET = "css/guide-pdf.css"
PDF_CACHE_SECONDS = 24 * 3600
# PDF/UA: a tagged PDF (headings, lists, links, images with their text alternative)
# with its language and title, as the RGAA asks of downloadable documents.
PDF_VARIANT = "pdf/ua-1"
COVER_LOGO_RENDITION = "height-160"


def guide_document_context(page: GuideIndexPage) -> dict:
    """The aids of the guide for the printed document: those in force, then the ended ones."""
    aids = list(
        page.aids()
        .select_related("kind", "referent", "superseded_by")
        .prefetch_related("funders", "professions", "career_stages")
        .order_by("title")
    )
    return {
        "aids_in_force": [aid for aid in aids if aid.validity == Validity.OPEN],
        "aids_ended": [aid for aid in aids if aid.validity != Validity.OPEN],
        "generated_on": timezone.localdate(),
    }


def site_url() -> str:
    """The site's public address before the guide's links, which both documents print whole."""
    return public_url("")


def pdf_filename() -> str:
    """In the active language: guide-des-aides.pdf, installation-aids-guide.pdf."""
    return f"{slugify(_('installation aids guide'))}.pdf"


def cover_logo(portal: PortalSettings) -> str:
    """The Département's logo as a data: URI for the cover, or "" without a logo.

    Read from storage and embedded, so WeasyPrint fetches nothing over the network.
    """
    if portal.logo is None:
        return ""
    rendition = get_rendition_or_not_found(portal.logo, COVER_LOGO_RENDITION)
    try:
        with rendition.file.open("rb") as image:
            content = image.read()
    except OSError:
        return ""
    mime_type = mimetypes.guess_type(rendition.file.name)[0] or "image/png"
    return f"data:{mime_type};base64,{base64.b64encode(content).decode()}"


def cache_key(page: GuideIndexPage) -> str:
    """A key that changes whenever an aid of the guide is published, unpublished or added."""
    state = page.aids().aggregate(latest=Max("last_published_at"), count=Count("pk"))
    latest = state["latest"].isoformat() if state["latest"] else "none"
    return f"guide:pdf:{page.pk}:{active_language()}:{state['count']}:{latest}"


def render_guide_document(page: GuideIndexPage, request):
    """The guide laid out by WeasyPrint (a weasyprint.Document); nothing is fetched over
    the network."""
    # Imported on first use: loading Pango is slow and most requests never need it.
    from weasyprint import CSS, HTML  # noqa: PLC0415

    # Importing WeasyPrint tells Pillow, for the whole process, to decode
    # truncated images without complaint; the upload check (core.uploads)
    # relies on the complaint, and the guide's images were checked on upload.
    ImageFile.LOAD_TRUNCATED_IMAGES = False

    html = render_to_string(
        "guide/pdf_guide.html",
        {
            "page": page,
            "cover_logo": cover_logo(PortalSettings.for_request(request)),
            "site_url": site_url(),
            **guide_document_context(page),
        },
        request=request,
    )
    stylesheet = CSS(filename=finders.find(PDF_STYLESHEET))
    return HTML(string=html, base_url=public_page_url(page, request)).render(
        stylesheets=[stylesheet], pdf_variant=PDF_VARIANT
    )


def render_guide_pdf(page: GuideIndexPage, request) -> bytes:
    """The guide as a tagged PDF (PDF/UA)."""
    return render_guide_document(page, request).write_pdf(pdf_variant=PDF_VARIANT)


def guide_pdf(page: GuideIndexPage, request) -> bytes:
    """The guide's PDF in the active language, from the cache when nothing has changed."""
    key = cache_key(page)
    content = cache.get(key)
    if content is None:
        content = render_guide_pdf(page, request)
        cache.set(key, content, PDF_CACHE_SECONDS)
    return content
