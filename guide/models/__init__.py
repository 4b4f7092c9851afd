from .lists import AidKind, Funder, Referent  # isort: skip
from .aids import Applicant, AidPage, AidPageQuerySet, RequiredZone, Status, Validity, status_of  # isort: skip
from .index import GuideIndexPage
from .living import CommuneLife, LivingPage
from .zone_amounts import AidZoneAmount

__all__ = [
    "AidKind",
    "AidPage",
    "AidPageQuerySet",
    "AidZoneAmount",
    "Applicant",
    "CommuneLife",
    "Funder",
    "GuideIndexPage",
    "LivingPage",
    "Referent",
    "RequiredZone",
    "Status",
    "Validity",
    "status_of",
]
