"""The whole guide as one document: an A4 page to print and a PDF made with WeasyPrint.

The PDF is generated from the live aids, so the guide the CDOM partnership
hands out is never out of date. It is cached per guide and language under a
key that includes the latest publication date and the number of live aids:
publishing, unpublishing or adding an aid changes the key, so the next
download is generated afresh, with no signal to wire. Its links lead to the
public URL whatever host the request named, so one key serves every visitor.
"""

from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.db.models import Count, Max
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from core.i18n import active_language
from core.public_url import public_page_url, public_url
from guide.models import GuideIndexPage, Validity

PDF_STYLESHEET = "css/guide-pdf.css"
PDF_CACHE_SECONDS = 24 * 3600


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


def pdf_filename() -> str:
    return f"{slugify(_('guide of installation aids'))}.pdf"


def cache_key(page: GuideIndexPage) -> str:
    """A key that changes whenever an aid of the guide is published, unpublished or added."""
    state = page.aids().aggregate(latest=Max("last_published_at"), count=Count("pk"))
    latest = state["latest"].isoformat() if state["latest"] else "none"
    return f"guide:pdf:{page.pk}:{active_language()}:{state['count']}:{latest}"


def render_guide_pdf(page: GuideIndexPage, request) -> bytes:
    """The guide rendered by WeasyPrint; nothing is fetched over the network."""
    # Imported on first use: loading Pango is slow and most requests never need it.
    from weasyprint import CSS, HTML

    html = render_to_string(
        "guide/pdf_guide.html",
        {
            "page": page,
            "site_url": public_url(""),
            **guide_document_context(page),
        },
        request=request,
    )
    stylesheet = CSS(filename=finders.find(PDF_STYLESHEET))
    return HTML(string=html, base_url=public_page_url(page, request)).write_pdf(
        stylesheets=[stylesheet]
    )


def guide_pdf(page: GuideIndexPage, request) -> bytes:
    """The guide's PDF in the active language, from the cache when nothing has changed."""
    key = cache_key(page)
    content = cache.get(key)
    if content is None:
        content = render_guide_pdf(page, request)
        cache.set(key, content, PDF_CACHE_SECONDS)
    return content
