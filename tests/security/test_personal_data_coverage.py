"""Every model holding personal data is in the register of processing: purge and export see it.

Adding a model with a person's name, e-mail, phone, address or a link to an
account fails here until its app declares it (a `Processing` in the app's
personal_data.py) or it is added, with the reason, to the exemptions below.
"""

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models

from core.personal_data import registered_processings, registered_sections
from territory.models import PrivatelyLocated

# `address` alone: a venue's or a place's address is not a person's.
PERSONAL_FIELD_NAMES = {"address"}
PERSONAL_FIELD_PARTS = ("email", "phone", "first_name", "last_name", "contact_name")

EXEMPT = {
    # The département's own switchboard and address, not a person's.
    "core.PortalSettings": "institutional contact",
    # A practice, a hospital, a health centre: a place, not a person.
    "territory.PlaceToPractise": "address of a place",
    # Authorship of staff work (uploads, revisions, logs, comments, locks,
    # translations, workflow): Wagtail keeps it as the audit trail of what
    # was published in the département's name; deleting the account sets it
    # to null or removes the row (checked below).
    "core.PortalImage": "staff authorship",
    "wagtaildocs.Document": "staff authorship",
    "wagtailimages.Image": "staff authorship",
    "wagtailcore.UploadedFile": "staff authorship",
    "wagtailcore.Page": "staff authorship",
    "guide.AidPage": "staff authorship (the editor who last checked the aid)",
    "wagtailcore.Revision": "staff authorship",
    "wagtailcore.PageLogEntry": "staff authorship",
    "wagtailcore.ModelLogEntry": "staff authorship",
    "wagtailcore.Comment": "staff authorship",
    "wagtailcore.CommentReply": "staff authorship",
    "wagtailcore.PageSubscription": "staff authorship",
    "wagtailcore.WorkflowState": "staff authorship",
    "wagtailcore.TaskState": "staff authorship",
    "wagtailcore.APIToken": "staff authorship",
    "wagtailadmin.EditingSession": "staff authorship",
    "wagtailadmin.FormState": "staff authorship",
    "wagtail_localize.StringTranslation": "staff authorship",
    "wagtail_localize.SegmentOverride": "staff authorship",
    "admin.LogEntry": "staff authorship",
    # Admin preferences and the second factor of an account: deleted with it.
    "wagtailusers.UserProfile": "account settings",
    "mfa.Authenticator": "account settings",
}


def holds_personal_data(model: type[models.Model]) -> bool:
    # Local fields only: a page type's inherited owner is wagtailcore.Page's.
    for field in model._meta.local_concrete_fields:
        if field.name in PERSONAL_FIELD_NAMES:
            return True
        if any(part in field.name for part in PERSONAL_FIELD_PARTS):
            return True
        related = field.related_model if field.is_relation else None
        if related is not None and related._meta.label == settings.AUTH_USER_MODEL:
            return True
    return False


def declared_models() -> set[str]:
    return {label for processing in registered_processings() for label in processing.models}


def models_with_personal_data() -> list[str]:
    return sorted(
        model._meta.label
        for model in apps.get_models()
        if not model._meta.proxy and holds_personal_data(model)
    )


@pytest.mark.parametrize("label", models_with_personal_data())
def test_model_with_personal_data_is_in_the_register_or_exempted(label):
    assert label in declared_models() or label in EXEMPT, (
        f"{label} holds personal data: declare it in a Processing (core.personal_data) "
        "or add it to EXEMPT with the reason."
    )


def test_every_declared_model_exists():
    for label in declared_models():
        assert apps.get_model(label) is not None


def test_each_processing_linked_to_accounts_names_a_registered_section():
    sections = {section.key for section in registered_sections()}
    for processing in registered_processings():
        assert processing.section == "" or processing.section in sections, processing.key


@pytest.mark.parametrize("label", sorted(declared_models()))
def test_account_deletion_reaches_each_declared_model(label):
    """A link to the account either goes with it or is emptied: erasure leaves nothing behind."""
    model = apps.get_model(label)
    for field in model._meta.concrete_fields:
        if field.is_relation and field.related_model._meta.label == settings.AUTH_USER_MODEL:
            assert field.remote_field.on_delete in (models.CASCADE, models.SET_NULL), (
                f"{label}.{field.name}"
            )


# Links to the staff member who made or locked a record, not to the person it is about.
STAFF_LINKS = {
    ("housing.HousingListing", "owner"),
    ("core.PendingImport", "user"),
    ("events.RegistrationLogEntry", "actor"),
}


def test_every_model_linked_to_an_account_is_exported_through_a_section():
    """Rows about a person's account appear in their data export (or are exempted above)."""
    exported = {
        label
        for processing in registered_processings()
        if processing.section
        for label in processing.models
    }
    for label in sorted(declared_models()):
        model = apps.get_model(label)
        for field in model._meta.concrete_fields:
            if (
                field.is_relation
                and field.related_model._meta.label == settings.AUTH_USER_MODEL
                and field.name != "locked_by"
                and (label, field.name) not in STAFF_LINKS
            ):
                assert label in exported, f"{label}.{field.name}"


def test_every_personal_position_is_published_only_through_a_public_one():
    """A record holding a person's address and its coordinates (a landlord's home, a
    practitioner's office) carries the rounded public position its maps and distances use."""
    located = set()
    for label in sorted(declared_models()):
        model = apps.get_model(label)
        names = {field.name for field in model._meta.concrete_fields}
        if {"address", "latitude", "longitude"} <= names:
            located.add(label)
            assert issubclass(model, PrivatelyLocated), label
    assert {"housing.HousingListing", "supervisors.Supervisor"} <= located
