"""What shows that a département's demo is on a page, for the tests that keep demos apart."""

import re

from wagtail.models import Page

from demo.content import demo_content
from guide.models import GuideIndexPage

SHARED_NAMES = ("Université Paris-Est Créteil",)


def traces_of(code: str) -> list[str]:
    """What shows that département `code`'s demo is on a page: its name, contact and communes."""
    content = demo_content(code)
    settings = content.portal_settings
    return [
        settings["departement_name"],
        settings["contact_email"].split("@")[1],
        settings["contact_phone"],
        *(commune.name for commune in content.communes),
    ]


def served_pages(client) -> dict[str, str]:
    """Every live page of the site and the guide's own lists, as a visitor reads them."""
    urls = [page.url for page in Page.objects.live().filter(depth__gt=1).specific()]
    for guide in GuideIndexPage.objects.live():
        urls += [guide.url + guide.reverse_subpage(name) for name in ("communes", "places")]
    return {url: client.get(url).content.decode() for url in urls}


def traces_found(pages: dict[str, str], traces: list[str]) -> set[tuple[str, str]]:
    """(address, trace) for each trace of another département that a page shows.

    A partner both départements share, such as a university named after a town,
    is not a trace.
    """
    found = set()
    for url, html in pages.items():
        for shared in SHARED_NAMES:
            html = html.replace(shared, "")
        found |= {
            (url, trace)
            for trace in traces
            if re.search(rf"(?<![\w-]){re.escape(trace)}(?![\w-])", html)
        }
    return found
