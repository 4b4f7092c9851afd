"""The contact relay: a signed-in person writes to whoever is behind a listed object,
without ever seeing their e-mail address.

Used by the housing registry (landlords) and the supervisor directory
(practitioners). The recipient gets the message by e-mail, in their language,
with a Reply-To to the sender; the sender finds what they sent in their account.

The protocol a target model follows
-----------------------------------

A model whose rows can be contacted implements:

- ``relay_recipient(self) -> relay.RelayRecipient`` — ``RelayRecipient(name,
  email, language)``: who receives the messages (``language`` is "fr" or "en";
  the e-mail is written in it). Return ``None`` when the row cannot be
  contacted (no address); the contact page then answers 404.
- ``relay_is_open(self) -> bool`` (optional, default True) — False when the
  row is not public any more (an unpublished listing): contact page 404.
- ``get_absolute_url(self) -> str`` — the public page of the row, where the
  sender goes back after sending, and the link in the e-mail.
- ``__str__`` — the row's public name, shown in the e-mail and the account.

and is registered once, from its app's ``AppConfig.ready()``::

    from relay.registry import register
    # allowed in /fr/contact/logement/<pk>/, /en/contact/housing/<pk>/
    register(HousingListing, pgettext_lazy("contact URL", "housing"))

Linking to the contact form
---------------------------

- In Python: ``relay.urls.contact_url(obj)`` → "/fr/contact/logement/12/"
  (language of the active translation).
- In a template: ``{% load relay %}<a href="{% contact_url obj %}">…</a>``.

The form view (GET shows the form, POST sends) is ``relay.views.contact``; it
answers 404 for an unregistered model, a missing row, a row that is not
open or has no recipient (a tampered id); sends anonymous visitors to the
login page with a message; tells a user without a verified e-mail address how
to verify it. ``relay.views.contact_form_context(request, target)`` gives the
form and the sender's status if an app wants to embed the form in its own page
(post it to ``contact_url(obj)``).

Sending from code
-----------------

``relay.services.send_relayed_message(sender, target, body) -> RelayedMessage``
stores the message and enqueues the e-mail (``relay.tasks.deliver_message``, on
commit). It raises ``relay.services.RelayRefused`` (``.reason`` is a translated
sentence for the sender) when the sender has no verified e-mail address or has
reached the rate limit (``RELAY_MAX_PER_HOUR`` = 5 and ``RELAY_MAX_PER_DAY`` =
20 by default, counted in the database).

The sender's messages are listed at ``relay:sent`` ("my messages", in the
account) and covered by the account's export and erasure (personal-data
section "relayed_messages").
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class RelayRecipient:
    """Who receives the messages about a target: a name, an address, a language code."""

    name: str
    email: str
    language: str = "fr"
