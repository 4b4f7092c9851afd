"""Send a table as a CSV or XLSX download that French Excel opens by double-click.

CSV: UTF-8 with a byte-order mark (else Excel reads the accents as
Windows-1252), `;` between cells (a French Excel splits on semicolons, as
the comma is its decimal separator), decimals with a comma and dates as
dd/mm/yyyy, which it reads as numbers and dates. XLSX: numbers and dates as
such. Both: text that a spreadsheet would run as a formula is made inert.
"""

import csv
import datetime
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_DELIMITER = ";"
BYTE_ORDER_MARK = "\ufeff"
# A cell starting with one of these is run as a formula by spreadsheet software
# (CSV injection, OWASP): exported text gets a leading apostrophe instead.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "%d/%m/%Y"
DATE_TIME_FORMAT = "%d/%m/%Y %H:%M"
XLSX_DATE_FORMAT = "DD/MM/YYYY"
XLSX_DATE_TIME_FORMAT = "DD/MM/YYYY HH:MM"


def neutralise_formula(value):
    """`value`, with text that a spreadsheet would run as a formula made inert."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def local_naive(moment: datetime.datetime) -> datetime.datetime:
    """A moment in the site's time zone, without it: spreadsheets have no time zones."""
    return timezone.make_naive(moment) if timezone.is_aware(moment) else moment


def csv_cell(value) -> str:
    """One value as a French spreadsheet types it: 412,5 · 01/11/2026 · oui · inert text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, datetime.datetime):
        return local_naive(value).strftime(DATE_TIME_FORMAT)
    if isinstance(value, datetime.date):
        return value.strftime(DATE_FORMAT)
    if isinstance(value, Decimal | float):
        return str(value).replace(".", ",")
    if isinstance(value, list | tuple):
        return neutralise_formula(", ".join(str(item) for item in value))
    return neutralise_formula(str(value))


def xlsx_cell(value):
    """One value for a workbook cell: numbers and dates kept, booleans in words, text inert."""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, datetime.datetime):
        return local_naive(value)
    if value is None or isinstance(value, int | float | Decimal | datetime.date):
        return value
    if isinstance(value, list | tuple):
        return neutralise_formula(", ".join(str(item) for item in value))
    return neutralise_formula(str(value))


def csv_text(
    header: Sequence[str], rows: Iterable[Sequence], delimiter: str = CSV_DELIMITER
) -> str:
    """The table as CSV text (without the byte-order mark)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow([csv_cell(title) for title in header])
    for row in rows:
        writer.writerow([csv_cell(value) for value in row])
    return buffer.getvalue()


def csv_response(
    filename: str, header: Sequence[str], rows: Iterable[Sequence], delimiter: str = CSV_DELIMITER
) -> HttpResponse:
    """A CSV download in UTF-8 with a byte-order mark, so that Excel reads the accents.

    `delimiter` is for the open data, read by programs that expect commas.
    """
    response = HttpResponse(
        BYTE_ORDER_MARK + csv_text(header, rows, delimiter), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx_bytes(header: Sequence[str], rows: Iterable[Sequence], title: str = "") -> bytes:
    """The table as an XLSX workbook with a bold, frozen header row."""
    workbook = Workbook(write_only=False)
    sheet = workbook.active
    if title:
        # Sheet titles are limited to 31 characters and exclude a few symbols.
        sheet.title = "".join(c for c in title if c not in "[]:*?/\\")[:31]
    sheet.append([str(title) for title in header])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for row in rows:
        sheet.append([xlsx_cell(value) for value in row])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, datetime.datetime):
                cell.number_format = XLSX_DATE_TIME_FORMAT
            elif isinstance(cell.value, datetime.date):
                cell.number_format = XLSX_DATE_FORMAT
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_response(
    filename: str, header: Sequence[str], rows: Iterable[Sequence], title: str = ""
) -> HttpResponse:
    """An XLSX download of the table."""
    response = HttpResponse(xlsx_bytes(header, rows, title), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response
