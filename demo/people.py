"""The demo's accounts: one per staff role, all sharing a documented demo password."""

from dataclasses import dataclass

# A demo password, printed by load_demo: it must never be used in production.
DEMO_PASSWORD = "demo-portail-sante"  # noqa: S105


@dataclass(frozen=True)
class PersonSpec:
    """A demo account and the staff group that gives it its job."""

    email: str
    first_name: str
    last_name: str
    role: str
    group: str = ""
    is_superuser: bool = False


ADMIN = PersonSpec("admin@example.org", "Camille", "Admin", "administrator", is_superuser=True)
EDITOR = PersonSpec("editrice@example.org", "Sophie", "Durand", "editor", group="Editors")
CDOM_STAFF = PersonSpec("cdom@example.org", "Marc", "Lefèvre", "CDOM staff", group="CDOM staff")
EVENT_MANAGER = PersonSpec(
    "evenements@example.org", "Nadia", "Benali", "event manager", group="Event managers"
)

PEOPLE = [ADMIN, EDITOR, CDOM_STAFF, EVENT_MANAGER]

# What event managers may do on the events section of each language.
EVENT_MANAGER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
