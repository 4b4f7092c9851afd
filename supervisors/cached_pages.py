"""The cached pages that show a supervisor (pagecache.invalidation, see SupervisorsConfig)."""

from guide.cached_pages import commune_pages
from pagecache.invalidation import Stale, live_pages_with_urls, page_trees
from supervisors.models import Supervisor, SupervisorIndexPage


def supervisor_pages(supervisor: Supervisor) -> list[Stale]:
    """The supervisor's page and the directory (every filter) in each language, and
    the guide's commune pages, which show the supervisors nearby."""
    stale = []
    for directory, index_url in live_pages_with_urls(SupervisorIndexPage):
        route = directory.reverse_subpage("supervisor", args=[supervisor.pk, supervisor.slug])
        stale += [Stale(index_url), Stale(index_url + route)]
    return stale + commune_pages()


def directory_pages(_changed=None) -> list[Stale]:
    """The directory in each language with every supervisor's page: for the lists
    its filters and cards show (learner levels, languages)."""
    return page_trees(SupervisorIndexPage)
