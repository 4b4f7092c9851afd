"""Which models may be contacted through the relay, and finding a target from a URL."""

from django.db import models
from django.http import Http404
from django.utils.functional import Promise

_models: dict[str, type[models.Model]] = {}
# What contact URLs call each model, in the visitor's language: "logement", "housing".
_words: dict[str, Promise] = {}


def register(model: type[models.Model], word: Promise) -> type[models.Model]:
    """Allow contacting rows of `model` (see the protocol in relay/__init__.py).

    `word` (translated) names the model in contact URLs.
    """
    _models[model._meta.label_lower] = model
    _words[model._meta.label_lower] = word
    return model


def url_word(key: str) -> str:
    """The word for the model `key` in contact URLs, in the active language."""
    return str(_words[key])


def key_for_url_word(word: str) -> str:
    """The model a contact URL names, by its word in the active language.

    The model's label ("housing.housinglisting") is still understood: it was in
    the contact URLs before they spoke the page's language.
    """
    if word in _models:
        return word
    for key, translated in _words.items():
        if str(translated) == word:
            return key
    raise LookupError(word)


def target_key(target: models.Model) -> str:
    """The name of the target's model in the registry: "housing.housinglisting"."""
    return target._meta.label_lower


def is_contactable(target: models.Model) -> bool:
    """True when the target is registered, open to messages and has a recipient with an address."""
    if target_key(target) not in _models:
        return False
    is_open = getattr(target, "relay_is_open", None)
    if is_open is not None and not is_open():
        return False
    recipient = target.relay_recipient()
    return recipient is not None and bool(recipient.email)


def get_target_or_404(key: str, pk: int) -> models.Model:
    """The contactable row a contact URL names; 404 for anything else (tampered ids included)."""
    model = _models.get(key)
    if model is None:
        raise Http404
    target = model._default_manager.filter(pk=pk).first()
    if target is None or not is_contactable(target):
        raise Http404
    return target
