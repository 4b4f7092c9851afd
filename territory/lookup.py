"""Finding a commune, or a place to practise, from what a visitor typed.

The public forms ask for a commune as text ("Melun", "77000", "St Germain
s/ Morin", "Melun (77000)") rather than in a menu of the département's
hundreds of communes: a menu that long is slow to scroll on a phone and
weighed more than the rest of a search page. Suggestions come from
`suggestions()`, which the browser lists as the visitor types.

What was typed is compared without case, accents or punctuation, with the
usual abbreviations spelled out. A name that is not typed in full is found
from the beginnings of its words ("CH Melun", "Santépôle"); when several
names fit, or none but close ones, the error (NotDesignated) carries them so
that a page can offer them as links. Slugs are accepted too, so that the
addresses of earlier searches, saved searches and links keep working.
"""

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from django.core.exceptions import ValidationError
from django.utils.translation import gettext

from core.search_text import strip_accents
from territory.geo import Point
from territory.models import Commune, PlaceToPractise

# Abbreviations of French place names, as people type them and addresses print them.
ABBREVIATIONS = {"st": "saint", "ste": "sainte", "s": "sur", "ss": "sous"}
POSTCODE = re.compile(r"\b(\d{5})\b")
MOST_SUGGESTIONS = 3
# How many places a few typed letters may offer to choose from ("hôp": every hospital).
MOST_CHOICES = 8
# Words people leave out or type differently when they name a place in a few words:
# "CH Melun" for "Hôpital de Melun (Santépôle)".
LINKING_WORDS = {"de", "du", "des", "d", "la", "le", "les", "l", "a", "au", "aux", "en"}
SYNONYMS = {"ch": "hopital", "chu": "hopital", "hospitalier": "hopital", "hosto": "hopital"}
# How close a mistyped word must be to a word of a name to suggest that name.
FUZZY_CUTOFF = 0.8


class NotDesignated(ValidationError):
    """What was typed designates no one place, or several: `candidates` are what it
    may have meant, for the form to offer as links."""

    def __init__(self, message: str, code: str, candidates: list["Found"]):
        super().__init__(message, code=code)
        self.candidates = candidates


@lru_cache(maxsize=4096)  # the same few hundred names, compared on every search
def normalise(text: str) -> str:
    """`text` as a key for comparison: "Saint-Germain-sur-Morin" for "st germain s/ morin"."""
    words = re.findall(r"[a-z0-9]+", strip_accents(text.casefold()))
    return " ".join(ABBREVIATIONS.get(word, word) for word in words)


@dataclass(frozen=True)
class Found:
    """A commune or a place to practise that the text designates."""

    kind: str  # "commune" or "place"
    pk: int
    slug: str
    name: str
    label: str  # the name, and a commune's postcode: what suggestions list
    position: Point
    postcode: str = ""
    other_postcodes: tuple[str, ...] = ()  # a commune's other postcodes, also understood

    @property
    def key(self) -> str:
        """How a search address names it: "commune:melun", "place:ch-melun"."""
        return f"{self.kind}:{self.slug}"


def commune_label(name: str, postcode: str) -> str:
    return f"{name} ({postcode})"


COMMUNE_COLUMNS = ("pk", "slug", "name", "postcode", "latitude", "longitude", "other_postcodes")


def _commune(pk, slug, name, postcode, latitude, longitude, other_postcodes="") -> Found:
    """A row of COMMUNE_COLUMNS as a Found."""
    label = commune_label(name, postcode)
    position = Point(latitude, longitude)
    return Found(
        "commune", pk, slug, name, label, position, postcode, tuple(other_postcodes.split())
    )


def _communes() -> list[Found]:
    rows = Commune.objects.order_by("name", "postcode").values_list(*COMMUNE_COLUMNS)
    return [_commune(*row) for row in rows]


def _places() -> list[Found]:
    rows = (
        PlaceToPractise.objects.active()
        .order_by("name")
        .values_list("pk", "slug", "name", "latitude", "longitude")
    )
    return [
        Found("place", pk, slug, name, name, Point(latitude, longitude))
        for pk, slug, name, latitude, longitude in rows
    ]


def suggestions(places: bool = False) -> list[str]:
    """What the browser offers as the visitor types: places first, then "Name (postcode)"."""
    return [found.label for found in (*(_places() if places else ()), *_communes())]


def _readings(text: str) -> list[tuple[str, str]]:
    """The (name, postcode) that `text` may mean: all of it a name, or any five digits
    in it the postcode ("Melun (77000)", "77000 Melun", "77000"), the rest the name."""
    readings = [(normalise(text), "")]
    for match in POSTCODE.finditer(text):
        rest = f"{text[: match.start()]} {text[match.end() :]}"
        readings.append((normalise(rest), match.group(1)))
    return readings


def _words(normalised: str) -> list[str]:
    """The words that name a place: linking words left out, synonyms made one."""
    return [SYNONYMS.get(word, word) for word in normalised.split() if word not in LINKING_WORDS]


def _word_matches(typed: str, words: list[str], fuzzy: bool) -> bool:
    return any(
        word.startswith(typed)
        or (fuzzy and difflib.SequenceMatcher(None, typed, word).ratio() >= FUZZY_CUTOFF)
        for word in words
    )


def _matching_words(name: str, keyed: list[tuple[Found, str, str]], fuzzy: bool) -> list[Found]:
    """The candidates whose name has, for each word typed, a word it begins (or, fuzzy,
    a word close to it): "hopital melun" and "santepole" find "Hôpital de Melun (Santépôle)"."""
    typed = _words(name)
    if not typed:
        return []
    return [
        candidate
        for candidate, candidate_name, _code in keyed
        if all(_word_matches(word, _words(candidate_name), fuzzy) for word in typed)
    ]


def _choose(text: str, candidates: Iterable[Found]) -> Found:
    """The one candidate `text` designates, or a ValidationError that says what to type."""
    keyed = [(candidate, normalise(candidate.name), candidate.postcode) for candidate in candidates]
    readings = _readings(text)
    for name, postcode in readings:
        if not name and not postcode:
            continue  # nothing but punctuation
        matches = [
            candidate
            for candidate, candidate_name, code in keyed
            if (not name or candidate_name == name)
            and (not postcode or code == postcode or postcode in candidate.other_postcodes)
        ]
        if matches and not name and len(matches) > 1:
            raise NotDesignated(
                gettext(
                    "Several communes have the postcode %(postcode)s: %(names)s. "
                    "Type the name of yours."
                )
                % {"postcode": postcode, "names": _labels(matches)},
                "ambiguous",
                matches,
            )
        if len(matches) > 1:
            raise NotDesignated(
                gettext("Several communes are called %(name)s: %(names)s. Add the postcode.")
                % {"name": text.strip(), "names": _labels(matches)},
                "ambiguous",
                matches,
            )
        if matches:
            return matches[0]
    return _choose_by_words(text, readings[-1][0], keyed)


def _choose_by_words(text: str, name: str, keyed: list[tuple[Found, str, str]]) -> Found:
    """No name is what was typed: the one whose words begin with the words typed, or
    else a NotDesignated error with the names it may mean (beginnings, then close words)."""
    beginning = _matching_words(name, keyed, fuzzy=False)
    if len(beginning) == 1:
        return beginning[0]
    if beginning:
        beginning = beginning[:MOST_CHOICES]
        raise NotDesignated(
            gettext("Several places match “%(text)s”: %(names)s. Choose one.")
            % {"text": text.strip(), "names": _labels(beginning)},
            "ambiguous",
            beginning,
        )
    close = (_matching_words(name, keyed, fuzzy=True) or _close_names(name, keyed))[
        :MOST_SUGGESTIONS
    ]
    message = gettext("Nothing in the département is called “%(text)s”.") % {"text": text.strip()}
    if close:
        advice = gettext("Did you mean: %(names)s?") % {"names": _labels(close)}
    else:
        advice = gettext("Check the spelling, or type the postcode.")
    raise NotDesignated(f"{message} {advice}", "not_found", close)


def _labels(found: list[Found]) -> str:
    return ", ".join(candidate.label for candidate in found)


def _close_names(name: str, keyed: list[tuple[Found, str, str]]) -> list[Found]:
    """The candidates whose whole name is close to what was typed."""
    by_name = {candidate_name: candidate for candidate, candidate_name, _code in keyed}
    close = difflib.get_close_matches(name, by_name, n=MOST_SUGGESTIONS, cutoff=0.75)
    return [by_name[known] for known in close]


def find_commune(text: str) -> Found:
    """The commune `text` designates: a slug, a name, a postcode, or "Name (postcode)"."""
    text = text.strip()
    for row in Commune.objects.filter(slug=text).values_list(*COMMUNE_COLUMNS):
        return _commune(*row)
    return _choose(text, _communes())


def find_place_or_commune(text: str) -> Found:
    """A place to practise or a commune; "place:slug" and "commune:slug" are understood too."""
    text = text.strip()
    kind, _separator, slug = text.partition(":")
    if kind == "commune" and slug:
        return find_commune(slug)
    places = _places()
    if kind == "place" and slug:
        for place in places:
            if place.slug == slug:
                return place
    return _choose(text, [*places, *_communes()])
