"""Which département's demo a database may take: its own, or any when it is empty.

A demo loaded over another département's portal would mix two territories
(both communes lists, one's settings with the other's aids), so it is
refused with what to do instead.
"""

from demo.content import DEFAULT_DEPARTEMENT, DEPARTEMENTS
from territory.models import Commune, departement_of


class DemoRefused(Exception):
    """The demo asked for cannot go into this database; the message says why and what to do."""


def departements_in_database() -> set[str]:
    """The départements whose communes the database holds (none when it is empty)."""
    codes = Commune.objects.values_list("insee_code", flat=True).distinct()
    return {departement_of(code) for code in codes}


def demo_departement(requested: str | None) -> str:
    """The département whose demo to load: `requested`, or the database's own, or the default."""
    available = " and ".join(DEPARTEMENTS)
    present = departements_in_database()
    if requested is not None and requested not in DEPARTEMENTS:
        raise DemoRefused(
            f"There is no demo for département {requested}: demos exist for {available}. "
            f"To start a bare portal for {requested}, run "
            f"`python manage.py setup_departement {requested}` on an empty database."
        )
    if len(present) > 1:
        raise DemoRefused(
            f"This database holds communes of several départements ({', '.join(sorted(present))})"
            ": load a demo into an empty database instead."
        )
    own = next(iter(present), None)
    if own is None:
        return requested or DEFAULT_DEPARTEMENT
    if requested is not None and requested != own:
        raise DemoRefused(
            f"This database already holds the portal of département {own}; the demo of "
            f"{requested} would mix two territories. Load it into an empty database, e.g. "
            f"`DATABASE_URL=sqlite:///demo-{requested}.sqlite3 "
            f"python manage.py load_demo --departement {requested}`."
        )
    if own not in DEPARTEMENTS:
        raise DemoRefused(
            f"This database holds the portal of département {own}, which has no demo "
            f"(demos exist for {available}): load a demo into an empty database instead."
        )
    return own
