from .images import PortalImage, PortalRendition
from .imports import PendingImport
from .pages import BasePage, SectionIndexPage, StandardPage
from .settings import Partner, PortalSettings, SocialLink
from .taxonomy import CareerStage, Faculty, Profession, Specialty

__all__ = [
    "BasePage",
    "CareerStage",
    "Faculty",
    "Partner",
    "PendingImport",
    "PortalImage",
    "PortalRendition",
    "PortalSettings",
    "Profession",
    "SectionIndexPage",
    "SocialLink",
    "Specialty",
    "StandardPage",
]
