"""How the demo describes a page: its texts in both languages and its place in the tree."""

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from wagtail.fields import StreamField
from wagtail.models import Page

from demo.text import Bilingual, Language, in_language

# Block ids derive from the page and the block's position, so that the French and
# the English version of a StreamField have the same structure, id for id.
BLOCK_ID_NAMESPACE = uuid.UUID("3b0e6c1e-1a52-4d55-9a43-7a1f2f6f9d77")


@dataclass(frozen=True)
class PageSpec:
    """A page of the demo in French and English, and the demo pages below it.

    `fields` holds the values of the page model's own fields; any text in them
    is a `Bilingual`, StreamFields are lists of raw blocks (see `demo.blocks`).
    """

    key: str
    model: type[Page]
    title: Bilingual
    slug: Bilingual
    fields: dict[str, Any] = field(default_factory=dict)
    show_in_menus: bool = False
    children: tuple["PageSpec", ...] = ()

    def walk(self) -> Iterator["PageSpec"]:
        """This page and every page below it, parents before children."""
        yield self
        for child in self.children:
            yield from child.walk()

    def build(self, language: Language) -> Page:
        """An unsaved page of the spec's model holding the texts of one language."""
        values = {}
        for name, value in self.fields.items():
            values[name] = in_language(value, language)
            if isinstance(self.model._meta.get_field(name), StreamField):
                values[name] = self._with_block_ids(name, values[name])
        return self.model(
            title=in_language(self.title, language),
            slug=in_language(self.slug, language),
            show_in_menus=self.show_in_menus,
            **values,
        )

    def _with_block_ids(self, field_name: str, blocks: list[dict[str, Any]]) -> list[dict]:
        return [
            {**block, "id": str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{self.key}/{field_name}/{i}"))}
            for i, block in enumerate(blocks)
        ]


class DemoContentError(Exception):
    """The database holds something the demo cannot build on, or its content is inconsistent."""


# The shapes of a département's demo content (demo.content.dNN): each
# département's package fills them with its own data.

# Profession slugs that the content refers to (demo.taxonomy).
GP = "medecin-generaliste"
SPECIALIST = "medecin-specialiste"
MIDWIFE = "sage-femme"
PHYSIO = "masseur-kinesitherapeute"
NURSE = "infirmier"
DENTIST = "chirurgien-dentiste"


@dataclass(frozen=True)
class CommuneSpec:
    """A real commune: its name, INSEE code, postcode, town-hall position and (illustrative)
    zone per profession slug."""

    name: str
    slug: str
    insee_code: str
    postcode: str
    latitude: float
    longitude: float
    zones: dict[str, str] = field(default_factory=dict)


def zones(gp: str = "", midwife: str = "", physio: str = "") -> dict[str, str]:
    """Zone per profession slug: ZIP, ZAC or absent (not a priority zone)."""
    return {slug: zone for slug, zone in ((GP, gp), (MIDWIFE, midwife), (PHYSIO, physio)) if zone}


@dataclass(frozen=True)
class PlaceSpec:
    """A place to practise in one of the demo's communes (by slug)."""

    name: str
    slug: str
    kind: str
    address: str
    commune: str
    latitude: float
    longitude: float
    professions: tuple[str, ...] = ()
    url: str = ""


@dataclass(frozen=True)
class PartnerSpec:
    """A partner listed in the footer; its name is a proper noun, the same in both languages."""

    name: str
    url: str = ""


@dataclass(frozen=True)
class Publisher:
    """Who publishes the portal, as the legal pages and the evenings name them."""

    name: Bilingual  # "Département de …"
    council: Bilingual  # "Conseil départemental de …"
    address: Bilingual  # one line, for the legal pages
    phone: Bilingual
    domain: str  # the fictional e-mail domain, "departementNN.test"
    cdom: str  # "CDOM NN"
    source: Bilingual  # the document the demo's figures come from
