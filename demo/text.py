"""Texts of the demo as French–English pairs, and how to pick one language."""

from dataclasses import dataclass
from typing import Any, Literal

Language = Literal["fr", "en"]


@dataclass(frozen=True)
class Bilingual:
    """One piece of demo content written in French, with its English translation."""

    fr: str
    en: str

    def __post_init__(self) -> None:
        if bool(self.fr) != bool(self.en):
            raise ValueError(f"A text of the demo lacks one of its languages: {self!r}")


def in_language(value: Any, language: Language) -> Any:
    """The value with every `Bilingual` inside it replaced by its text in `language`.

    Walks dicts, lists and tuples, so that field values and StreamField data
    written with pairs come out in one language; anything else is left as it is.
    """
    if isinstance(value, Bilingual):
        return getattr(value, language)
    if isinstance(value, dict):
        return {key: in_language(item, language) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [in_language(item, language) for item in value]
    return value
