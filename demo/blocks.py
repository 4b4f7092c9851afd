"""Shorthands that write StreamField data (core.blocks) with bilingual texts."""

from typing import Any

from demo.text import Bilingual

StreamData = list[dict[str, Any]]


def heading(text: Bilingual, level: str = "h2") -> dict[str, Any]:
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(html: Bilingual) -> dict[str, Any]:
    return {"type": "paragraph", "value": html}


def callout(title: Bilingual, text: Bilingual, kind: str = "info") -> dict[str, Any]:
    return {"type": "callout", "value": {"kind": kind, "title": title, "text": text}}


def figure(value: Bilingual, label: Bilingual) -> dict[str, Any]:
    return {"type": "figure", "value": {"value": value, "label": label}}
