"""The register of what each app holds about a person: shown, exported and erased.

Modelled on pretix's data exporters and shredders: every app that stores
personal data registers one `PersonalDataSection` from its `AppConfig.ready()`.
It lives on the ground floor (core) so that every app, core included, can
register without importing accounts.
The dashboard lists each section's items, the export adds each section's data
under its key, and account deletion calls each section's `erase` before the
user row goes (rows with a cascading foreign key to the user need no `erase`).

Every app also registers a `Processing` for each kind of personal data it
keeps (RGPD article 30): what, why, on which legal basis, for how long, and
the services that apply the retention period. The public register of
processing and the `purge` command are both read from these declarations,
so neither can drift from the code.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser as User
from django.db.models import Q
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class PersonalDataItem:
    """One row of a section on the dashboard: a label, a value, and an optional link."""

    label: str | Promise
    value: str | Promise = ""
    url: str = ""


@dataclass(frozen=True)
class PersonalDataSection:
    """The personal data one app keeps about a user.

    `key` names the section in the export and must stay stable; `items` lists
    what the dashboard shows; `export` returns JSON-serialisable data; `erase`
    removes what deleting the user would not (optional); `manage_url_name` is
    the URL where the user changes it (optional).
    """

    key: str
    label: str | Promise
    items: Callable[[User], list[PersonalDataItem]]
    export: Callable[[User], Any]
    erase: Callable[[User], None] | None = None
    manage_url_name: str = ""
    order: int = 100


_sections: dict[str, PersonalDataSection] = {}


def register(section: PersonalDataSection) -> PersonalDataSection:
    """Add a section, or replace the one with the same key (ready() may run twice)."""
    _sections[section.key] = section
    return section


def registered_sections() -> list[PersonalDataSection]:
    """The sections in the order the dashboard shows them."""
    return sorted(_sections.values(), key=lambda section: (section.order, section.key))


@dataclass(frozen=True)
class Processing:
    """One entry of the register of processing, and how its retention is applied.

    `retention` returns the period in words, computed from the app's own
    setting or constant; `purges` are the app's services that apply it, each
    called with the current time and returning how many records went;
    `models` names ("app_label.ModelName") the models holding the data, and
    `section` the key of the `PersonalDataSection` that exports and erases it
    for an account holder (empty when the data is not linked to an account).
    """

    key: str
    name: str | Promise
    data: str | Promise
    purpose: str | Promise
    legal_basis: str | Promise
    retention: Callable[[], str | Promise]
    models: tuple[str, ...]
    purges: tuple[Callable[[datetime.datetime], int], ...] = ()
    section: str = ""
    order: int = 100


PUBLIC_TASK = _("Public-interest task of the département (GDPR, article 6(1)(e))")
CONSENT = _("Consent of the person (GDPR, article 6(1)(a))")

_processings: dict[str, Processing] = {}


def register_processing(processing: Processing) -> Processing:
    """Add an entry to the register, or replace the one with the same key."""
    _processings[processing.key] = processing
    return processing


def registered_processings() -> list[Processing]:
    """The register of processing, in the order the public page shows it."""
    return sorted(_processings.values(), key=lambda entry: (entry.order, entry.key))


def matching_any_email(field: str, emails: list[str]) -> Q:
    """A filter on `field` for any of `emails`, whatever their case (matches nothing if empty)."""
    condition = Q(pk__in=[])
    for email in emails:
        condition |= Q(**{f"{field}__iexact": email})
    return condition
