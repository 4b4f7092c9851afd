"""The demo's content: plain data, each text written in French with its English translation.

Each département's demo is a package of its own, `dNN` for département NN,
which gives its `CONTENT`; the national aids every département shares sit beside
them, and the lists and accounts the builders use too are demo.taxonomy and
demo.people. Facts and figures come from each
département's health report (shared/seeds); the sentences are the portal's own.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from demo.guide import AidSpec, ReferentSpec
    from demo.housing import ListingSpec
    from demo.specs import CommuneSpec, PageSpec, PartnerSpec, PlaceSpec
    from demo.supervisors import LeadSpec, SupervisorSpec
    from demo.taxonomy import TermSpec
    from demo.text import Bilingual

# The départements that have a demo, the first loaded by default.
DEPARTEMENTS = ("77", "94")
DEFAULT_DEPARTEMENT = DEPARTEMENTS[0]


@dataclass(frozen=True)
class LogoSpec:
    """The emblem the demo draws for the département (demo.logo)."""

    title: str
    text: str
    alt: str


@dataclass(frozen=True)
class DemoContent:
    """Everything one département's demo holds, for the builder (demo.builder)."""

    code: str
    site_name: str
    portal_settings: dict[str, str]
    partners: list[PartnerSpec]
    logo: LogoSpec
    home: Callable[[datetime.date], PageSpec]
    communes: list[CommuneSpec]
    places: list[PlaceSpec]
    funders: list[TermSpec]
    referents: list[ReferentSpec]
    aids: list[AidSpec]
    listings: list[ListingSpec]
    supervisors: list[SupervisorSpec]
    leads: list[LeadSpec]
    become_supervisor: PageSpec
    # "Vivre ici" on a commune's page: editors' text per commune slug.
    commune_life: dict[str, Bilingual] = field(default_factory=dict)
    # Teleconsultation cabins, one by the town hall of each commune (by slug).
    cabin_communes: list[str] = field(default_factory=list)
    cabin_address: str = ""


def demo_content(code: str = DEFAULT_DEPARTEMENT) -> DemoContent:
    """The demo content of département `code`."""
    if code not in DEPARTEMENTS:
        raise ValueError(f"No demo for département {code!r}; there is one for {DEPARTEMENTS}.")
    return import_module(f"{__name__}.d{code}").CONTENT
