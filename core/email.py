"""The one way the portal writes an e-mail: plain text from a template, and its HTML twin.

Every e-mail is rendered in its recipient's language, and its HTML part is the
text in the one base template, templates/emails/base.html (an e-mail that needs
more, such as the finder's answer, extends it). Absolute links come from
core.public_url, never from a request.

The text may hold what a visitor typed (a name, a message to a landlord), so
it is never run through `urlize`: a link a stranger typed must not become a
link in an e-mail signed by the portal. Only the links the portal itself
put in the e-mail (`links`) are made clickable.
"""

import re
from collections.abc import Iterable, Sequence

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import escape, format_html, linebreaks
from django.utils.safestring import SafeString, mark_safe

from core.validators import one_line

BASE_TEMPLATE = "emails/base.html"


def text_to_html(text: str, links: Iterable[str] = ()) -> SafeString:
    """`text` escaped, in paragraphs, with only the URLs in `links` made into links."""
    html = escape(text)
    # Longest first, so that a link is never cut at another link it starts with.
    known = sorted({escape(url) for url in links if url}, key=len, reverse=True)
    if known:
        by_escaped = {escape(url): url for url in links if url}
        html = re.sub(
            "|".join(re.escape(url) for url in known),
            lambda match: format_html('<a href="{0}">{0}</a>', by_escaped[match.group(0)]),
            html,
        )
    return mark_safe(linebreaks(html))  # noqa: S308 - built from escaped text and format_html


def attach_html(
    email: EmailMultiAlternatives,
    links: Iterable[str] = (),
    html_template: str = BASE_TEMPLATE,
    context: dict | None = None,
) -> EmailMultiAlternatives:
    """Add to `email` its HTML part: its text in `html_template`, only `links` made links."""
    html = render_to_string(
        html_template,
        {
            **(context or {}),
            "subject": email.subject,
            "html_text": text_to_html(email.body, links),
        },
    )
    email.attach_alternative(html, "text/html")
    return email


def compose_email(
    subject: str,
    template: str,
    context: dict,
    to: Sequence[str],
    *,
    language: str | None = None,
    links: Iterable[str] = (),
    html_template: str = BASE_TEMPLATE,
    reply_to: Sequence[str] = (),
    headers: dict | None = None,
) -> EmailMultiAlternatives:
    """The e-mail from the plain-text `template` and its HTML twin, rendered in `language`
    (the active one when not given), from the portal's sender address."""
    with translation.override(language or translation.get_language()):
        text = render_to_string(template, context)
        email = EmailMultiAlternatives(
            subject=one_line(str(subject)),
            body=text,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=list(to),
            reply_to=list(reply_to) or None,
            headers=headers,
        )
        return attach_html(email, links, html_template, context)
