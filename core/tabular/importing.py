"""Import a spreadsheet all at once or not at all, naming every bad row.

An importer declares its columns and a form that validates one row; it saves
the rows only when every row is valid, in one transaction, so an editor fixes
the file and imports it again instead of untangling half an import.
"""

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import formats
from django.utils.functional import Promise
from django.utils.translation import gettext as _

from core.search_text import strip_accents
from core.tabular.lookups import remembered_lookups
from core.tabular.reading import Row, UnreadableFile, read_table
from core.tabular.writing import FORMULA_PREFIXES, csv_text


@dataclass(frozen=True)
class Column:
    """A column of the documented layout: the form field it fills and its header in the file."""

    field: str
    header: str
    description: object  # text, lazy text, or anything whose str() is the text
    required: bool = True
    example: str = ""


@dataclass(frozen=True)
class RowError:
    """What is wrong with one line of the file (line 0: the file as a whole)."""

    line: int
    messages: list[str]


@dataclass
class ImportCheck:
    """The result of reading and validating a file: clean rows, or the errors to fix."""

    rows: list[tuple[int, dict]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    saved: int = 0
    unchanged: int = 0

    @property
    def is_valid(self) -> bool:
        return not self.errors


# Excel and keyboards type a straight apostrophe, the site's labels a typographic one.
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


def header_key(text: str) -> str:
    """A header without case, accents, curly apostrophes or surrounding spaces.

    "Code INSEE" = "code insee", "Chambre chez l’habitant" = "chambre chez l'habitant".
    """
    return " ".join(strip_accents(text.strip().casefold().translate(APOSTROPHES)).split())


class TabularImporter:
    """Declare `columns`, a `row_form` whose fields are the columns' `field`s, and `save_row`."""

    columns: Sequence[Column] = ()
    row_form: type[forms.Form]
    label: str | Promise = ""
    # Another layout the importer reads, said above the columns of its own.
    layout_note: str | Promise = ""
    # Staff pages that list the values a column accepts: (link text, admin URL name).
    reference_links: Sequence[tuple[str | Promise, str]] = ()

    def __init__(self, user=None):
        self.user = user

    def check(self, content: bytes) -> ImportCheck:
        """Read and validate the file without saving anything."""
        with remembered_lookups():
            return self.check_rows(content)

    def check_rows(self, content: bytes) -> ImportCheck:
        result = ImportCheck()
        try:
            table = read_table(content)
        except UnreadableFile as error:
            result.errors.append(RowError(0, [str(error)]))
            return result
        positions, header_errors = self.locate_columns(table.header)
        if header_errors:
            result.errors.append(RowError(1, header_errors))
            return result
        if not table.rows:
            result.errors.append(RowError(0, [_("The file has no data row under its header.")]))
            return result
        for row in table.rows:
            cleaned, messages = self.validate_row(row, positions)
            if messages:
                result.errors.append(RowError(row.line, messages))
            else:
                result.rows.append((row.line, cleaned))
        if result.is_valid:
            result.errors.extend(self.check_together(result.rows))
        return result

    def locate_columns(self, header: list[str]) -> tuple[dict[str, int], list[str]]:
        """The position of each known column in the file, and the required ones missing."""
        found = {header_key(title): position for position, title in enumerate(header)}
        positions = {}
        missing = []
        for column in self.columns:
            position = found.get(header_key(column.header))
            if position is not None:
                positions[column.field] = position
            elif column.required:
                missing.append(column.header)
        if missing:
            return positions, [
                _("Missing column(s): %(columns)s. The first line must hold the column names.")
                % {"columns": ", ".join(f"« {name} »" for name in missing)}
            ]
        return positions, []

    def validate_row(self, row: Row, positions: dict[str, int]) -> tuple[dict, list[str]]:
        """The row's cleaned data, or the messages that say which cell is wrong and why."""
        return self.clean_cells(
            {
                column.field: row.cells[positions[column.field]]
                if column.field in positions and positions[column.field] < len(row.cells)
                else ""
                for column in self.columns
            }
        )

    def clean_cells(self, cells: Mapping[str, object]) -> tuple[dict, list[str]]:
        """The cleaned data of one row given as {field: cell}, or what is wrong with it."""
        form = self.row_form(data={name: formula_restored(cell) for name, cell in cells.items()})
        if form.is_valid():
            return form.cleaned_data, []
        headers = {column.field: column.header for column in self.columns}
        row = _("Row")  # outside the f-string, where makemessages finds it
        messages = [
            f"{headers.get(name, row)} : {message}" if name != "__all__" else message
            for name, errors in form.errors.items()
            for message in errors
        ]
        return {}, messages

    def check_together(self, rows: list[tuple[int, dict]]) -> list[RowError]:
        """Errors that only show across rows (a duplicate, say); none by default."""
        return []

    def save_row(self, data: dict) -> None:
        """Create or update what one clean row describes; raise ValidationError to refuse it."""
        raise NotImplementedError

    def export_row(self, record) -> dict:
        """The record as one row of the documented layout, {field: cell}: what the export writes."""
        raise NotImplementedError

    def preview_cells(self, data: dict) -> list[str]:
        """A clean row as the editor reads it: labels and French numbers, not Python values."""
        fields = self.row_form().fields
        return [
            display_value(fields.get(column.field), data.get(column.field))
            for column in self.columns
        ]

    def run(self, content: bytes) -> ImportCheck:
        """Check the file and, when every row is valid, save them in one transaction."""
        result = self.check(content)
        if result.is_valid:
            self.save(result)
        return result

    def save(self, result: ImportCheck) -> None:
        """Save the checked rows, or none: a row that fails adds its error to `result`."""
        try:
            with transaction.atomic():
                for line, data in result.rows:
                    try:
                        # A savepoint per row, so that after one row breaks a
                        # constraint the others are still checked and reported.
                        with transaction.atomic():
                            self.save_row(data)
                    except ValidationError as error:
                        result.errors.append(RowError(line, error.messages))
                    except IntegrityError:
                        result.errors.append(
                            RowError(
                                line, [_("This row conflicts with a record that already exists.")]
                            )
                        )
                if result.errors:
                    raise _RollBack
        except _RollBack:
            return
        result.saved = len(result.rows)

    def example_csv(self) -> str:
        """A file with the header and one example row, for editors to start from."""
        return csv_text(
            [column.header for column in self.columns],
            [[column.example for column in self.columns]],
        )


def duplicate_rows(rows: list[tuple[int, dict]], key: str, message: str) -> list[RowError]:
    """Rows that give the same `key` as an earlier row: `message` names the value and that line."""
    first_line: dict = {}
    errors = []
    for line, data in rows:
        value = data.get(key)
        if value in (None, ""):
            continue
        if value in first_line:
            errors.append(RowError(line, [message % {"value": value, "line": first_line[value]}]))
        else:
            first_line[value] = line
    return errors


def formula_restored(cell):
    """A cell as it was before the export made it inert: "'+33 6…" is "+33 6…" again."""
    if isinstance(cell, str) and cell.startswith("'") and cell[1:].startswith(FORMULA_PREFIXES):
        return cell[1:]
    return cell


def display_value(form_field: forms.Field | None, value) -> str:
    """One clean value in words: a choice by its label, oui/non, 19,5, 01/11/2026, names."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(form_field, forms.ChoiceField):
        labels = {str(code): label for code, label in form_field.choices}
        if str(value) in labels:
            return str(labels[str(value)])
    if isinstance(value, Mapping):
        return ", ".join(
            _("%(key)s: %(value)s")
            % {"key": display_value(None, key), "value": display_value(None, item)}
            for key, item in value.items()
        )
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(display_value(None, item) for item in value)
    if isinstance(value, datetime.date):
        return formats.date_format(value, "SHORT_DATE_FORMAT")
    if isinstance(value, Decimal | float):
        return formats.number_format(value)
    return str(value)


class _RollBack(Exception):
    """Raised inside the import's transaction to undo every row when one fails to save."""
