"""The HTML part of the portal's e-mails, written from their plain text.

The text may hold what a visitor typed (a name, a message to a landlord), so
it is never run through `urlize`: a link a stranger typed must not become a
link in an e-mail signed by the portal. Only the links the portal itself
put in the e-mail are made clickable.
"""

import re
from collections.abc import Iterable

from django.utils.html import escape, format_html, linebreaks
from django.utils.safestring import SafeString, mark_safe


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
