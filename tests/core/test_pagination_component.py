"""The one pagination component: the same label and links on every list of results."""

from pathlib import Path

from django.conf import settings
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.utils import translation

TEMPLATES = Path(settings.BASE_DIR) / "templates"


def render(page, query=""):
    with translation.override("fr"):
        return render_to_string("components/pagination.html", {"page": page, "query": query})


def test_a_middle_page_links_both_ways_keeping_the_query():
    html = render(Paginator(range(50), 10).page(3), query="q=stage&sort=date")

    assert 'aria-label="Pages de résultats"' in html
    assert 'href="?q=stage&amp;sort=date&amp;page=2" rel="prev"' in html
    assert 'href="?q=stage&amp;sort=date&amp;page=4" rel="next"' in html
    assert "Page 3 sur 5" in html


def test_the_first_page_has_no_previous_link_and_no_query_no_ampersand():
    html = render(Paginator(range(50), 10).page(1))

    assert 'rel="prev"' not in html
    assert 'href="?page=2" rel="next"' in html


def test_a_single_page_shows_no_pagination():
    assert render(Paginator(range(5), 10).page(1)).strip() == ""


def test_no_template_writes_its_own_pagination():
    own = [
        str(path.relative_to(TEMPLATES))
        for path in TEMPLATES.rglob("*.html")
        if path.name != "pagination.html" and 'class="pagination"' in path.read_text()
    ]
    assert own == []
