"""The cached pages that show the guide's lists, and the guide's pages near a commune.

Registered with pagecache.invalidation in GuideConfig.ready; the sections that show
things near a commune (housing, supervisors) invalidate `commune_pages`.
"""

from django.utils import translation

from guide.models import GuideIndexPage
from pagecache.invalidation import Stale, once_per_transaction, page_trees


def guide_pages(_changed=None) -> list[Stale]:
    """The guide in each language, all its sub-routes and aids: funders, kinds and
    referents show on the index, its facets, the finder, the print and PDF guides."""
    return page_trees(GuideIndexPage)


@once_per_transaction
def commune_pages() -> list[Stale]:
    """The guide's commune pages in each language: they list what is near the commune."""
    stale = []
    for page in GuideIndexPage.objects.live().select_related("locale"):
        with translation.override(page.locale.language_code):
            stale.append(Stale(page.get_full_url() + page.reverse_subpage("communes"), below=True))
    return stale


def commune_life_pages(_life=None) -> list[Stale]:
    """A commune's “living here” text shows on the guide's commune pages."""
    return commune_pages()
