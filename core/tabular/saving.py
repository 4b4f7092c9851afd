"""Save the records of an import together: a few queries for the whole file, not ~90 a row.

Saving each row the way the admin saves one record (save, save_revision,
publish) costs every row its own revision, log entries, search-index and
reference-index updates and cache invalidation: 5 to 8 seconds for a
100-row file. `save_staged` writes the same rows, revisions and log entries
in bulk, then updates the indexes and the page cache once.

Wagtail behaviour it reproduces (check on each Wagtail upgrade, with
tests/core/test_tabular_saving.py): what `RevisionMixin.save_revision(log_action=True)`,
`PublishRevisionAction` and `UnpublishAction` write on a snippet with
`DraftStateMixin` — the revision, `latest_revision`, `live`, `live_revision`,
`has_unpublished_changes`, `first_published_at`/`last_published_at`, and the
"wagtail.create"/"wagtail.edit", "wagtail.publish" and "wagtail.unpublish"
log entries. No `published`/`unpublished` signal is sent: the project
connects none for these snippets, and the page cache hears `records_saved_in_bulk`.
"""

import functools
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from modelcluster.fields import ParentalKey
from wagtail.log_actions import registry as log_registry
from wagtail.models import ReferenceIndex, Revision
from wagtail.search.backends import get_search_backends
from wagtail.search.index import class_is_indexed

from core.signals import records_saved_in_bulk
from core.tabular.importing import ImportCheck, RowError, TabularImporter

# Kept by Wagtail, never taken from the file nor compared with it.
BOOKKEEPING = {
    "latest_revision",
    "live_revision",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "go_live_at",
    "expire_at",
    "expired",
    "locked",
    "locked_at",
    "locked_by",
}


@dataclass
class Staged:
    """One record as a row of the file leaves it, before anything is written.

    `relations`: many-to-many field name → the related objects;
    `children`: child relation name → unsaved children (their parent key is set on saving).
    """

    record: models.Model
    publish: bool
    relations: dict[str, list] = field(default_factory=dict)
    children: dict[str, list] = field(default_factory=dict)
    # What the record held before the row was applied (None for a new record).
    before: tuple | None = None
    # Set on saving: the record was live and the row takes it off the site.
    unpublished: bool = False

    @property
    def is_new(self) -> bool:
        return self.before is None

    @property
    def is_unchanged(self) -> bool:
        return self.before is not None and self.before == state(
            self.record, self.relations, self.children, live=self.publish
        )


@functools.cache
def stored_fields(model: type[models.Model]) -> tuple[models.Field, ...]:
    """The columns a row may change: concrete, not generated, not the key, not bookkeeping.
    Read for every row and child compared: worked out once per model."""
    return tuple(
        f
        for f in model._meta.concrete_fields
        if not f.primary_key and not f.generated and f.name not in BOOKKEEPING
    )


def state(record: models.Model, relations: dict, children: dict, *, live: bool) -> tuple:
    """What a record says, in a form two records can be compared by."""
    values = tuple(
        (f.attname, f.value_from_object(record))
        for f in stored_fields(type(record))
        if f.name != "live"
    )
    return (
        values,
        live,
        tuple(
            sorted((name, frozenset(o.pk for o in objects)) for name, objects in relations.items())
        ),
        tuple(sorted((name, child_state(objects)) for name, objects in children.items())),
    )


def child_state(children: Iterable[models.Model]) -> frozenset:
    """Children by their values, whatever their order and their parent's key."""
    return frozenset(
        tuple(
            (f.attname, f.value_from_object(child))
            for f in stored_fields(type(child))
            if not isinstance(f, ParentalKey) and f.name != "sort_order"
        )
        for child in children
    )


def snapshot(record: models.Model, relation_names: Sequence[str], child_names: Sequence[str]):
    """The state of a saved record (its relations prefetched, or read here)."""
    return state(
        record,
        {name: list(getattr(record, name).all()) for name in relation_names},
        {name: list(getattr(record, name).all()) for name in child_names},
        live=record.live,
    )


def save_staged(changed: Sequence[Staged], user) -> None:
    """Write these changed records with their revisions and log entries, then index them.

    Call inside the import's transaction: an error leaves nothing written.
    """
    if not changed:
        return
    model = type(changed[0].record)
    now = timezone.now()
    for item in changed:
        _apply_publication(item, now)
    new = [item.record for item in changed if item.is_new]
    old = [item.record for item in changed if not item.is_new]
    model.objects.bulk_create(new)
    columns = dict.fromkeys([f.name for f in stored_fields(model)] + _PUBLICATION)
    model.objects.bulk_update(old, list(columns))
    _save_relations(changed)
    revisions = _save_revisions(model, changed, user, now)
    _log(model, changed, revisions, user, now)
    records = [item.record for item in changed]
    if class_is_indexed(model):
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, records)
    for record in records:
        ReferenceIndex.create_or_update_for_object(record)
    records_saved_in_bulk.send(sender=model, objects=records)


_PUBLICATION = ["live", "has_unpublished_changes", "first_published_at", "last_published_at"]


def _apply_publication(item: Staged, now) -> None:
    record = item.record
    was_live = bool(record.live) and not item.is_new
    record.live = item.publish
    record.has_unpublished_changes = not item.publish
    if item.publish:
        record.first_published_at = record.first_published_at or now
        record.last_published_at = now
    item.unpublished = was_live and not item.publish


def _save_relations(changed: Sequence[Staged]) -> None:
    """Many-to-many rows and children replaced in one delete and one insert per relation."""
    model = type(changed[0].record)
    pks = [item.record.pk for item in changed if not item.is_new]
    for name in changed[0].relations:
        through = getattr(model, name).through
        source = model._meta.get_field(name).m2m_field_name()
        target = model._meta.get_field(name).m2m_reverse_field_name()
        through.objects.filter(**{f"{source}__in": pks}).delete()
        through.objects.bulk_create(
            through(**{f"{source}_id": item.record.pk, f"{target}_id": related.pk})
            for item in changed
            for related in item.relations[name]
        )
    for name in changed[0].children:
        relation = getattr(model, name).rel
        parent_key = relation.field.name
        relation.related_model.objects.filter(**{f"{parent_key}__in": pks}).delete()
        children = []
        for item in changed:
            for child in item.children[name]:
                setattr(child, parent_key, item.record)
                children.append(child)
            # The revision's content reads the children from the record, in memory.
            setattr(item.record, name, item.children[name])
        relation.related_model.objects.bulk_create(children)


def _save_revisions(model, changed: Sequence[Staged], user, now) -> list[Revision]:
    content_type = ContentType.objects.get_for_model(model)
    base_content_type = changed[0].record.get_base_content_type()
    revisions = Revision.objects.bulk_create(
        Revision(
            content_type=content_type,
            base_content_type=base_content_type,
            object_id=str(item.record.pk),
            created_at=now,
            user=user,
            object_str=str(item.record),
            content=item.record.serializable_data(),
        )
        for item in changed
    )
    for item, revision in zip(changed, revisions, strict=True):
        item.record.latest_revision = revision
        item.record.live_revision = revision if item.publish else None
    model.objects.bulk_update(
        [item.record for item in changed], ["latest_revision", "live_revision"]
    )
    return revisions


def _log(model, changed: Sequence[Staged], revisions: Sequence[Revision], user, now) -> None:
    log_model = log_registry.get_log_model_for_model(model)
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    entries = []
    for item, revision in zip(changed, revisions, strict=True):
        actions = ["wagtail.create" if item.is_new else "wagtail.edit"]
        if item.publish:
            actions.append("wagtail.publish")
        elif item.unpublished:
            actions.append("wagtail.unpublish")
        entries += [
            log_model(
                content_type=content_type,
                object_id=str(item.record.pk),
                label=str(item.record),
                action=action,
                timestamp=now,
                uuid=uuid.uuid4(),
                user=user,
                revision=revision if action != "wagtail.unpublish" else None,
                content_changed=action != "wagtail.unpublish",
            )
            for action in actions
        ]
    log_model.objects.bulk_create(entries)


class StagedImporter(TabularImporter):
    """An importer of records with revisions and drafts (snippets), saved together.

    Declare the many-to-many `relation_names` and `child_names` a row sets,
    `existing_records` (the records the rows update, found in one query) and
    `stage_row` (a row applied to its record, nothing written). A row that
    says what its record already holds is not saved: re-importing an export
    writes no revision and changes no date.
    """

    relation_names: Sequence[str] = ()
    child_names: Sequence[str] = ()

    def existing_records(self, rows: Sequence[dict]) -> list[models.Model | None]:
        """For each row, the record it updates, or None for a new one."""
        raise NotImplementedError

    def stage_row(self, data: dict, record: models.Model | None) -> Staged:
        raise NotImplementedError

    def stage(self, rows: Sequence[dict]) -> list[Staged]:
        staged = []
        for data, record in zip(rows, self.existing_records(rows), strict=True):
            before = snapshot(record, self.relation_names, self.child_names) if record else None
            item = self.stage_row(data, record)
            item.before = before
            staged.append(item)
        return staged

    def save(self, result: ImportCheck) -> None:
        """Save the changed rows in one transaction; count the unchanged ones."""
        try:
            with transaction.atomic():
                staged = self.stage([data for _line, data in result.rows])
                changed = [item for item in staged if not item.is_unchanged]
                save_staged(changed, self.user)
        except IntegrityError:
            result.errors.append(
                RowError(0, [_("A row conflicts with a record that already exists.")])
            )
            return
        result.saved = len(changed)
        result.unchanged = len(staged) - len(changed)
