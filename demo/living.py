"""What editors wrote about daily life in some communes ("Vivre ici"), added where missing."""

from demo.text import Bilingual
from guide.models import CommuneLife
from territory.models import Commune


def theme(kind: str, title: Bilingual, text: Bilingual) -> dict:
    """A theme of the "Vivre ici" page (guide.blocks.LivingTheme) as StreamField data."""
    return {"type": "theme", "value": {"theme": kind, "title": title, "text": text}}


def ensure_commune_life(texts: dict[str, Bilingual]) -> int:
    """Give each commune named in `texts` (by slug) its text unless it has one; how many."""
    communes = Commune.objects.filter(slug__in=texts, life__isnull=True)
    rows = [
        CommuneLife(commune=commune, text_fr=texts[commune.slug].fr, text_en=texts[commune.slug].en)
        for commune in communes
    ]
    CommuneLife.objects.bulk_create(rows)
    return len(rows)
