from .lists import AidKind, Funder, Referent  # isort: skip
from .aids import Applicant, AidPage, AidPageQuerySet, RequiredZone, Status, Validity, status_of  # isort: skip
from .index import GuideIndexPage

__all__ = [
    "AidKind",
    "AidPage",
    "AidPageQuerySet",
    "Applicant",
    "Funder",
    "GuideIndexPage",
    "Referent",
    "RequiredZone",
    "Status",
    "Validity",
    "status_of",
]
