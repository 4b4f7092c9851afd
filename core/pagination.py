"""Pagination that runs a search's filters once per page instead of twice."""

from django.core.paginator import Paginator
from django.db.models import Count, Window

from core.query_params import page_number

TOTAL = "_paginator_total"


class WindowCountPaginator(Paginator):
    """A paginator of a queryset that reads the total from the page's own rows.

    Django's paginator counts the results (one query) and then fetches the
    page (another), so a search's filters — a distance, an availability
    subquery — run twice. Here the page's query carries `COUNT(*) OVER ()`:
    the database filters once and every row says how many matched. Only a
    page past the end, which has no row to say it, costs the usual count.
    """

    def __init__(self, object_list, per_page):
        # Orphans would need the total before the page is fetched; a DISTINCT
        # query counts its rows before removing the duplicates.
        if object_list.query.distinct:
            raise ValueError("WindowCountPaginator cannot count a DISTINCT query.")
        super().__init__(object_list, per_page)

    def get_page(self, number):
        number = page_number(number)
        bottom = (number - 1) * self.per_page
        counted = self.object_list.annotate(**{TOTAL: Window(Count("*"))})
        rows = list(counted[bottom : bottom + self.per_page])
        if rows:
            # `count` is a cached property: setting it spares the COUNT query.
            self.count = getattr(rows[0], TOTAL)
            return self._get_page(rows, number, self)
        if number == 1:
            self.count = 0
            return self._get_page(rows, number, self)
        # Past the last page: Django's way, the last page.
        return super().get_page(number)
