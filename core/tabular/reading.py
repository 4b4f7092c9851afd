"""Read an uploaded CSV or XLSX file into a header and rows of strings."""

import csv
import datetime
import io
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _
from openpyxl import load_workbook

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000
XLSX_SIGNATURE = b"PK\x03\x04"


class UnreadableFile(ValueError):
    """The file is not a spreadsheet we can read; the message says why, for the editor."""


@dataclass(frozen=True)
class Row:
    """A data row and its line in the file, for error messages an editor can act on."""

    line: int
    cells: list[str]


@dataclass(frozen=True)
class Table:
    """A spreadsheet's header and its non-empty data rows."""

    header: list[str]
    rows: list[Row]


def read_table(content: bytes) -> Table:
    """The table in `content`, an XLSX workbook (first sheet) or a CSV file.

    The format is recognised by content, not by name: an XLSX file is a zip
    archive. Empty rows are skipped; cells are stripped strings.
    """
    if len(content) > MAX_FILE_BYTES:
        raise UnreadableFile(_("The file is larger than 5 MB; split it into several files."))
    if not content.strip():
        raise UnreadableFile(_("The file is empty."))
    if content.startswith(XLSX_SIGNATURE):
        source = read_xlsx(content)
        numbered = enumerate(source, start=1)
    else:
        source = numbered = read_csv(content)
    rows = []
    # Reading stops at the first row past the limit: a small workbook of
    # 200 000 rows kept a worker busy for minutes before being refused.
    with closing(source):
        for line, cells in numbered:
            if any(cell.strip() for cell in cells):
                rows.append(Row(line, [cell.strip() for cell in cells]))
            if len(rows) > MAX_ROWS + 1:
                raise UnreadableFile(
                    _("The file has more than %(max)s rows; split it into several files.")
                    % {"max": MAX_ROWS}
                )
    if not rows:
        raise UnreadableFile(_("The file has no header line."))
    header, *data = rows
    return Table(header=header.cells, rows=data)


def read_csv(content: bytes) -> Iterator[tuple[int, list[str]]]:
    """Rows of a CSV file in UTF-8 (with or without BOM) or, failing that, Windows-1252,
    each with the line of the file it starts on.

    French spreadsheet software writes semicolons, others commas or tabs.
    The reader is strict: a quote left open would otherwise swallow every line
    after it into one cell, silently on a small file, or fail on the cell size
    limit on a large one.
    """
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = content.decode("cp1252", errors="replace")
    # The header names the delimiter: the separator it holds most. (csv.Sniffer
    # guesses from the data too, and a row with a decimal comma or one cell
    # too many misleads it.)
    header = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=header.count) if any(c in header for c in ";,\t") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    start = 1
    try:
        for cells in reader:
            yield start, cells
            start = reader.line_num + 1
    except csv.Error as error:
        if "field limit" in str(error):
            message = _(
                'Line %(line)s: a cell is longer than 128 KB, or a quotation mark (") '
                "opens a cell that is never closed. Close the quote, or shorten the cell."
            )
        else:
            message = _(
                'Line %(line)s: a quotation mark (") opens a cell that is not closed, or '
                "is followed by other characters in the same cell. Close the quote, or "
                "remove it."
            )
        raise UnreadableFile(message % {"line": start}) from error


def read_xlsx(content: bytes) -> Iterator[list[str]]:
    """Rows of the first sheet of an XLSX workbook, every cell as text."""
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds of errors on a damaged file
        raise UnreadableFile(
            _("The file is neither a CSV file nor a readable XLSX workbook.")
        ) from error
    try:
        sheet = workbook.worksheets[0]
        for row in sheet.iter_rows(values_only=True):
            yield [cell_text(value) for value in row]
    finally:
        workbook.close()


def cell_text(value) -> str:
    """A cell's value as the text a person would type: dates in ISO form, 12.0 as 12."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float | Decimal):
        return str(value)
    return str(value)
