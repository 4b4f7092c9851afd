from .leads import Lead, LeadState
from .pages import BecomeSupervisorPage, SupervisorIndexPage
from .supervisors import ConsentMethod, Supervisor, SupervisorOpening
from .terms import LearnerLevel, SpokenLanguage

__all__ = [
    "BecomeSupervisorPage",
    "ConsentMethod",
    "Lead",
    "LeadState",
    "LearnerLevel",
    "SpokenLanguage",
    "Supervisor",
    "SupervisorIndexPage",
    "SupervisorOpening",
]
